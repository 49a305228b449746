"""Themes (light, dark, high contrast) and the text scale (100 % to 200 %), applied at run time.

A theme is data: `resources/styles/<name>.toml` gives QPalette colours by role (Qt's role names) and the colours
of the focus ring and control borders; `resources/styles/base.qss` is one style sheet for every theme, with
`$names` filled from the theme (sizes in em, so hit targets grow with the text). `apply_theme(app, name, scale)`
sets the Fusion style (the one style that follows the palette on every platform), the palette, the style
sheet and the application font; Qt sends PaletteChange/FontChange to every widget, nothing restarts.

`contrast_ratio` is WCAG 2.2's formula; tests/ui/test_theme.py checks every text/background pair with it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from string import Template

from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from parcours_app.core import toml_parser as tomllib
from parcours_app.resources import resource_path

THEMES = ("light", "dark", "high-contrast")
DEFAULT_THEME = "light"
MIN_TEXT_SCALE = 1.0
MAX_TEXT_SCALE = 2.0
HEADING_SCALES = {"h1": 1.6, "h2": 1.25, "h3": 1.1}
TYPE_SCALE = {**HEADING_SCALES, "body": 1.0, "caption": 0.9}
"""The type scale (docs/IDENTITY.md): one size per level, as a factor of the body text, so 200 % text scales all."""
SPACING_SCALE = {"xs": 0.25, "s": 0.5, "m": 1.0, "l": 1.5, "xl": 2.0}
"""The spacing scale in em (docs/IDENTITY.md): margins and gaps are one of these, never a number of pixels."""

TEXT_PAIRS: tuple[tuple[str, str], ...] = (
    ("WindowText", "Window"),
    ("Text", "Base"),
    ("Text", "AlternateBase"),
    ("ButtonText", "Button"),
    ("HighlightedText", "Highlight"),
    ("ToolTipText", "ToolTipBase"),
    ("PlaceholderText", "Base"),
    ("PlaceholderText", "Window"),
    ("Link", "Base"),
    ("Link", "Window"),
    ("LinkVisited", "Base"),
    ("LinkVisited", "Window"),
    ("Text", "card"),
    ("WindowText", "card"),
    ("accent", "card"),
    ("accent", "Window"),
    ("status_alert", "card"),
    ("status_alert", "Window"),
)
"""Foreground/background roles that carry text together: each must reach 4.5:1 (WCAG 1.4.3)."""

COMPONENT_PAIRS: tuple[tuple[str, str], ...] = (
    ("focus", "Window"),
    ("focus", "Base"),
    ("focus", "Button"),
    ("focus", "AlternateBase"),
    ("control_border", "Window"),
    ("control_border", "Base"),
    ("control_border", "Button"),
    ("Highlight", "Base"),
)
"""Focus rings, control edges and the selection against what surrounds them: 3:1 (WCAG 1.4.11, 2.4.13)."""

_HEX = re.compile(r"^#[0-9a-fA-F]{6}$")


@dataclass(frozen=True, slots=True)
class Theme:
    name: str
    label: str  # French source, translated in the "styles" context
    active: dict[str, str]  # QPalette role name -> "#rrggbb"
    disabled: dict[str, str]
    style: dict[str, str]  # colours of the style sheet (focus, control_border) and focus_width

    def color(self, key: str) -> str:
        """A palette role ("Window") or a style colour ("focus")."""
        return self.active.get(key) or self.style[key]


@cache
def load_theme(name: str) -> Theme:
    if name not in THEMES:
        raise ValueError(f"unknown theme {name!r}: expected one of {THEMES}")
    data = tomllib.loads(resource_path("styles", f"{name}.toml").read_text(encoding="utf-8"))
    theme = Theme(
        name=data["name"],
        label=data["label"],
        active=dict(data["active"]),
        disabled=dict(data.get("disabled", {})),
        style={key: str(value) for key, value in data["style"].items()},
    )
    for role, value in [*theme.active.items(), *theme.disabled.items()]:
        if not _HEX.match(value) or not hasattr(QPalette.ColorRole, role):
            raise ValueError(f"theme {name}: bad palette entry {role} = {value!r}")
    return theme


# --- Indicator and arrow images ----------------------------------------------------------------------------------
# Style sheets cannot draw a round radio with a dot, a box with a tick or a drop-down arrow reliably (an em radius
# came out square, styled sub-controls lost their arrows), so each theme has small SVG images in its own colours,
# committed under resources/styles/icons/<theme>/ and written by tools/make_theme_icons.py from these functions;
# tests/ui/test_theme.py checks that the committed files are exactly what the theme's colours give.

_BOX = '<rect x="1" y="1" width="14" height="14" rx="2.5" fill="{fill}" stroke="{stroke}" stroke-width="2"/>'
_RING = '<circle cx="8" cy="8" r="7" fill="{fill}" stroke="{stroke}" stroke-width="2"/>'
_TICK = '<path d="M4 8.4 L6.9 11.2 L12.2 5" fill="none" stroke="{stroke}" stroke-width="2.2" stroke-linecap="round"/>'
_DOT = '<circle cx="8" cy="8" r="3.6" fill="{fill}"/>'
_CHEVRON = '<path d="{path}" fill="none" stroke="{stroke}" stroke-width="2" stroke-linecap="round"/>'


def _svg(*shapes: str) -> str:
    body = "".join(shapes)
    return f'<svg xmlns="http://www.w3.org/2000/svg" width="16" height="16" viewBox="0 0 16 16">{body}</svg>\n'


def theme_icon_svgs(theme: Theme) -> dict[str, str]:
    """File name -> SVG text of the indicator and arrow images of one theme."""
    base, text, border = theme.color("Base"), theme.color("Text"), theme.style["control_border"]
    muted = theme.disabled.get("Text", theme.color("PlaceholderText"))
    images: dict[str, str] = {}
    for suffix, edge, ink in (("", border, text), ("-disabled", muted, muted)):
        images[f"check-off{suffix}.svg"] = _svg(_BOX.format(fill=base, stroke=edge))
        images[f"check-on{suffix}.svg"] = _svg(_BOX.format(fill=ink, stroke=ink), _TICK.format(stroke=base))
        images[f"radio-off{suffix}.svg"] = _svg(_RING.format(fill=base, stroke=edge))
        images[f"radio-on{suffix}.svg"] = _svg(_RING.format(fill=base, stroke=ink), _DOT.format(fill=ink))
        images[f"arrow-down{suffix}.svg"] = _svg(_CHEVRON.format(path="M3.5 6 L8 10.5 L12.5 6", stroke=ink))
        images[f"arrow-up{suffix}.svg"] = _svg(_CHEVRON.format(path="M3.5 10 L8 5.5 L12.5 10", stroke=ink))
    return images


def theme_icons_dir(theme_name: str) -> str:
    # Qt style sheets take forward slashes on every platform
    return resource_path("styles", "icons", theme_name).as_posix()


# --- WCAG contrast (pure) ----------------------------------------------------------------------------------------


def relative_luminance(hex_color: str) -> float:
    """WCAG 2.2 relative luminance of "#rrggbb" (sRGB, https://www.w3.org/TR/WCAG22/#dfn-relative-luminance)."""
    if not _HEX.match(hex_color):
        raise ValueError(f"not a #rrggbb colour: {hex_color!r}")

    def channel(offset: int) -> float:
        value = int(hex_color[offset : offset + 2], 16) / 255
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5)


def contrast_ratio(first: str, second: str) -> float:
    """(L1 + 0.05) / (L2 + 0.05) with L1 the lighter: 1.0 (same colour) to 21.0 (black on white)."""
    lighter, darker = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


# --- applying a theme ---------------------------------------------------------------------------------------------


def build_palette(theme: Theme) -> QPalette:
    palette = QPalette()
    for role, value in theme.active.items():
        color_role = getattr(QPalette.ColorRole, role)
        for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive, QPalette.ColorGroup.Disabled):
            palette.setColor(group, color_role, QColor(value))
    for role, value in theme.disabled.items():
        palette.setColor(QPalette.ColorGroup.Disabled, getattr(QPalette.ColorRole, role), QColor(value))
    return palette


def style_sheet(theme: Theme, base_point_size: float, text_scale: float) -> str:
    size = base_point_size * text_scale
    values = {
        "button": theme.color("Button"),
        "button_text": theme.color("ButtonText"),
        "base": theme.color("Base"),
        "window": theme.color("Window"),
        "alternate_base": theme.color("AlternateBase"),
        "midlight": theme.color("Midlight"),
        "text": theme.color("Text"),
        "placeholder": theme.color("PlaceholderText"),
        "highlight": theme.color("Highlight"),
        "highlighted_text": theme.color("HighlightedText"),
        "tooltip_base": theme.color("ToolTipBase"),
        "tooltip_text": theme.color("ToolTipText"),
        "disabled_text": theme.disabled.get("ButtonText", theme.color("ButtonText")),
        "focus": theme.style["focus"],
        "control_border": theme.style["control_border"],
        "accent": theme.style["accent"],
        "card": theme.style["card"],
        "card_border": theme.style["card_border"],
        "status_alert": theme.style["status_alert"],
        "focus_width": theme.style.get("focus_width", "2"),
        # Indicators in pixels: Qt's style sheets take em for boxes but not for every border and radius, and a
        # radio drawn with an em radius came out square. A point is 4/3 px at 96 dpi; 1.1 em reads well.
        "indicator_px": str(round(size * 4 / 3 * 1.1)),
        "indicator_radius_px": str(round(size * 4 / 3 * 1.1) // 2),
        "icons": theme_icons_dir(theme.name),
        "h1_size": f"{size * HEADING_SCALES['h1']:.1f}",
        "h2_size": f"{size * HEADING_SCALES['h2']:.1f}",
        "h3_size": f"{size * HEADING_SCALES['h3']:.1f}",
        "caption_size": f"{size * TYPE_SCALE['caption']:.1f}",
    }
    template = Template(resource_path("styles", "base.qss").read_text(encoding="utf-8"))
    return template.substitute(values)


def spacing(widget: QWidget, step: str) -> int:
    """A step of the spacing scale in pixels for this widget's font (grows with the text scale)."""
    return round(widget.fontMetrics().height() * SPACING_SCALE[step])


_BASE_FONT_PROPERTY = "parcours_base_point_size"
_THEME_PROPERTY = "parcours_theme"


def current_theme() -> Theme:
    """The theme last applied to the running application (the default before any), for widgets that paint
    themselves (the journey's cards) with the colours of the style sheet."""
    app = QApplication.instance()
    name = app.property(_THEME_PROPERTY) if app is not None else None
    return load_theme(name if isinstance(name, str) and name in THEMES else DEFAULT_THEME)


def apply_theme(app: QApplication, theme_name: str = DEFAULT_THEME, text_scale: float = 1.0) -> Theme:
    """Apply a theme and a text scale (1.0 to 2.0) to the running application. Call again to change them."""
    if not MIN_TEXT_SCALE <= text_scale <= MAX_TEXT_SCALE:
        raise ValueError(f"text scale {text_scale} is outside {MIN_TEXT_SCALE}-{MAX_TEXT_SCALE}")
    theme = load_theme(theme_name)
    # The platform's font size is read once, so repeated calls scale from it and never compound.
    base = app.property(_BASE_FONT_PROPERTY) if _BASE_FONT_PROPERTY.encode() in app.dynamicPropertyNames() else None
    if base is None:
        base = QGuiApplication.font().pointSizeF()
        base = base if base > 0 else 10.0
        app.setProperty(_BASE_FONT_PROPERTY, base)
    app.setStyle("Fusion")
    app.setProperty(_THEME_PROPERTY, theme.name)
    app.setPalette(build_palette(theme))
    font = QFont(app.font())
    font.setPointSizeF(float(base) * text_scale)
    app.setFont(font)
    app.setStyleSheet(style_sheet(theme, float(base), text_scale))
    return theme
