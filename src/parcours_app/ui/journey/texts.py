"""How the journey views put dates, windows and statuses into words, in the current language.

Only wording lives here; which status applies is decided by `core.journey_filters.event_status`.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

from babel.dates import format_skeleton, format_timedelta
from PySide6.QtCore import QCoreApplication, QLocale

from parcours_app.core.formatting import DEFAULT_LANGUAGE, SUPPORTED_LANGUAGES, babel_locale, format_date
from parcours_app.core.journey_filters import FilterGroup, Status, event_status
from parcours_app.core.model import Category, DateKind, Event, EventState, Family
from parcours_app.core.text import Text


def current_language() -> str:
    """The app's language: the default QLocale, which the settings set together with the translators."""
    language = QLocale().name().split("_")[0]
    return language if language in SUPPORTED_LANGUAGES else DEFAULT_LANGUAGE


def qt_locale(language: str) -> QLocale:
    """The Qt locale of the app's language, for Qt's own date widgets (month names, first day of the week)."""
    default = QLocale()
    if default.name().split("_")[0] == language:
        return default
    return QLocale(babel_locale(language).language)


def clear_caches() -> None:
    """Forget cached wordings (the language changed: "demain" must be asked to the new translator)."""
    for function in (long_date, _day_month, month_title, relative_text):
        function.cache_clear()


def render(text: Text | None) -> str:
    return "" if text is None else text.render(QCoreApplication.translate)


def separator() -> str:
    """Between the parts of a line a screen reader reads: ", " in French and English, "، " in Arabic."""
    return QCoreApplication.translate("JourneyTexts", ", ")


@lru_cache(maxsize=8192)  # babel pattern matching is slow and the same days come back
def long_date(day: dt.date, language: str) -> str:
    """ "3 mars 2026"; in French the first of the month is written "1er" ("le 1er juillet 2026")."""
    text = format_date(day, language, "long")
    if language == "fr" and day.day == 1 and text.startswith("1 "):
        text = "1er " + text[2:]
    return text


@lru_cache(maxsize=8192)  # babel pattern matching is slow and the same days come back
def _day_month(day: dt.date, language: str) -> str:
    text = str(format_skeleton("dMMMM", day, locale=babel_locale(language)))
    if language == "fr" and day.day == 1 and text.startswith("1 "):
        text = "1er " + text[2:]
    return text


@lru_cache(maxsize=8192)  # babel pattern matching is slow and the same days come back
def month_title(month: dt.date, language: str) -> str:
    title = format_skeleton("MMMMy", month, locale=babel_locale(language))
    return title[:1].upper() + title[1:]


def window_text(event: Event, language: str) -> str:
    """ "le 12 juillet 2026" for a single day, "du 12 juillet au 16 août 2026" for a window."""
    if event.start == event.end:
        return QCoreApplication.translate("JourneyTexts", "le %1").replace("%1", long_date(event.start, language))
    if (event.start.year, event.start.month) == (event.end.year, event.end.month):
        first = str(event.start.day) if language != "fr" or event.start.day != 1 else "1er"
    elif event.start.year == event.end.year:
        first = _day_month(event.start, language)
    else:
        first = long_date(event.start, language)
    return (
        QCoreApplication.translate("JourneyTexts", "du %1 au %2")
        .replace("%1", first)
        .replace("%2", long_date(event.end, language))
    )


@lru_cache(maxsize=8192)  # babel pattern matching is slow and the same days come back
def relative_text(day: dt.date, today: dt.date, language: str) -> str:
    """ "aujourd'hui", "demain", "hier", "dans 3 semaines", "il y a 2 mois"."""
    delta = (day - today).days
    if delta == 0:
        return QCoreApplication.translate("JourneyTexts", "aujourd'hui")
    if delta == 1:
        return QCoreApplication.translate("JourneyTexts", "demain")
    if delta == -1:
        return QCoreApplication.translate("JourneyTexts", "hier")
    return str(
        format_timedelta(
            dt.timedelta(days=delta),
            granularity="day",
            threshold=2,
            add_direction=True,
            locale=babel_locale(language),
        )
    )


def status_text(
    event: Event, state: EventState | None, today: dt.date, language: str, family: Family | None = None
) -> str:
    """The status in words, so that it never rests on a colour or an icon alone."""
    status = event_status(event, state, today, family)
    if status is Status.DONE and state is not None and state.done_on is not None:
        return QCoreApplication.translate("JourneyTexts", "Fait le %1").replace(
            "%1", long_date(state.done_on, language)
        )
    if status is Status.DISMISSED:
        return QCoreApplication.translate("JourneyTexts", "Mis de côté")
    if status is Status.SNOOZED and state is not None and state.snoozed_until is not None:
        return QCoreApplication.translate("JourneyTexts", "Reporté au %1").replace(
            "%1", long_date(state.snoozed_until, language)
        )
    if status is Status.CATCH_UP:
        return QCoreApplication.translate(
            "JourneyTexts", "À rattraper : la date limite est passée %1, il est encore temps de le faire"
        ).replace("%1", relative_text(event.end, today, language))
    if status is Status.PAST:
        return QCoreApplication.translate("JourneyTexts", "Passé : l'avez-vous fait ?")
    if status is Status.MISSED:
        return QCoreApplication.translate("JourneyTexts", "Période passée")
    if status is Status.OPEN:
        if event.end == today:
            return QCoreApplication.translate("JourneyTexts", "En cours : dernier jour aujourd'hui")
        return QCoreApplication.translate("JourneyTexts", "En cours, jusqu'au %1").replace(
            "%1", long_date(event.end, language)
        )
    return QCoreApplication.translate("JourneyTexts", "À venir : %1").replace(
        "%1", relative_text(event.start, today, language)
    )


def status_symbol(status: Status) -> str:
    """A text symbol drawn before the status, readable in every theme and by screen readers as text."""
    return {
        Status.DONE: "✓",
        Status.DISMISSED: "–",
        Status.SNOOZED: "↷",
        Status.CATCH_UP: "⚠",
        Status.PAST: "?",
        Status.MISSED: "○",
        Status.OPEN: "●",
        Status.UPCOMING: "○",
    }[status]


def mandatory_text(event: Event) -> str:
    return (
        QCoreApplication.translate("JourneyTexts", "obligatoire")
        if event.mandatory
        else QCoreApplication.translate("JourneyTexts", "recommandé")
    )


def category_text(category: Category) -> str:
    return {
        Category.PREGNANCY: QCoreApplication.translate("JourneyTexts", "Grossesse"),
        Category.ADMIN: QCoreApplication.translate("JourneyTexts", "Démarche"),
        Category.LEAVE: QCoreApplication.translate("JourneyTexts", "Congé"),
        Category.POSTNATAL: QCoreApplication.translate("JourneyTexts", "Après la naissance"),
        Category.CHILD: QCoreApplication.translate("JourneyTexts", "Suivi de l'enfant"),
        Category.VACCINE: QCoreApplication.translate("JourneyTexts", "Vaccin"),
        Category.SELFTEST: QCoreApplication.translate("JourneyTexts", "Auto-questionnaire"),
        Category.MILESTONE: QCoreApplication.translate("JourneyTexts", "Étape"),
    }[category]


def filter_group_text(group: FilterGroup) -> str:
    return {
        FilterGroup.PREGNANCY: QCoreApplication.translate("JourneyTexts", "Grossesse"),
        FilterGroup.LEAVE: QCoreApplication.translate("JourneyTexts", "Congés"),
        FilterGroup.CHILD: QCoreApplication.translate("JourneyTexts", "Enfant"),
        FilterGroup.ADMIN: QCoreApplication.translate("JourneyTexts", "Démarches"),
    }[group]


def anchor_text(anchor: DateKind) -> str:
    return {
        DateKind.DDR: QCoreApplication.translate("JourneyTexts", "la date des dernières règles"),
        DateKind.DDG: QCoreApplication.translate("JourneyTexts", "la date de début de grossesse"),
        DateKind.DPA: QCoreApplication.translate("JourneyTexts", "la date prévue d'accouchement"),
        DateKind.BIRTH: QCoreApplication.translate("JourneyTexts", "la date de naissance"),
    }[anchor]


def accessible_row_text(
    event: Event, state: EventState | None, today: dt.date, language: str, family: Family | None = None
) -> str:
    """What a screen reader says for a row: "Échographie …, du 12 juillet au 16 août 2026, obligatoire, …"."""
    parts = [render(event.title)]
    if event.subject_name:
        parts.append(event.subject_name)
    parts.append(window_text(event, language))
    parts.append(mandatory_text(event))
    if event_status(event, state, today, family) is Status.UPCOMING:
        parts.append(relative_text(event.start, today, language))
    else:
        parts.append(status_text(event, state, today, language, family))
    if event.estimated:
        parts.append(QCoreApplication.translate("JourneyTexts", "date estimée"))
    return separator().join(parts)
