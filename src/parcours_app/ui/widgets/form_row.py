"""Form rows that are accessible by construction: the label is the field's buddy and names it for screen readers."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QWidget


def plain_label(text: str) -> str:
    """A label as a screen reader should say it: mnemonics (&) removed, a literal && kept as &, no final colon."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip(" :")


def add_form_row(layout: QFormLayout, label_text: str, field: QWidget, description: str = "") -> QLabel:
    """Add `field` with a label whose mnemonic (&) focuses it; the label text becomes the accessible name.

    Returns the label so the caller can retranslate it (`set_row_text`).
    """
    label = QLabel(label_text)
    if isinstance(field, QComboBox):
        # long choices ("Date prévue d'accouchement (donnée par…)") must not force the window wider
        field.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        field.setMinimumContentsLength(16)
    label.setBuddy(field.focusProxy() or field)
    label.setAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
    set_row_text(label, field, label_text, description)
    layout.addRow(label, field)
    return label


def set_row_text(label: QLabel, field: QWidget, label_text: str, description: str = "") -> None:
    label.setText(label_text)
    name = plain_label(label_text)
    field.setAccessibleName(name)
    target = field.focusProxy()
    if target is not None:
        target.setAccessibleName(name)
    if description:
        field.setAccessibleDescription(description)
        field.setToolTip(description)


class _NamedControl(Protocol):
    def setText(self, text: str, /) -> None: ...  # noqa: N802 - Qt's name
    def setAccessibleName(self, name: str, /) -> None: ...  # noqa: N802 - Qt's name


def set_control_text(control: _NamedControl, text: str, accessible_name: str | None = None) -> None:
    """Set a control's (or a label's) visible text and the name a screen reader says, together, so neither is forgotten.

    Without `accessible_name` the name is the text as `plain_label` says it ("&Imprimer…" is read "Imprimer…"): a
    separate name is for a control whose text alone is unclear out of context ("Retour" → "Retour à l'accueil").
    """
    control.setText(text)
    control.setAccessibleName(plain_label(text) if accessible_name is None else accessible_name)
