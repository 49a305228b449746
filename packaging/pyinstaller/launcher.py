"""Frozen entry point: PyInstaller needs a script; the app itself starts in parcours_app.__main__."""

import sys

from parcours_app.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
