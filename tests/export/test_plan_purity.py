"""The export modules that only gather content load no Qt (issue 20): the printed plan's content (plan.py), the
shared choices (formats.py) and the calendar file (ics.py). Only the painters (plan_pdf.py, consultation_plan.py,
one_page.py, leave_letter.py, selftest_pdf.py) import PySide6, so the command line's .ics export and a test of the
plan's content start no Qt.

Checked in a fresh interpreter (this test process has Qt loaded already), and statically: no import statement of
these modules names PySide6, even inside a function.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

EXPORT = Path(__file__).resolve().parents[2] / "src" / "parcours_app" / "export"
PURE = ("plan", "formats", "ics", "files")
QT = ("PySide6", "shiboken6")


def test_importing_the_content_modules_loads_no_qt() -> None:
    modules = [f"parcours_app.export.{name}" for name in PURE]
    script = (
        "import importlib, sys\n"
        f"for name in {modules!r}: importlib.import_module(name)\n"
        f"print(sorted(m for m in sys.modules if m.split('.')[0] in {QT!r}))\n"
        # the painter does load Qt: the check above can tell the difference
        "import parcours_app.export.plan_pdf\n"
        "print('PySide6' in sys.modules)\n"
    )
    result = subprocess.run([sys.executable, "-c", script], check=True, capture_output=True, text=True)
    assert result.stdout.split() == ["[]", "True"]


def test_no_content_module_names_qt() -> None:
    offenders = set()
    for name in PURE:
        tree = ast.parse((EXPORT / f"{name}.py").read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            imported = (
                [alias.name for alias in node.names]
                if isinstance(node, ast.Import)
                else [node.module or ""]
                if isinstance(node, ast.ImportFrom)
                else []
            )
            offenders.update(f"{name}.py: {module}" for module in imported if module.split(".")[0] in QT)
    assert offenders == set()
