"""The workstation's own settings: the PMI or Maison running it, and the reception screen's staff code.

Kept in `workstation.ini` next to the display preferences, written only from the ordinary (home) mode by the
staff (Fichier → Poste professionnel…). The consultation and reception modes read it and never write it: their
`Workstation` is read-only, and reading a missing file creates nothing. The staff code is stored as a scrypt hash
(core/staff_pin.py), never as digits.
"""

from __future__ import annotations

import configparser
import logging
import os
from pathlib import Path

from parcours_app.core.model import Place, PlaceKind
from parcours_app.core.staff_pin import hash_pin, verify_pin

_LOG = logging.getLogger(__name__)
_SECTION_PLACE = "place"
_SECTION_STAFF = "staff"
_PLACE_FIELDS = ("name", "address", "phone", "opening_hours", "email", "website")  # the Place fields kept here


def workstation_file() -> Path:
    from parcours_app.ui.preferences import preferences_file

    return preferences_file().with_name("workstation.ini")


class Workstation:
    """Read (and, outside the memory modes, write) the workstation settings."""

    def __init__(self, path: Path | None, *, writable: bool) -> None:
        self.path = path
        self.writable = writable and path is not None
        self._parser = configparser.ConfigParser(interpolation=None)
        if path is not None and path.is_file():
            try:
                self._parser.read(path, encoding="utf-8")
            except (OSError, configparser.Error) as error:  # a broken file is ignored, never crashes the app
                _LOG.error("workstation settings %s unreadable: %r", path, error)

    # --- the place ----------------------------------------------------------------------------------

    @property
    def place(self) -> Place:
        """The PMI or Maison running this computer, as a directory place (its name is "" until the staff set it)."""
        section = self._parser[_SECTION_PLACE] if self._parser.has_section(_SECTION_PLACE) else {}
        texts = {name: section.get(name, "") for name in _PLACE_FIELDS}
        return Place(id=None, kind=PlaceKind.PMI, services=(), translations=(), note="", **texts)

    @property
    def named_place(self) -> Place | None:
        """The place for a printed sheet's contact block: None until it has a name."""
        place = self.place
        return place if place.name.strip() else None

    def set_place(self, place: Place) -> None:
        self._require_writable()
        self._parser[_SECTION_PLACE] = {name: getattr(place, name) for name in _PLACE_FIELDS}
        self._save()

    # --- the staff code ------------------------------------------------------------------------------

    @property
    def has_pin(self) -> bool:
        return bool(self._parser.get(_SECTION_STAFF, "pin", fallback=""))

    def set_pin(self, pin: str) -> None:
        self._require_writable()
        stored = hash_pin(pin)  # raises InputError for a code that is not 4 to 8 digits
        if not self._parser.has_section(_SECTION_STAFF):
            self._parser.add_section(_SECTION_STAFF)
        self._parser[_SECTION_STAFF]["pin"] = stored
        self._save()

    def check_pin(self, pin: str) -> bool:
        stored = self._parser.get(_SECTION_STAFF, "pin", fallback="")
        return bool(stored) and verify_pin(pin, stored)

    # --- file -------------------------------------------------------------------------------------------

    def _require_writable(self) -> None:
        if not self.writable:
            raise PermissionError("the workstation settings are read-only in this mode")

    def _save(self) -> None:
        assert self.path is not None
        # owner-only like the data folder and the preferences (issue 14): the folder names the PMI or Maison
        self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        if os.name == "posix":
            self.path.parent.chmod(0o700)
        temporary = self.path.with_suffix(".tmp")
        with temporary.open("w", encoding="utf-8") as handle:
            self._parser.write(handle)
        temporary.chmod(0o600)
        temporary.replace(self.path)
