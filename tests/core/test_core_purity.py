"""The domain core must stay pure Python: no Qt, no SQL (design.md section 2).

Checked two ways: statically (no import statement names a forbidden module) and dynamically (importing every
core module in a fresh interpreter loads none of them).
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

CORE = Path(__file__).resolve().parents[2] / "src" / "parcours_app" / "core"
FORBIDDEN = ("PySide6", "PyQt5", "PyQt6", "shiboken6", "sqlalchemy", "sqlmodel", "sqlite3", "alembic")


def _imported_names(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def test_no_core_module_names_qt_or_sql() -> None:
    offenders = {
        f"{path.name}: {name}"
        for path in CORE.rglob("*.py")
        for name in _imported_names(path)
        if name.split(".")[0] in FORBIDDEN
    }
    assert offenders == set()


def test_importing_the_whole_core_loads_no_qt_or_sql() -> None:
    modules = sorted(f"parcours_app.core.{path.stem}" for path in CORE.glob("*.py") if path.stem != "__init__")
    assert "parcours_app.core.model" in modules
    script = (
        "import importlib, sys\n"
        f"for name in {modules!r}: importlib.import_module(name)\n"
        f"print(sorted(m for m in sys.modules if m.split('.')[0] in {FORBIDDEN!r}))\n"
    )
    output = subprocess.run([sys.executable, "-c", script], check=True, capture_output=True, text=True).stdout
    assert output.strip() == "[]"


# --- One-way dependencies: core <- storage, export <- ui ---------------------------------------------------------

PACKAGE = CORE.parent
LOWER_LAYERS = {"core": ("storage", "export", "ui", "cli"), "storage": ("ui", "export"), "export": ("ui", "storage")}


def _absolute_imports(path: Path) -> set[str]:
    """Every module an import statement of `path` names, relative imports resolved to parcours_app.…"""
    package = ["parcours_app", *path.relative_to(PACKAGE).parent.parts]
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = package[: len(package) - node.level + 1] if node.level else []
            module = ".".join([*base, *([node.module] if node.module else [])])
            names.add(module)
            names.update(f"{module}.{alias.name}" for alias in node.names)  # `from . import ui`
    return names


def test_each_layer_imports_only_the_layers_below_it() -> None:
    offenders = {
        f"{layer}/{path.relative_to(PACKAGE / layer)}: {name}"
        for layer, forbidden in LOWER_LAYERS.items()
        for path in (PACKAGE / layer).rglob("*.py")
        for name in _absolute_imports(path)
        if name.split(".")[:2] in [["parcours_app", other] for other in forbidden]
    }
    assert offenders == set()


def test_importing_storage_and_export_loads_no_ui_module() -> None:
    modules = sorted(
        f"parcours_app.{layer}.{path.stem}"
        for layer in ("storage", "export")
        for path in (PACKAGE / layer).glob("*.py")
        if path.stem != "__init__"
    )
    assert "parcours_app.export.plan_pdf" in modules and "parcours_app.storage.sqlite_store" in modules
    script = (
        "import importlib, sys\n"
        f"for name in {modules!r}: importlib.import_module(name)\n"
        "print(sorted(m for m in sys.modules if m.startswith('parcours_app.ui')))\n"
    )
    output = subprocess.run([sys.executable, "-c", script], check=True, capture_output=True, text=True).stdout
    assert output.strip() == "[]"
