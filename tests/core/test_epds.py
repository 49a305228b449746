"""EPDS scoring, checked against the published scoring rules, not against the code.

Sources:
- Cox, Holden & Sagovsky 1987 (Br J Psychiatry 150:782-786): 10 items, each answer 0-3 points, total 0-30;
  items 3 and 5-10 are reverse-scored (printed from 3 points down to 0).
- French version: Guedeney & Fermanian 1998; scored French form as in rules-fr.md §8 (macocoonbox: item 3
  "Oui, presque toujours 3 ... Non, jamais 0"; item 4 "Non, pas du tout 0 ... Oui, très souvent 3").
- Bands: design.md §4 (binding): < 9 low; 9-12 moderate, from 11 advise a professional soon; >= 13 high;
  item 10 > 0 -> crisis help first; item 10 = 3 -> high. Same cut-offs as SocialGouv/1000jours
  epdsConstants (WELL = 9, BAD = 13, BECONTACTED = 11).
"""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from parcours_app.core import epds
from parcours_app.core.epds import Agreement, Band
from parcours_app.core.errors import InputError
from parcours_app.core.model import Respondent

REVERSED_ITEMS = {3, 5, 6, 7, 8, 9, 10}  # published: printed from most to least symptomatic
FORWARD_ITEMS = {1, 2, 4}
ALL_FORMS = [
    ("fr", Respondent.MOTHER, None),
    ("fr", Respondent.OTHER_PARENT, Agreement.MASCULINE),
    ("fr", Respondent.OTHER_PARENT, Agreement.FEMININE),
    ("en", Respondent.MOTHER, None),
    ("en", Respondent.OTHER_PARENT, None),
]


def answers(*pairs: tuple[int, int]) -> list[int]:
    """Ten zero answers with some items (1-based) set to given points."""
    points = [0] * 10
    for item, value in pairs:
        points[item - 1] = value
    return points


@pytest.mark.parametrize(("language", "respondent", "agreement"), ALL_FORMS)
def test_printed_order_of_points_follows_the_published_scale(
    language: str, respondent: Respondent, agreement: Agreement | None
) -> None:
    questionnaire = epds.load_questionnaire(language, respondent, agreement)
    assert [item.number for item in questionnaire.items] == list(range(1, 11))
    for item in questionnaire.items:
        printed = [option.points for option in item.options]
        expected = [3, 2, 1, 0] if item.number in REVERSED_ITEMS else [0, 1, 2, 3]
        assert printed == expected, item.number


def test_published_wording_of_key_items() -> None:
    french = epds.load_questionnaire("fr")
    assert french.items[0].text == "J'ai pu rire et prendre les choses du bon côté"
    assert french.items[9].text == "Il m'est arrivé de penser à me faire du mal"
    assert [o.label for o in french.items[9].options] == ["Oui, très souvent", "Parfois", "Presque jamais", "Jamais"]
    english = epds.load_questionnaire("en")
    assert english.items[9].text == "The thought of harming myself has occurred to me"
    assert english.items[0].options[0].label == "As much as I always could"
    assert "Guedeney" in french.citation and "1998" in french.citation
    assert "Cox" in english.citation and "1987" in english.citation


def test_mother_form_is_feminine_and_other_parent_can_be_masculine() -> None:
    mother = epds.load_questionnaire("fr", Respondent.MOTHER, Agreement.MASCULINE)  # the mother's form stays feminine
    father = epds.load_questionnaire("fr", Respondent.OTHER_PARENT, Agreement.MASCULINE)
    co_mother = epds.load_questionnaire("fr", Respondent.OTHER_PARENT, Agreement.FEMININE)
    assert mother.items[1].text == "Je me suis sentie confiante et joyeuse en pensant à l'avenir"
    assert father.items[1].text == "Je me suis senti confiant et joyeux en pensant à l'avenir"
    assert co_mother.items[1].text == mother.items[1].text
    assert "vous êtes senti " in father.instructions and "vous êtes sentie " in mother.instructions
    # invariable participle: "se reprocher quelque chose", the pronoun is an indirect object
    assert father.items[2].text == mother.items[2].text
    for item_m, item_f in zip(mother.items, father.items, strict=True):
        assert [o.points for o in item_m.options] == [o.points for o in item_f.options]


def test_all_minimum_is_zero_and_all_maximum_is_thirty() -> None:
    lowest = epds.score([0] * 10)
    assert (lowest.total, lowest.band, lowest.crisis_first) == (0, Band.LOW, False)
    highest = epds.score([3] * 10)
    assert (highest.total, highest.band, highest.crisis_first) == (30, Band.HIGH, True)


def test_choosing_the_first_printed_answer_everywhere() -> None:
    # First printed answer: 0 points on items 1, 2, 4 and 3 points on the 7 reversed items -> 21.
    questionnaire = epds.load_questionnaire("fr")
    result = epds.score_choices(questionnaire, [0] * 10)
    assert result.answers == (0, 0, 3, 0, 3, 3, 3, 3, 3, 3)
    assert result.total == 21
    # Last printed answer everywhere: 3 x 3 points (items 1, 2, 4) -> 9.
    assert epds.score_choices(questionnaire, [3] * 10).total == 9


@pytest.mark.parametrize("item", sorted(REVERSED_ITEMS))
def test_each_reversed_item_first_printed_answer_scores_three(item: int) -> None:
    for language in ("fr", "en"):
        questionnaire = epds.load_questionnaire(language)
        choices = [3 if number in REVERSED_ITEMS else 0 for number in range(1, 11)]  # every item at 0 points
        assert epds.score_choices(questionnaire, choices).total == 0
        choices[item - 1] = 0  # the first printed answer of a reversed item
        result = epds.score_choices(questionnaire, choices)
        assert result.total == 3
        assert result.answers[item - 1] == 3


@pytest.mark.parametrize("item", sorted(FORWARD_ITEMS))
def test_each_forward_item_first_printed_answer_scores_zero(item: int) -> None:
    questionnaire = epds.load_questionnaire("fr")
    choices = [3 if number in REVERSED_ITEMS else 0 for number in range(1, 11)]
    choices[item - 1] = 3  # last printed answer of a forward item: 3 points
    assert epds.score_choices(questionnaire, choices).total == 3


@pytest.mark.parametrize(
    ("total", "band", "soon"),
    [
        (8, Band.LOW, False),
        (9, Band.MODERATE, False),
        (10, Band.MODERATE, False),
        (11, Band.MODERATE, True),
        (12, Band.MODERATE, True),
        (13, Band.HIGH, True),
    ],
)
def test_thresholds(total: int, band: Band, soon: bool) -> None:
    # spread the total over items 1-9 (item 10 stays at 0, so no crisis rule applies)
    points = [0] * 10
    remaining = total
    for index in range(9):
        points[index] = min(3, remaining)
        remaining -= points[index]
    assert sum(points) == total
    result = epds.score(points)
    assert (result.total, result.band, result.see_professional_soon, result.crisis_first) == (total, band, soon, False)


@pytest.mark.parametrize(
    ("item10", "band", "crisis"), [(0, Band.LOW, False), (1, Band.LOW, True), (2, Band.LOW, True), (3, Band.HIGH, True)]
)
def test_item_ten_with_a_low_total(item10: int, band: Band, crisis: bool) -> None:
    result = epds.score(answers((1, 1), (10, item10)))  # total 1 + item10, well below 9
    assert result.band == band
    assert result.crisis_first is crisis
    assert result.self_harm_points == item10
    assert (result.crisis_message() is not None) is crisis
    assert result.see_professional_soon is crisis  # any thought of self-harm: see a professional soon


def test_item_ten_at_three_is_high_even_with_total_three() -> None:
    result = epds.score(answers((10, 3)))
    assert (result.total, result.band, result.high_by_self_harm_only) == (3, Band.HIGH, True)
    assert "très souvent" in result.explanation().render()


@pytest.mark.parametrize(
    "bad",
    [
        [0] * 9,  # too few
        [0] * 11,  # too many
        [],
        [0] * 9 + [4],  # out of range
        [-1] + [0] * 9,
        [0, 0, 0, 0, 0, 0, 0, 0, 0, True],  # a bool is not a number of points
        [0.5] + [0] * 9,  # type: ignore[list-item]
        ["1"] + [0] * 9,  # type: ignore[list-item]
    ],
)
def test_invalid_answer_sets_are_rejected(bad: list[int]) -> None:
    with pytest.raises(InputError) as caught:
        epds.score(bad)
    assert caught.value.render()  # a message that says what to fix


def test_points_not_among_the_item_options_are_rejected() -> None:
    questionnaire = epds.load_questionnaire("fr")
    narrowed = dataclasses.replace(questionnaire.items[0], options=questionnaire.items[0].options[:2])  # 0 or 1
    custom = dataclasses.replace(questionnaire, items=(narrowed, *questionnaire.items[1:]))
    with pytest.raises(InputError, match="question 1"):
        epds.score([2] + [0] * 9, custom)
    with pytest.raises(InputError):
        epds.score_choices(questionnaire, [4] + [0] * 9)
    with pytest.raises(InputError):
        epds.score_choices(questionnaire, [0] * 9)


def test_no_text_says_what_someone_is() -> None:
    results = [epds.score(answers((i, 3), (10, k))) for i in range(1, 10) for k in range(4)]
    results += [epds.score([v] * 10) for v in range(4)]
    texts = [epds.NOT_A_DIAGNOSIS.render(), epds.PRIVACY_NOTE.render()]
    for result in results:
        texts += [result.headline().render(), result.explanation().render()]
        texts += [step.render() for step in result.next_steps()]
        if result.crisis_message():
            texts.append(str(result.crisis_message()))
    joined = " ".join(texts).lower()
    for forbidden in (
        "vous êtes déprim",
        "vous êtes en dépression",
        "vous souffrez de dépression",
        "vous avez une dépression",
    ):
        assert forbidden not in joined
    assert "pas un diagnostic" in epds.NOT_A_DIAGNOSIS.render()


def test_other_languages_fall_back_with_a_reason() -> None:
    assert epds.questionnaire_language_for("en") == ("en", None)
    assert epds.questionnaire_language_for("fr") == ("fr", None)
    language, reason = epds.questionnaire_language_for("ar")
    assert language == "fr" and reason is not None and "validée" in reason.render()
    with pytest.raises(InputError):
        epds.load_questionnaire("ar")


def test_kept_result_round_trip() -> None:
    result = epds.score(answers((1, 2), (3, 3), (5, 2), (8, 2)))  # 9 -> moderate
    kept = epds.kept_result(result, dt.datetime(2026, 11, 22, 10, 0), Respondent.OTHER_PARENT)
    assert (kept.id, kept.total, kept.band, kept.respondent) == (None, 9, "moderate", Respondent.OTHER_PARENT)
    assert epds.rescore(kept) == result
    assert epds.band_label(kept.band).render() == "certains signes"
