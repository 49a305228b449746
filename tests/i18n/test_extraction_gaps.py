"""Texts that used to bypass the .ts files: a Qt translate call whose context is a module constant (lupdate reads
literal contexts only), plural messages, and texts addressed to a respondent in two grammatical forms."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

REPO = Path(__file__).resolve().parents[2]


def _tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("update_translations", REPO / "tools" / "update_translations.py")
    assert spec is not None and spec.loader is not None
    tool = importlib.util.module_from_spec(spec)
    sys.modules["update_translations"] = tool
    spec.loader.exec_module(tool)
    return tool


def test_constant_context_plural_and_respondent_texts_are_extracted() -> None:
    extracted = {(item.context, item.source): item for item in _tool().extract_code_texts()}
    # QCoreApplication.translate(_CONTEXT, …): the directory's kinds and the Maison's components
    assert ("DirectoryPage", "Centre de PMI") in extracted
    assert ("DirectoryPage", "Prévention et santé, avec la PMI") in extracted
    # plural messages, core and screens, extracted as numerus
    assert extracted[("storage", "%n grossesse(s)")].numerus
    assert extracted[("Reminders", "%n rendez-vous dans 7 jours")].numerus
    # a text to the respondent, in both contexts
    source = "Prenez rendez-vous rapidement avec la sage-femme ou le médecin qui vous suit (médecin traitant, "
    assert {context for context, text in extracted if text.startswith(source)} == {"epds", "epds.feminine"}
