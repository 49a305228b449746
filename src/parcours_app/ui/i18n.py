"""The GUI's language: Qt translators, the default QLocale, the layout direction, and live switching.

One `LanguageManager` per QApplication. `set_language("ar")` removes the previous translators and installs
the app's `parcours_ar.qm` plus Qt's own `qtbase_ar.qm` (standard buttons, dialogs), sets `QLocale.setDefault`
and the application's layout direction (right to left for Arabic). Installing and removing translators makes Qt
send `QEvent.LanguageChange` to every widget: each widget re-reads its texts in `retranslate_ui()`, called from
`changeEvent` (see `RetranslateMixin`). Nothing restarts.

Core `Text` values are rendered with `qt_translate` (the installed translators answer), and babel formatting
(`core.formatting`) takes `manager.language` as its language code.

The pseudo-language ("pseudo") is compiled on demand from the .ts files (every string long and accented, see
ts_translator.write_pseudo_ts), in memory; any text that stays plain in it bypasses the translation system or was
not extracted yet (run tools/update_translations.py). A missing or stale .qm is compiled in memory too: the app
never writes translations to the user's folders (issue 14). The previous translators are removed and deleted
before the new ones load, so switching language 100 times keeps two translators alive, not 165 more.
"""

from __future__ import annotations

import logging
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLibraryInfo,
    QLocale,
    QObject,
    Qt,
    QTranslator,
    Signal,
)

from parcours_app.core.formatting import DEFAULT_LANGUAGE
from parcours_app.core.text import french_plural
from parcours_app.i18n_build import compile_in_memory, pseudo_qm_bytes, up_to_date_qm
from parcours_app.resources import translations_dir
from parcours_app.ts_translator import PSEUDO_LANGUAGE, SOURCE_LANGUAGE, ts_languages

_LOG = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class LanguageInfo:
    code: str
    native_name: str  # shown in the language menu in its own language, so anyone can find theirs
    qt_locale: QLocale.Language
    territory: QLocale.Country
    right_to_left: bool = False


LANGUAGES: dict[str, LanguageInfo] = {
    "fr": LanguageInfo("fr", "Français", QLocale.Language.French, QLocale.Country.France),
    "en": LanguageInfo("en", "English", QLocale.Language.English, QLocale.Country.UnitedKingdom),
    # Algeria, like core.formatting (babel ar_DZ): Latin digits, as on the French papers the family holds.
    "ar": LanguageInfo("ar", "العربية", QLocale.Language.Arabic, QLocale.Country.Algeria, right_to_left=True),
    # Formats like French (babel and QLocale), so only the texts change.
    PSEUDO_LANGUAGE: LanguageInfo(PSEUDO_LANGUAGE, "Pseudo", QLocale.Language.French, QLocale.Country.France),
}
"""Languages the app knows how to present. A new language needs an entry here and a translations/*.ts file."""


def available_languages(include_pseudo: bool = False) -> list[str]:
    """French first, then every language that has a .ts file and an entry in LANGUAGES."""
    codes = [SOURCE_LANGUAGE] + [code for code in ts_languages() if code in LANGUAGES and code != SOURCE_LANGUAGE]
    return [*codes, PSEUDO_LANGUAGE] if include_pseudo else codes


def language_from_locale(ui_languages: list[str], default: str = DEFAULT_LANGUAGE) -> str:
    """The first supported language in a list like QLocale.system().uiLanguages() ("ar-MA", "en-GB", ...)."""
    supported = set(available_languages())
    for tag in ui_languages:
        code = tag.replace("_", "-").split("-")[0].lower()
        if code in supported:
            return code
    return default


class _QtTranslate:
    """A core `Translate` answered by the translators installed in the running application; `plural` answers a
    plural text (`%n`) with the form Qt's rules choose, and French forms where no translation exists."""

    def __call__(self, context: str, source: str) -> str:
        return QCoreApplication.translate(context, source)

    def plural(self, context: str, source: str, count: int) -> str:
        return french_plural(QCoreApplication.translate(context, source, None, count), count)


qt_translate = _QtTranslate()


def translate_count(context: str, source: str, count: int) -> str:
    """`QCoreApplication.translate` of a plural message outside a widget's `self.tr`: the form of `count` in the
    current language. tools/update_translations.py extracts these calls as plural messages (lupdate does not
    see a count that is not a number literal)."""
    return french_plural(QCoreApplication.translate(context, source, None, count), count)


def tr_count(text: str, count: int) -> str:
    """A widget's plural message, `self.tr("%n étape(s)", "", n)`, finished: in French (no translator) its
    "(s)" marks become the form of `count`. Translations have no such marks and come back unchanged."""
    return french_plural(text, count)


class LanguageManager(QObject):
    """Owns the translators of one application and switches language at run time."""

    language_changed = Signal(str)

    def __init__(self, app: QCoreApplication, translations: Path | None = None) -> None:
        super().__init__(app)
        self._app = app
        self._translations = translations
        self._translators: list[QTranslator] = []
        self._qm_data: list[bytes] = []  # QTranslator.loadFromData does not copy: the bytes live as long as it
        self._language = ""

    @property
    def language(self) -> str:
        """The current language code ("fr", "en", "ar", "pseudo"), also the code core.formatting takes."""
        return self._language or DEFAULT_LANGUAGE

    @property
    def right_to_left(self) -> bool:
        return LANGUAGES[self.language].right_to_left

    def translate(self, context: str, source: str) -> str:
        return qt_translate(context, source)

    def translations(self) -> Path:
        if self._translations is None:
            self._translations = translations_dir()
        return self._translations

    def _drop_translators(self) -> None:
        for translator in self._translators:
            self._app.removeTranslator(translator)
            translator.deleteLater()  # parented to the manager: deleted, not kept until the app ends
        self._translators = []
        self._qm_data = []

    def translator_count(self) -> int:
        """Live translators owned by this manager (the soak test checks they do not pile up)."""
        return len(self.findChildren(QTranslator))

    def set_language(self, code: str) -> None:
        """Switch every text, the default locale and the layout direction to `code`. Unknown codes raise."""
        if code not in LANGUAGES:
            raise ValueError(f"unknown language {code!r}: expected one of {sorted(LANGUAGES)}")
        if code == self._language:
            return
        self._drop_translators()
        QCoreApplication.sendPostedEvents(self, QEvent.Type.DeferredDelete)
        self._translators = self._load_translators(code)
        for translator in self._translators:
            self._app.installTranslator(translator)
        info = LANGUAGES[code]
        QLocale.setDefault(QLocale(info.qt_locale, info.territory))
        direction = Qt.LayoutDirection.RightToLeft if info.right_to_left else Qt.LayoutDirection.LeftToRight
        set_direction = getattr(self._app, "setLayoutDirection", None)  # a QGuiApplication; QCoreApplication in the CLI
        if set_direction is not None:
            set_direction(direction)
        self._language = code
        # Qt sends no LanguageChange for an empty translator (a language with nothing translated yet), yet every
        # widget must still re-read its texts and its language-dependent formats (dates, numbers).
        QCoreApplication.sendEvent(self._app, QEvent(QEvent.Type.LanguageChange))
        # QApplication *posts* LanguageChange to the windows: deliver it now, so every text is in the new language
        # when set_language returns (and when language_changed listeners run).
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
        self.language_changed.emit(code)

    def uninstall(self) -> None:
        """Remove this manager's translators and go back to the plain French source, left to right."""
        self._drop_translators()
        self._language = ""
        QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
        set_direction = getattr(self._app, "setLayoutDirection", None)
        if set_direction is not None:
            set_direction(Qt.LayoutDirection.LeftToRight)
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)

    def _load_translators(self, code: str) -> list[QTranslator]:
        translators: list[QTranslator] = []
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        qt_base = QTranslator(self)
        qt_code = SOURCE_LANGUAGE if code == PSEUDO_LANGUAGE else code  # Qt's own strings: French in pseudo
        if code == PSEUDO_LANGUAGE:
            pseudo = self._from_data(lambda: pseudo_qm_bytes(self.translations()), "pseudo")
            if pseudo is not None:
                translators.append(pseudo)
        if qt_base.load(f"qtbase_{qt_code}", qt_folder):
            translators.append(qt_base)
        else:
            qt_base.deleteLater()
            if code != "en":  # Qt's own strings are English: no qtbase_en.qm is needed
                _LOG.warning("Qt's own translation qtbase_%s.qm was not found in %s", code, qt_folder)
        if code not in (SOURCE_LANGUAGE, PSEUDO_LANGUAGE):
            compiled = up_to_date_qm(code, self.translations())
            app_translator: QTranslator | None = QTranslator(self)
            assert app_translator is not None
            if compiled is None or not app_translator.load(str(compiled)):
                app_translator.deleteLater()
                ts_file = self.translations() / f"parcours_{code}.ts"
                app_translator = self._from_data(lambda: compile_in_memory(ts_file), code)
            if app_translator is not None:
                translators.append(app_translator)
            else:
                _LOG.warning("translation parcours_%s could not be loaded from %s", code, self.translations())
        return translators

    def _from_data(self, compile_qm: Any, code: str) -> QTranslator | None:
        try:
            data = compile_qm()
        except (OSError, subprocess.SubprocessError) as error:
            _LOG.warning("translation %s could not be compiled: %s", code, error)
            return None
        translator = QTranslator(self)
        if not translator.load(data):
            translator.deleteLater()
            return None
        self._qm_data.append(data)
        return translator


class RetranslateMixin:
    """For widgets: call `retranslate_ui()` on every language change. Put it first among the base classes.

    class SettingsPage(RetranslateMixin, QWidget):
        def retranslate_ui(self) -> None:
            self.title.setText(self.tr("Réglages"))
    """

    def retranslate_ui(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)  # type: ignore[misc]
