"""Entry point: `parcours` or `python -m parcours_app`.

Headless commands (`calendar`, `data`, `leave`) go to cli.py and never import the GUI; anything else starts the GUI.
"""

from __future__ import annotations

import sys

HEADLESS_COMMANDS = frozenset({"calendar", "data", "leave", "today"})


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if args and args[0] in HEADLESS_COMMANDS:
        from .cli import run_cli

        return run_cli(args)
    if "--version" in args:
        from .cli import print_version

        return print_version()
    from .ui.app import run_gui

    return run_gui(args)


if __name__ == "__main__":
    sys.exit(main())
