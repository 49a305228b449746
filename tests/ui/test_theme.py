"""Themes: WCAG contrast computed from each theme's own palette file, and themes applied at run time.

Reference values of the contrast formula come from WCAG 2.2 itself (black on white is 21:1, a colour on itself
1:1) and from WebAIM's contrast checker (webaim.org/resources/contrastchecker: #767676 on #FFFFFF is 4.54:1, the
lightest grey that passes AA on white; #777777 on white is 4.48:1 and fails).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton, QVBoxLayout, QWidget

from parcours_app.ui.theme import (
    COMPONENT_PAIRS,
    TEXT_PAIRS,
    THEMES,
    apply_theme,
    contrast_ratio,
    load_theme,
    relative_luminance,
)


def test_contrast_formula_matches_the_published_reference_values() -> None:
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast_ratio("#ffffff", "#000000") == pytest.approx(21.0)
    assert contrast_ratio("#3a7bd5", "#3a7bd5") == pytest.approx(1.0)
    assert round(contrast_ratio("#767676", "#ffffff"), 2) == 4.54
    assert round(contrast_ratio("#777777", "#ffffff"), 2) == 4.48
    assert relative_luminance("#ffffff") == pytest.approx(1.0)
    with pytest.raises(ValueError, match="rrggbb"):
        relative_luminance("white")


@pytest.mark.parametrize("theme_name", THEMES)
@pytest.mark.parametrize(("foreground", "background"), TEXT_PAIRS)
def test_text_reaches_4_5_to_1_in_every_theme(theme_name: str, foreground: str, background: str) -> None:
    theme = load_theme(theme_name)
    ratio = contrast_ratio(theme.color(foreground), theme.color(background))
    assert ratio >= 4.5, f"{theme_name}: {foreground} on {background} is {ratio:.2f}:1"


@pytest.mark.parametrize("theme_name", THEMES)
@pytest.mark.parametrize(("foreground", "background"), COMPONENT_PAIRS)
def test_focus_rings_and_control_edges_reach_3_to_1(theme_name: str, foreground: str, background: str) -> None:
    theme = load_theme(theme_name)
    ratio = contrast_ratio(theme.color(foreground), theme.color(background))
    assert ratio >= 3.0, f"{theme_name}: {foreground} against {background} is {ratio:.2f}:1"


def test_high_contrast_goes_well_beyond_aa() -> None:
    theme = load_theme("high-contrast")
    assert contrast_ratio(theme.color("WindowText"), theme.color("Window")) >= 7.0  # AAA
    assert int(theme.style["focus_width"]) >= 3


@pytest.fixture
def restore_look(qapp: QApplication) -> Iterator[QApplication]:
    palette, font, sheet, style = QPalette(qapp.palette()), qapp.font(), qapp.styleSheet(), qapp.style().name()
    yield qapp
    qapp.setStyleSheet(sheet)
    qapp.setPalette(palette)
    qapp.setFont(font)
    qapp.setStyle(style)


def test_themes_switch_at_run_time_and_text_scales_without_compounding(
    restore_look: QApplication, qtbot: object
) -> None:
    app = restore_look
    field = QLineEdit()
    qtbot.addWidget(field)  # type: ignore[attr-defined]
    field.show()
    apply_theme(app, "dark", 1.0)
    base = app.font().pointSizeF()
    assert field.palette().color(QPalette.ColorRole.Base) == QColor(load_theme("dark").active["Base"])
    apply_theme(app, "high-contrast", 2.0)
    assert app.font().pointSizeF() == pytest.approx(2 * base)
    assert field.palette().color(QPalette.ColorRole.Text) == QColor("#ffffff")
    apply_theme(app, "light", 1.5)
    assert app.font().pointSizeF() == pytest.approx(1.5 * base)  # from the platform size, not from 2x
    with pytest.raises(ValueError, match="outside"):
        apply_theme(app, "light", 2.5)
    with pytest.raises(ValueError, match="unknown theme"):
        apply_theme(app, "sepia", 1.0)


@pytest.mark.parametrize("theme_name", THEMES)
def test_focused_button_draws_the_focus_ring_colour(restore_look: QApplication, qtbot: object, theme_name: str) -> None:
    app = restore_look
    theme = apply_theme(app, theme_name, 1.0)
    window = QWidget()
    layout = QVBoxLayout(window)
    other = QPushButton("Autre", window)
    button = QPushButton("Enregistrer", window)
    layout.addWidget(other)
    layout.addWidget(button)
    qtbot.addWidget(window)  # type: ignore[attr-defined]
    window.show()
    qtbot.waitExposed(window)  # type: ignore[attr-defined]
    window.activateWindow()
    button.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(button.hasFocus)  # type: ignore[attr-defined]
    image = button.grab().toImage()
    focus = QColor(theme.style["focus"])
    middle_row = image.height() // 2
    edge = [QColor(image.pixel(x, middle_row)) for x in range(0, 3)]
    assert focus in edge, f"{theme_name}: left edge {[c.name() for c in edge]} has no {focus.name()} focus ring"
    unfocused = other.grab().toImage()
    assert focus not in [QColor(unfocused.pixel(x, middle_row)) for x in range(0, 3)] or theme_name != "light"


def test_hit_targets_are_at_least_24_pixels_and_grow_with_the_text(restore_look: QApplication) -> None:
    app = restore_look
    apply_theme(app, "light", 1.0)
    button = QPushButton("OK")
    small = button.sizeHint().height()
    assert small >= 24  # WCAG 2.2 2.5.8 target size (minimum)
    apply_theme(app, "light", 2.0)
    assert button.sizeHint().height() >= 1.6 * small


def test_committed_indicator_images_match_each_theme_colours() -> None:
    """The radio, check box and arrow images are derived from the theme's colours (tools/make_theme_icons.py)."""
    from parcours_app.resources import resource_path
    from parcours_app.ui.theme import THEMES, load_theme, theme_icon_svgs

    for name in THEMES:
        expected = theme_icon_svgs(load_theme(name))
        folder = resource_path("styles", "icons", name)
        assert sorted(path.name for path in folder.glob("*.svg")) == sorted(expected)
        for file_name, svg in expected.items():
            assert (folder / file_name).read_text(encoding="utf-8") == svg, f"{name}/{file_name}: run the tool"


def test_indicator_images_keep_three_to_one_against_the_background() -> None:
    """WCAG 1.4.11: an unchecked box or radio must stand out from the field it sits on."""
    from parcours_app.ui.theme import THEMES, contrast_ratio, load_theme

    for name in THEMES:
        theme = load_theme(name)
        for background in ("Base", "Window"):
            assert contrast_ratio(theme.style["control_border"], theme.color(background)) >= 3.0, (name, background)
