"""The points of the translation review that could mislead a family, each checked where it is shown.

(Point 1, numbers read backwards, is tests/i18n/test_bidi.py; "never" without its negation, SA as ordinals and
one term per concept are also checked for every message by tests/i18n/test_glossary.py.)
"""

from __future__ import annotations

import re

import pytest

from parcours_app.core import epds
from parcours_app.core.model import Respondent
from parcours_app.ts_translator import read_ts, translator_for, ts_path


def _translation(language: str, context: str, starts: str) -> str:
    found = [
        m.translation
        for m in read_ts(ts_path(language))
        if m.context == context and m.source.startswith(starts) and m.status not in ("vanished", "obsolete")
    ]
    assert len(found) == 1, (context, starts, found)
    return found[0]


# --- 2. "never" ---------------------------------------------------------------------------------------------


def test_screen_rules_say_never_with_a_negation() -> None:
    assert "وليس في غرفة النوم أبدًا" in _translation("ar", "content", "Après 3 ans : peu, accompagné")
    assert "ولا يكون أبدًا أثناء الوجبات" in _translation("ar", "content", "De 3 à 6 ans, si écran")


# --- 3. weeks of amenorrhoea and ages are durations -------------------------------------------------------


def test_ultrasound_windows_count_weeks_not_ordinals() -> None:
    first = _translation("ar", "Rules", "Échographie recommandée du 1er trimestre")
    assert "بين 11 أسبوعًا و13 أسبوعًا و6 أيام من انقطاع الطمث (SA" in first
    assert "الأسبوع 11" not in first
    assert "آخر دورة شهرية" in first  # SA explained where it first appears
    assert _translation("ar", "Rules", "Rappels des 11 mois") == "الجرعات المعززة في عمر 11 شهرًا"
    assert "عمر 12 شهرًا" in _translation("ar", "Rules", "Vaccins des 12 mois")


# --- 4. congé de naissance ----------------------------------------------------------------------------------


def test_birth_leave_is_the_other_parents_leave_with_its_french_name() -> None:
    title = _translation("ar", "Rules", "Congé de naissance (3 jours)")
    assert "للوالد الثاني" in title and "congé de naissance" in title
    assert "إجازة الولادة" not in title


# --- 5. English ----------------------------------------------------------------------------------------------


def test_english_keeps_jours_ouvrables_and_says_when_things_happen() -> None:
    leave = _translation("en", "Rules", "3 jours ouvrables payés")
    assert "jours ouvrables" in leave and "working days" not in leave and "except Sundays" in leave
    english = [m.translation for m in read_ts(ts_path("en")) if m.status not in ("vanished", "obsolete")]
    # "aux 9 mois de l'enfant" is when the child turns 9 months, not "the child's 9th month"
    assert not [text for text in english if re.search(r"child[’']s 9th month", text)]
    visit = _translation("en", "Rules", "Carte Vitale, carnet de santé de la maternité")
    assert "carnet de santé maternité" in visit and "from the maternity unit" not in visit
    for context, starts in (("Rules", "La déclaration de grossesse doit"), ("content", "Le médecin ou la sage-femme")):
        assert "first 14 weeks of pregnancy (counted from conception)" in _translation("en", context, starts)


# --- 6. the self-test result ---------------------------------------------------------------------------------


def _high_by_item_ten(language: str) -> tuple[epds.EpdsResult, epds.Questionnaire]:
    questionnaire = epds.load_questionnaire(language, Respondent.MOTHER)
    result = epds.score([0] * 9 + [3], questionnaire)
    assert result.high_by_self_harm_only
    return result, questionnaire


@pytest.mark.parametrize("questionnaire_language", ["fr", "en"])
def test_the_result_quotes_the_answer_as_it_was_shown(questionnaire_language: str) -> None:
    result, questionnaire = _high_by_item_ten(questionnaire_language)
    shown = questionnaire.items[9].option_for_points(3).label  # "Oui, très souvent" / "Yes, quite often"
    for app_language in ("fr", "en", "ar"):
        text = result.explanation(questionnaire.agreement, questionnaire).render(translator_for(app_language))
        assert f"«{shown}»" in text.replace("« ", "«").replace(" »", "»") or f"“{shown}”" in text, text
    arabic = result.explanation(questionnaire.agreement, questionnaire).render(translator_for("ar"))
    assert "كثيرًا جدًا" not in arabic  # the old quote of an answer nobody saw
    assert "أقوى إجابة" in arabic  # the gloss after the quote


def test_the_mother_is_addressed_in_her_own_form() -> None:
    result, questionnaire = _high_by_item_ten("fr")
    assert questionnaire.agreement is epds.Agreement.FEMININE
    arabic = translator_for("ar")
    texts = [result.explanation(questionnaire.agreement, questionnaire).render(arabic)]
    texts += [step.render(arabic) for step in result.next_steps(questionnaire.agreement)]
    crisis = result.crisis_message(questionnaire.agreement)
    assert crisis is not None
    texts.append(crisis.render(arabic))
    joined = " ".join(texts)
    for feminine in ("احجزي", "لستِ مضطرةً", "اتصلي", "أجبتِ"):
        assert feminine in joined
    for masculine in (r"\bاحجز\b", r"لست مضطرًا", r"\bتحدّث\b", r"\bاتصل\b"):
        assert not re.search(masculine, joined), masculine
    # the other parent who chose the masculine form keeps it
    other = result.next_steps(epds.Agreement.MASCULINE)[0].render(arabic)
    assert other.startswith("احجز موعدًا")
    # French and English read the same in both forms
    for language in ("fr", "en"):
        translate = translator_for(language)
        assert [s.render(translate) for s in result.next_steps(epds.Agreement.FEMININE)] == [
            s.render(translate) for s in result.next_steps(epds.Agreement.MASCULINE)
        ]
