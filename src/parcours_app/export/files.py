"""Files written for the person (the .ics, the PDF plan, the self-test summary) hold health data: owner-only.

The export layer cannot use `storage.paths` (export depends on core only), so this is its own small helper.
"""

from __future__ import annotations

import os
from pathlib import Path

PRIVATE_FILE_MODE = 0o600


def private_part_file(output: Path) -> Path:
    """Create (or empty) `output.part`, readable and writable by the owner only, and return its path.

    Writers fill the part file and then rename it over `output`, so a failure never leaves a half-written file
    where the person expects it, and the renamed file keeps the owner-only mode whatever the umask.
    """
    temporary = output.with_name(output.name + ".part")
    prepare_private_file(temporary)
    return temporary


def prepare_private_file(path: Path) -> None:
    """Create `path` empty with mode 0600 (an existing file is emptied and its mode tightened).

    Qt's writers (QPdfWriter) truncate an existing file and keep its mode, so creating it first is what makes
    their output private. OSError when the folder cannot be written.
    """
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, PRIVATE_FILE_MODE)
    try:
        if os.name == "posix":
            os.fchmod(descriptor, PRIVATE_FILE_MODE)
    finally:
        os.close(descriptor)
