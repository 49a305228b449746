"""The one-page consultation sheet is written like the full plan (issue 20: one PDF writer for both plans):
owner-only, through a part file, one page read back with pdfinfo/pdftotext."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from export_sample import sample_journey

from parcours_app.export.consultation_plan import one_page_plan
from parcours_app.export.plan_pdf import write_plan_pdf


@pytest.mark.skipif(shutil.which("pdfinfo") is None, reason="poppler-utils not installed")
def test_the_consultation_sheet_is_readable_by_its_owner_only(qapp: object, tmp_path: Path) -> None:
    """It names the child and their next exams: health data (issue 13), like the full plan. The copy of the
    writer that issue 17 made created it with the umask's mode; an existing 0644 file must come out 0600."""
    assert qapp is not None
    output = tmp_path / "consultation.pdf"
    output.write_bytes(b"old")
    output.chmod(0o644)
    pages = write_plan_pdf(one_page_plan(sample_journey()), output)
    assert pages == 1
    assert output.read_bytes().startswith(b"%PDF")
    assert output.stat().st_mode & 0o777 == 0o600
    assert [path.name for path in tmp_path.iterdir()] == ["consultation.pdf"]
    info = subprocess.run(["pdfinfo", str(output)], check=True, capture_output=True, text=True).stdout
    assert next(line for line in info.splitlines() if line.startswith("Pages:")).split()[1] == "1"
