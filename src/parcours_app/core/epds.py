"""The private postpartum self-test: the Edinburgh Postnatal Depression Scale (EPDS), its scoring and result bands.

The questionnaire is data (`resources/selftest/epds-<language>.toml`): each answer carries its own points, because
items 3 and 5 to 10 are printed from 3 points down to 0 and a display order must never decide a score. The bands
(`resources/selftest/scoring.toml`) follow docs/SELFTEST.md, "Bands and why". This module decides everything about
a result; the screens only show what it returns.

It is a screening aid, never a diagnosis: no text here tells anyone what they "are".
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from pathlib import Path
from typing import Any

from parcours_app.resources import resource_path

from . import toml_parser as tomllib
from .errors import CatalogError, InputError
from .model import Respondent, SelfTestResult
from .text import Text, plural_text

QUESTIONNAIRE_LANGUAGES = ("fr", "en")
"""Languages with a published validated wording that the app carries (French: Guedeney & Fermanian 1998;
English: the original, Cox, Holden & Sagovsky 1987). Any other language is offered French or English."""

_CONTEXT = "epds"
_FEMININE_CONTEXT = "epds.feminine"
"""Texts addressed to the respondent exist twice: under `epds` (masculine, and the French and English wording) and
under `epds.feminine`, so that a language that marks gender (Arabic: "احجز" / "احجزي") addresses the mother, or a
parent who chose the feminine form, in her own form, as the questionnaire does."""


class Band(StrEnum):
    LOW = "low"
    MODERATE = "moderate"
    HIGH = "high"


class Agreement(StrEnum):
    """Grammatical agreement of the French wording ("sentie" / "senti"). The mother's form is feminine."""

    FEMININE = "feminine"
    MASCULINE = "masculine"


def _to_respondent(source: str, agreement: Agreement, *args: str | Text) -> Text:
    """A text addressed to the respondent, in the context of her or his grammatical form."""
    return Text(_FEMININE_CONTEXT if agreement is Agreement.FEMININE else _CONTEXT, source, args)


@dataclass(frozen=True, slots=True)
class AnswerOption:
    label: str
    points: int


@dataclass(frozen=True, slots=True)
class Item:
    number: int
    text: str
    options: tuple[AnswerOption, ...]

    def allowed_points(self) -> frozenset[int]:
        return frozenset(option.points for option in self.options)

    def option_for_points(self, points: int) -> AnswerOption:
        for option in self.options:
            if option.points == points:
                return option
        raise InputError(
            Text(_CONTEXT, "La question %1 n'a pas de réponse qui vaut %2 points.", (str(self.number), str(points)))
        )


@dataclass(frozen=True, slots=True)
class Questionnaire:
    """One form of the scale, ready to show: one language, one grammatical agreement."""

    language: str
    agreement: Agreement
    title: str
    instructions: str
    citation: str
    original_citation: str
    checked: dt.date
    items: tuple[Item, ...]


@dataclass(frozen=True, slots=True)
class ScoringRules:
    item_count: int
    self_harm_item: int
    low_below: int
    high_from: int
    professional_soon_from: int
    self_harm_high_points: int
    retest_after_days: int
    source_title: str
    source_url: str
    checked: dt.date


@dataclass(frozen=True, slots=True)
class EpdsResult:
    """The outcome of one completed questionnaire. `answers` holds the points of each answer, in item order."""

    answers: tuple[int, ...]
    total: int
    band: Band
    self_harm_points: int
    crisis_first: bool
    see_professional_soon: bool
    retest_after_days: int
    high_by_self_harm_only: bool = False
    antenatal: bool = False  # taken during a pregnancy: the advice points to the prenatal interview

    @property
    def shown_band(self) -> Band:
        """The band the result is shown with. An answer above 0 on item 10 is never shown as "low" (never a green
        "peu de signes" next to the crisis numbers): at least "talk to a professional within days" (issue 16)."""
        if self.crisis_first and self.band is Band.LOW:
            return Band.MODERATE
        return self.band

    def headline(self, agreement: Agreement = Agreement.MASCULINE) -> Text:
        if self.crisis_first and self.band is not Band.HIGH:
            return Text(_CONTEXT, "Votre réponse sur l'idée de vous faire du mal compte plus que le score")
        if self.band is Band.HIGH:
            return _to_respondent("Vos réponses montrent des signes importants de souffrance", agreement)
        if self.band is Band.MODERATE:
            return _to_respondent("Vos réponses montrent certains signes de souffrance", agreement)
        return _to_respondent("Vos réponses montrent peu de signes de souffrance", agreement)

    def explanation(
        self, agreement: Agreement = Agreement.MASCULINE, questionnaire: Questionnaire | None = None
    ) -> Text:
        """What the score means. `questionnaire` is the form the person answered: its answer to question 10 is
        quoted as it was shown (in the questionnaire's language), with a gloss in the app's language after it."""
        total = str(self.total)
        if self.band is Band.HIGH:
            if self.high_by_self_harm_only:
                rules = load_scoring_rules()
                item = (questionnaire or load_questionnaire()).items[rules.self_harm_item - 1]
                answer = item.option_for_points(self.self_harm_points).label
                return _to_respondent(
                    "Votre score est de %1 sur 30. À la question sur l'idée de vous faire du mal, vous avez répondu "
                    "« %2 » (la réponse la plus forte) : quel que soit le score, c'est un signe important dont il "
                    "faut parler sans attendre.",
                    agreement,
                    total,
                    answer,
                )
            return _to_respondent(
                "Votre score est de %1 sur 30 (13 ou plus). Ce niveau est celui où un professionnel de santé "
                "doit vous écouter et vous proposer de l'aide : parlez-en dès que possible, cette semaine.",
                agreement,
                total,
            )
        if self.band is Band.MODERATE:
            if self.crisis_first:  # the same words for every respondent: one context
                return Text(
                    _CONTEXT,
                    "Votre score est de %1 sur 30 (entre 9 et 12), mais votre réponse à la question sur l'idée de "
                    "vous faire du mal compte plus que le score : parlez-en à un professionnel de santé dans les "
                    "prochains jours, ou tout de suite au 3114.",
                    (total,),
                )
            if self.see_professional_soon:
                return _to_respondent(
                    "Votre score est de %1 sur 30 (entre 9 et 12). Nous vous conseillons d'en parler bientôt, "
                    "dans les prochains jours, à un professionnel de santé.",
                    agreement,
                    total,
                )
            return _to_respondent(
                "Votre score est de %1 sur 30 (entre 9 et 12). Ces signes méritent d'être suivis : parlez-en à "
                "un professionnel de santé lors de votre prochain rendez-vous, ou avant si cela ne va pas mieux.",
                agreement,
                total,
            )
        if self.crisis_first:
            return _to_respondent(
                "Votre score est de %1 sur 30 (moins de 9), mais votre réponse à la question sur l'idée de vous "
                "faire du mal compte plus que le score : parlez-en à un professionnel de santé dans les prochains "
                "jours, ou tout de suite au 3114.",
                agreement,
                total,
            )
        return _to_respondent(
            "Votre score est de %1 sur 30 (moins de 9). Si vous ne vous sentez pas bien pour autant, parlez-en : "
            "votre ressenti compte plus qu'un score. Vous pouvez refaire le questionnaire dans %2.",
            agreement,
            total,
            plural_text(_CONTEXT, "%n jour(s)", self.retest_after_days),
        )

    def crisis_message(self, agreement: Agreement = Agreement.MASCULINE) -> Text | None:
        """Shown before everything else when item 10 is above 0, whatever the total."""
        if not self.crisis_first:
            return None
        return _to_respondent(
            "Vous avez répondu que l'idée de vous faire du mal vous est venue ces 7 derniers jours. Vous pouvez en "
            "parler dès maintenant : le 3114 répond à toute heure, gratuitement. En cas de danger immédiat, "
            "appelez le 15 ou le 112.",
            agreement,
        )

    def next_steps(self, agreement: Agreement = Agreement.MASCULINE) -> tuple[Text, ...]:
        """What to do next and whom to see, most useful first, addressed to the respondent in her or his form."""
        steps: list[Text] = []
        if self.band is Band.HIGH or self.see_professional_soon:
            steps.append(
                _to_respondent(
                    "Prenez rendez-vous rapidement avec la sage-femme ou le médecin qui vous suit (médecin "
                    "traitant, gynécologue). Vous pouvez lui montrer ce résultat imprimé.",
                    agreement,
                )
            )
        else:
            steps.append(
                _to_respondent(
                    "Parlez de votre humeur à la sage-femme ou au médecin qui vous suit, au prochain rendez-vous.",
                    agreement,
                )
            )
        steps.append(
            _to_respondent(
                "La PMI (protection maternelle et infantile) de votre département reçoit gratuitement les parents : "
                "sages-femmes, puéricultrices et médecins peuvent vous écouter et vous orienter.",
                agreement,
            )
        )
        if self.antenatal:
            steps.append(
                _to_respondent(
                    "L'entretien prénatal précoce, proposé dès le 4e mois de grossesse avec une sage-femme ou un "
                    "médecin, est fait pour parler de ce que vous vivez, avec l'autre parent si vous le souhaitez.",
                    agreement,
                )
            )
        else:
            steps.append(
                _to_respondent(
                    "L'entretien postnatal précoce, entre la 4e et la 8e semaine après la naissance, est fait pour "
                    "parler de ce que vous vivez, avec l'autre parent si vous le souhaitez.",
                    agreement,
                )
            )
        steps.append(
            _to_respondent(
                "Vous n'avez pas à attendre un rendez-vous pour être écouté : les numéros ci-dessous répondent "
                "gratuitement.",
                agreement,
            )
        )
        return tuple(steps)


ANTENATAL_SOURCE = (
    "Levis B., Negeri Z., Sun Y., Benedetti A., Thombs B.D. (DEPRESSD EPDS Group). Accuracy of the Edinburgh "
    "Postnatal Depression Scale (EPDS) for screening to detect major depression among pregnant and postpartum "
    "women: systematic review and meta-analysis of individual participant data. BMJ 2020;371:m4022, "
    "https://doi.org/10.1136/bmj.m4022"
)
"""Why the same questionnaire and the same bands serve during pregnancy: in this individual-participant-data
meta-analysis (58 studies, 15 557 women), a score of 11 or more maximised sensitivity and specificity together,
13 or more was less sensitive but more specific, and accuracy was similar for pregnant and postpartum women. The
app's bands (advice from 11, "high" from 13, design.md section 4) are therefore kept unchanged in pregnancy; only
the wording of the introduction and the advice (the prenatal interview) change. The EPDS was first validated in
pregnancy by Murray D. and Cox J.L., Journal of Reproductive and Infant Psychology, 1990, 8:99-107."""


def for_pregnancy(result: EpdsResult) -> EpdsResult:
    """The same scores and bands, with the antenatal advice (see ANTENATAL_SOURCE)."""
    from dataclasses import replace

    return replace(result, antenatal=True)


NOT_A_DIAGNOSIS = Text(
    _CONTEXT,
    "Ce questionnaire est une aide au repérage, pas un diagnostic : seul un professionnel de santé peut évaluer "
    "votre situation et vous accompagner.",
)

PRIVACY_NOTE = Text(
    _CONTEXT,
    "Vos réponses restent sur cet ordinateur et ne sont envoyées nulle part. Rien n'est gardé, sauf si vous cochez "
    "« Garder ce résultat sur cet ordinateur ».",
)


def band_label(band: Band | str) -> Text:
    """The band in words, for the history list and the printed summary."""
    band = Band(band)
    if band is Band.HIGH:
        return Text(_CONTEXT, "signes importants")
    if band is Band.MODERATE:
        return Text(_CONTEXT, "certains signes")
    return Text(_CONTEXT, "peu de signes")


def respondent_label(respondent: Respondent | str) -> Text:
    if Respondent(respondent) is Respondent.MOTHER:
        return Text(_CONTEXT, "la mère")
    return Text(_CONTEXT, "l'autre parent")


def questionnaire_language_for(language: str) -> tuple[str, Text | None]:
    """The questionnaire language to propose for the app's language, and why when it differs.

    The scores only mean something for a wording validated by a published study; a home-made translation would
    change them. Arabic has published validation work, but its exact wording is not among the sources this app
    verified, so it is not shipped and French or English is offered instead.
    """
    if language in QUESTIONNAIRE_LANGUAGES:
        return language, None
    return "fr", Text(
        _CONTEXT,
        "Le questionnaire n'est proposé qu'en français et en anglais : ses scores ne sont valables que dans une "
        "traduction validée par une étude publiée, et l'application n'en contient pas encore pour votre langue. "
        "Vous pouvez choisir la langue qui vous est la plus facile.",
    )


def _data_dir() -> Path:
    return resource_path("selftest")


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except (OSError, tomllib.TOMLDecodeError) as error:
        raise CatalogError(Text(_CONTEXT, "Le fichier %1 est illisible : %2", (path.name, str(error)))) from error


def _agreed(value: object, agreement: Agreement, where: str) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, Mapping) and isinstance(value.get(agreement.value), str):
        return str(value[agreement.value])
    raise CatalogError(Text(_CONTEXT, "Texte manquant ou mal formé dans le questionnaire : %1", (where,)))


@cache
def load_scoring_rules(folder: Path | None = None) -> ScoringRules:
    path = (folder or _data_dir()) / "scoring.toml"
    data = _read_toml(path)
    try:
        source = data["source"]
        return ScoringRules(
            item_count=int(data["item_count"]),
            self_harm_item=int(data["self_harm_item"]),
            low_below=int(data["low_below"]),
            high_from=int(data["high_from"]),
            professional_soon_from=int(data["professional_soon_from"]),
            self_harm_high_points=int(data["self_harm_high_points"]),
            retest_after_days=int(data["retest_after_days"]),
            source_title=str(source["title"]),
            source_url=str(source["url"]),
            checked=source["checked"],
        )
    except (KeyError, TypeError, ValueError) as error:
        raise CatalogError(Text(_CONTEXT, "Le fichier %1 est incomplet : %2", (path.name, str(error)))) from error


def form_agreement(respondent: Respondent, agreement: Agreement | None = None) -> Agreement:
    """The mother's form is the published feminine one; the other parent chooses (masculine unless told)."""
    if respondent is Respondent.MOTHER:
        return Agreement.FEMININE
    return agreement or Agreement.MASCULINE


@cache
def load_questionnaire(
    language: str = "fr",
    respondent: Respondent = Respondent.MOTHER,
    agreement: Agreement | None = None,
    folder: Path | None = None,
) -> Questionnaire:
    """The form to show: validated wording in `language`, agreement adapted to the respondent."""
    if language not in QUESTIONNAIRE_LANGUAGES:
        raise InputError(
            Text(
                _CONTEXT,
                "Le questionnaire n'existe qu'en français (fr) et en anglais (en), pas en « %1 ».",
                (language,),
            )
        )
    chosen = form_agreement(respondent, agreement)
    path = (folder or _data_dir()) / f"epds-{language}.toml"
    data = _read_toml(path)
    try:
        items = tuple(
            Item(
                number=int(raw["number"]),
                text=_agreed(raw["text"], chosen, f"{path.name} item {raw['number']}"),
                options=tuple(
                    AnswerOption(
                        label=_agreed(option["label"], chosen, f"{path.name} item {raw['number']}"),
                        points=int(option["points"]),
                    )
                    for option in raw["options"]
                ),
            )
            for raw in data["items"]
        )
        questionnaire = Questionnaire(
            language=str(data["language"]),
            agreement=chosen,
            title=str(data["title"]),
            instructions=_agreed(data["instructions"], chosen, f"{path.name} instructions"),
            citation=str(data["citation"]),
            original_citation=str(data["original_citation"]),
            checked=data["checked"],
            items=items,
        )
    except (KeyError, TypeError, ValueError) as error:
        raise CatalogError(Text(_CONTEXT, "Le fichier %1 est incomplet : %2", (path.name, str(error)))) from error
    _check_questionnaire(questionnaire, path.name, load_scoring_rules(folder))
    return questionnaire


def _check_questionnaire(questionnaire: Questionnaire, file_name: str, rules: ScoringRules) -> None:
    numbers = [item.number for item in questionnaire.items]
    if numbers != list(range(1, rules.item_count + 1)):
        raise CatalogError(
            Text(_CONTEXT, "%1 : les questions doivent aller de 1 à %2.", (file_name, str(rules.item_count)))
        )
    for item in questionnaire.items:
        if len(item.options) != 4 or sorted(option.points for option in item.options) != [0, 1, 2, 3]:
            raise CatalogError(
                Text(
                    _CONTEXT,
                    "%1 : la question %2 doit avoir 4 réponses valant 0 à 3 points.",
                    (file_name, str(item.number)),
                )
            )


def _validate(answers: Sequence[int], items: Sequence[Item], rules: ScoringRules) -> tuple[int, ...]:
    if len(answers) != rules.item_count:
        raise InputError(
            Text(
                _CONTEXT,
                "Le questionnaire a %1 questions : %2 réponses ont été données. Répondez à chaque question.",
                (str(rules.item_count), str(len(answers))),
            )
        )
    checked: list[int] = []
    for item, points in zip(items, answers, strict=True):
        if isinstance(points, bool) or not isinstance(points, int) or points not in item.allowed_points():
            raise InputError(
                Text(
                    _CONTEXT,
                    "La réponse à la question %1 vaut « %2 » points : les réponses possibles valent de 0 à 3 points.",
                    (str(item.number), str(points)),
                )
            )
        checked.append(points)
    return tuple(checked)


def score(answers: Sequence[int], questionnaire: Questionnaire | None = None) -> EpdsResult:
    """Score the points of the 10 answers (in item order). Raises InputError for an invalid set.

    Every form of the scale shares the same points per item, so the French form checks the answers when none is given.
    """
    rules = load_scoring_rules()
    items = (questionnaire or load_questionnaire()).items
    points = _validate(answers, items, rules)
    total = sum(points)
    self_harm = points[rules.self_harm_item - 1]
    if total >= rules.high_from or self_harm >= rules.self_harm_high_points:
        band = Band.HIGH
    elif total >= rules.low_below:
        band = Band.MODERATE
    else:
        band = Band.LOW
    return EpdsResult(
        answers=points,
        total=total,
        band=band,
        self_harm_points=self_harm,
        crisis_first=self_harm > 0,
        # any thought of self-harm deserves a professional's ear soon, whatever the total (docs/SELFTEST.md)
        see_professional_soon=band is Band.HIGH or total >= rules.professional_soon_from or self_harm > 0,
        retest_after_days=rules.retest_after_days,
        high_by_self_harm_only=band is Band.HIGH and total < rules.high_from,
    )


def score_choices(questionnaire: Questionnaire, choices: Sequence[int]) -> EpdsResult:
    """Score from the index of the chosen answer of each item, as displayed (0 = first printed answer)."""
    points: list[int] = []
    for item, choice in zip(questionnaire.items, choices, strict=False):
        if not 0 <= choice < len(item.options):
            raise InputError(
                Text(_CONTEXT, "La question %1 n'a pas de réponse numéro %2.", (str(item.number), str(choice + 1)))
            )
        points.append(item.options[choice].points)
    if len(choices) > len(points):
        points.extend(choices[len(points) :])  # too many answers: the count check below names the problem
    return score(points, questionnaire)


def kept_result(result: EpdsResult, taken_on: dt.datetime, respondent: Respondent) -> SelfTestResult:
    """The record a person chose to keep (nothing else about them is stored)."""
    return SelfTestResult(
        id=None,
        taken_on=taken_on,
        respondent=respondent,
        answers=result.answers,
        total=result.total,
        band=result.band.value,
    )


def rescore(kept: SelfTestResult) -> EpdsResult:
    """The full result again from a kept record (for the history and the printed summary)."""
    return score(kept.answers)
