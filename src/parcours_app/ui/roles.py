"""Item data roles shared by more than one view: declared once, here (a module with no widget, cheap to import)."""

from __future__ import annotations

from PySide6.QtCore import Qt

EVENT_ID_ROLE = Qt.ItemDataRole.UserRole + 1  # the journey event id of a row (journey list, home page lists)
