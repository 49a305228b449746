"""The design system of docs/IDENTITY.md on real widgets: the icon set and its licence, the card, dialog buttons
without the style's old pictures, the journey's cards and timeline, and the Settings dialog within the screen.

Clipping and the window's size at 1100 x 760, 1366 x 768 and 1920 x 1080 are walked in tests/i18n/test_screens.py.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor, QFontMetrics
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot
from test_journey_support import controller  # noqa: F401  (a fixture)

from parcours_app.core.journey_filters import Status
from parcours_app.resources import resource_path
from parcours_app.ui import icons
from parcours_app.ui.family_controller import FamilyController
from parcours_app.ui.journey.page import JourneyPage
from parcours_app.ui.settings_dialog import Preferences, SettingsDialog
from parcours_app.ui.theme import THEMES, apply_theme, current_theme
from parcours_app.ui.widgets.card import Card


@pytest.fixture
def look(qapp: QApplication) -> Iterator[QApplication]:
    yield qapp
    apply_theme(qapp, "light", 1.0)
    qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_every_icon_of_the_set_is_bundled_with_its_licence_and_draws_in_the_asked_colour(qapp: QApplication) -> None:
    licence = resource_path("icons", "phosphor", "LICENSE").read_text(encoding="utf-8")
    assert licence.startswith("MIT License") and "Phosphor Icons" in licence
    names = [icons.kind_icon_name(kind) for kind in icons.STEP_KINDS] + [icons.status_icon_name(s) for s in Status]
    for name in names:
        image = icons.pixmap(name, "#0f5c63", 32).toImage()
        coloured = [
            image.pixelColor(x, y)
            for x in range(image.width())
            for y in range(image.height())
            if image.pixelColor(x, y).alpha() == 255
        ]
        assert coloured, f"{name} drew nothing"
        assert {color.name() for color in coloured} == {"#0f5c63"}, name


def test_each_status_has_its_own_shape() -> None:
    """Status is said in words and shape, never colour alone: no two statuses share a picture."""
    shapes = [icons.status_icon_name(status) for status in Status]
    assert len(set(shapes)) == len(shapes)


def test_the_seven_kinds_of_steps_of_the_issue_have_distinct_icons() -> None:
    kinds = ("exam", "ultrasound", "vaccine", "leave", "paperwork", "selfcare", "appointment")
    assert len({icons.kind_icon_name(kind) for kind in kinds}) == len(kinds)


@pytest.mark.parametrize("theme_name", THEMES)
def test_dialog_buttons_carry_words_not_the_floppy_disk_or_red_cross(
    look: QApplication, qtbot: QtBot, theme_name: str
) -> None:
    apply_theme(look, theme_name, 1.0)
    assert current_theme().name == theme_name
    dialog = QDialog()
    qtbot.addWidget(dialog)
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Save
        | QDialogButtonBox.StandardButton.Close
        | QDialogButtonBox.StandardButton.Cancel
        | QDialogButtonBox.StandardButton.Ok,
        dialog,
    )
    QVBoxLayout(dialog).addWidget(buttons)
    dialog.show()
    qtbot.waitExposed(dialog)
    for button in buttons.buttons():
        assert button.text()
        assert button.icon().isNull(), button.text()


def test_card_stripe_stays_on_the_leading_edge_in_both_directions(look: QApplication, qtbot: QtBot) -> None:
    for direction in (Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft):
        card = Card()
        card.setLayoutDirection(direction)
        card.set_texts("6e examen prénatal", "du 11 novembre au 10 décembre 2026", "En cours")
        qtbot.addWidget(card)
        card.resize(420, 200)
        card.show()
        qtbot.waitExposed(card)
        stripe = card.stripe.geometry()
        leading_half = stripe.center().x() < card.width() / 2
        assert leading_half == (direction == Qt.LayoutDirection.LeftToRight)
        assert card.title.text() == "6e examen prénatal" and card.title.property("role") == "h3"
        assert card.accessibleName() == "6e examen prénatal. du 11 novembre au 10 décembre 2026. En cours"


def test_card_title_is_plain_text(qtbot: QtBot) -> None:
    card = Card()
    qtbot.addWidget(card)
    card.set_texts("<b>Léa</b>")
    assert card.title.textFormat() == Qt.TextFormat.PlainText


def _journey_page(qtbot: QtBot, controller: FamilyController, width: int) -> JourneyPage:  # noqa: F811
    page = JourneyPage(controller)
    qtbot.addWidget(page)
    page.resize(width, 700)
    page.show()
    qtbot.waitExposed(page)
    return page


def test_list_cards_never_squeeze_to_a_word_per_line(qtbot: QtBot, controller: FamilyController) -> None:  # noqa: F811
    page = _journey_page(qtbot, controller, 700)  # narrower than the three columns want
    view = page.list_view
    metrics = QFontMetrics(view.font())
    assert view.width() >= view.minimumSizeHint().width()
    assert view.minimumSizeHint().width() >= metrics.averageCharWidth() * 22


def test_selected_card_uses_the_theme_selection_colours(
    look: QApplication,
    qtbot: QtBot,
    controller: FamilyController,  # noqa: F811
) -> None:
    page = _journey_page(qtbot, controller, 1300)
    view = page.list_view
    model = view.model()
    month = model.index(0, 0)
    step = model.index(0, 0, month)
    view.setCurrentIndex(step)
    QApplication.processEvents()
    image = view.viewport().grab().toImage()
    rect: QRect = view.visualRect(step)
    centre = rect.center() + QPoint(rect.width() // 3, 0)  # inside the card, past its text
    assert image.pixelColor(centre) == QColor(current_theme().color("Highlight"))


def test_timeline_cells_show_whole_names_or_numbers_never_cut_words(
    qtbot: QtBot,
    controller: FamilyController,  # noqa: F811
) -> None:
    for width in (900, 1100, 1800):
        page = _journey_page(qtbot, controller, width)
        timeline = page.timeline
        rects, labels = timeline._layout()
        assert all("…" not in label for label in labels)
        for label, rect in zip(labels, rects, strict=True):
            if label.isdigit():
                assert 1 <= int(label) <= 9
            else:
                assert QFontMetrics(timeline.font()).horizontalAdvance(label) <= rect.width(), label


def test_settings_dialog_fits_the_screen_at_200_percent_with_fermer_in_reach(
    look: QApplication, qtbot: QtBot, tmp_path: Path
) -> None:
    apply_theme(look, "light", 2.0)
    preferences = Preferences(None)
    dialog = SettingsDialog(preferences, [("fr", "Français")], tmp_path, True, False)
    qtbot.addWidget(dialog)
    dialog.resize(dialog.sizeHint())
    dialog.show()
    qtbot.waitExposed(dialog)
    # the offscreen screen is 800 x 800; the smallest screen the app targets is 1366 x 768 (a laptop)
    available = dialog.screen().availableGeometry()
    assert dialog.width() <= 1366 and dialog.height() <= min(768, available.height())
    close = dialog.buttons.button(QDialogButtonBox.StandardButton.Close)
    assert close.isVisible()
    place = QRect(close.mapTo(dialog, QPoint(0, 0)), close.size())
    assert dialog.rect().contains(place), (place, dialog.rect())
    hidden: QWidget = dialog.data_box
    dialog.settings_area.ensureWidgetVisible(hidden)  # what is below the fold is reached by scrolling
    assert dialog.settings_area.verticalScrollBar().maximum() >= 0


def test_a_long_link_button_wraps_in_a_narrow_column_instead_of_widening_it(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QVBoxLayout as Column

    from parcours_app.ui.widgets.wrap_button import WrappingButton

    holder = QWidget()
    qtbot.addWidget(holder)
    button = WrappingButton()
    button.setText("Ouvrir : Congé de maternité (Service-Public.fr, site officiel de l'administration française)")
    Column(holder).addWidget(button)
    one_line = button.sizeHint()
    holder.resize(one_line.width() // 2, 400)
    holder.show()
    qtbot.waitExposed(holder)
    assert button.width() < one_line.width()
    assert button.height() >= button.heightForWidth(button.width()) > one_line.height()
    longest_word = max(button.fontMetrics().horizontalAdvance(word) for word in button.text().split())
    assert longest_word < button.minimumSizeHint().width() < one_line.width()


@pytest.mark.parametrize("theme_name", THEMES)
def test_a_card_has_one_primary_action_in_the_selection_colours(
    look: QApplication, qtbot: QtBot, theme_name: str
) -> None:
    from PySide6.QtWidgets import QPushButton

    apply_theme(look, theme_name, 1.0)
    theme = current_theme()
    card = Card()
    qtbot.addWidget(card)
    card.set_texts("Déclarer la naissance", "avant le 16 janvier 2027", "Plus que 5 jours")
    first = card.set_action(QPushButton("Déclarer la naissance…"))
    second = card.set_action(QPushButton("Marquer « Déclarer la naissance » comme fait"))
    card.resize(520, 240)
    card.show()
    qtbot.waitExposed(card)
    assert card.action is second and first.parent() is None
    image = second.grab().toImage()
    inside = image.pixelColor(5, image.height() // 2)  # past the border, before the text
    assert inside.name() == QColor(theme.color("Highlight")).name()
    assert second.palette().color(second.foregroundRole()).name() == QColor(theme.color("HighlightedText")).name()
