"""Switching the GUI language live: translators, Qt's own strings, locale, direction, retranslation."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel

from parcours_app.ui.i18n import (
    LanguageManager,
    RetranslateMixin,
    available_languages,
    language_from_locale,
    qt_translate,
)

CANCEL = QDialogButtonBox.StandardButton.Cancel


@pytest.fixture
def manager(qapp: QApplication) -> Iterator[LanguageManager]:
    languages = LanguageManager(qapp)
    yield languages
    languages.uninstall()


class _Title(RetranslateMixin, QLabel):
    def __init__(self) -> None:
        super().__init__()
        self.calls = 0
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.calls += 1
        self.setText(QCoreApplication.translate("styles", "Contraste élevé"))  # resources/styles/high-contrast.toml


def _cancel_text(box: QDialogButtonBox) -> str:
    button = box.button(CANCEL)
    assert button is not None
    return button.text()


def test_qt_standard_buttons_follow_the_language(manager: LanguageManager, qtbot: object) -> None:
    box = QDialogButtonBox(CANCEL)
    manager.set_language("fr")
    assert _cancel_text(box) == "Annuler"  # Qt's own qtbase_fr.qm: the source language still needs Qt's strings
    manager.set_language("en")
    assert _cancel_text(box) == "Cancel"
    manager.set_language("ar")
    assert _cancel_text(box) not in ("Cancel", "Annuler")
    assert all("\u0600" <= character <= "\u06ff" for character in _cancel_text(box) if character.isalpha())


def test_arabic_lays_out_right_to_left_and_sets_the_locale(manager: LanguageManager, qapp: QApplication) -> None:
    label = QLabel("x")
    manager.set_language("ar")
    assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert label.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert QLocale().language() == QLocale.Language.Arabic
    assert manager.right_to_left
    manager.set_language("en")
    assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert QLocale().language() == QLocale.Language.English


def test_every_widget_retranslates_once_per_switch_without_restart(manager: LanguageManager) -> None:
    title = _Title()
    seen: list[str] = []
    manager.language_changed.connect(seen.append)
    manager.set_language("en")
    assert title.calls == 2  # built once, retranslated once
    assert title.text() == "High contrast"
    manager.set_language("pseudo")
    assert title.text() == "[Çöñţŕàšţé éĺéṽé ~~~~~~]"  # 15 characters: 6 tildes (40 %); é has no other accent
    manager.set_language("pseudo")  # same language: nothing happens
    assert title.calls == 3
    manager.set_language("fr")
    assert title.text() == "Contraste élevé"
    assert seen == ["en", "pseudo", "fr"]
    assert manager.language == "fr"


def test_unknown_language_is_refused(manager: LanguageManager) -> None:
    with pytest.raises(ValueError, match="unknown language 'xx'"):
        manager.set_language("xx")


def test_app_translation_is_loaded_from_the_compiled_qm(manager: LanguageManager) -> None:
    from parcours_app.ts_translator import catalog_for

    finished = catalog_for("en")
    if not finished:
        pytest.skip("no finished English translation yet")
    (context, source), translation = next(iter(finished.items()))
    manager.set_language("en")
    assert qt_translate(context, source) == translation
    manager.set_language("fr")
    assert qt_translate(context, source) == source


def test_languages_offered_and_chosen_from_the_system() -> None:
    assert available_languages() == ["fr", "ar", "en"]
    assert available_languages(include_pseudo=True)[-1] == "pseudo"
    assert language_from_locale(["ar-MA", "fr-FR"]) == "ar"
    assert language_from_locale(["en_GB"]) == "en"
    assert language_from_locale(["de-DE", "es-ES"]) == "fr"
