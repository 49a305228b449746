#!/usr/bin/python3
"""Dump the AT-SPI accessibility tree of a running application: what a screen reader (Orca) actually sees.

Runs with the SYSTEM Python, because pyatspi is a Debian package (python3-pyatspi, gir1.2-atspi-2.0) that
installs for /usr/bin/python3, not for the project's virtual environment. It talks to the AT-SPI bus of the
current D-Bus session (DBUS_SESSION_BUS_ADDRESS), so start it in the same session as the application.

    /usr/bin/python3 tools/atspi_tree.py --app parcours            # indented text tree on stdout
    /usr/bin/python3 tools/atspi_tree.py --app parcours --json     # one JSON document (used by tests/e2e/test_atspi.py)
    /usr/bin/python3 tools/atspi_tree.py --app parcours --focused  # only the object that has keyboard focus
    /usr/bin/python3 tools/atspi_tree.py --app parcours --pid 1234 # one process, when several copies run

Exit status: 0 when the application was found, 3 when it did not appear on the bus before --timeout,
2 when pyatspi is missing (with the package to install).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from typing import Any

try:
    import pyatspi
except ImportError:  # pragma: no cover - depends on the machine
    sys.stderr.write(
        "atspi_tree.py needs pyatspi for the system Python: apt-get install python3-pyatspi gir1.2-atspi-2.0 "
        "(Makefile TEST_SYSTEM_PACKAGES)\n"
    )
    sys.exit(2)

# Roles a user operates: each one must carry a non-empty accessible name (WCAG 4.1.2 "Name, Role, Value").
INTERACTIVE_ROLES = frozenset(
    {
        "push button",
        "toggle button",
        "check box",
        "radio button",
        "combo box",
        "text",
        "entry",
        "password text",
        "spin button",
        "list",
        "list box",
        "table",
        "tree",
        "tree table",
        "page tab",
        "page tab list",
        "slider",
        "menu item",
        "check menu item",
        "radio menu item",
        "link",
    }
)
MAX_NODES = 20000  # a guard against a cyclic or runaway tree, far above a real window


def _safe(call: Any, default: Any = "") -> Any:
    """AT-SPI calls cross D-Bus to the application: an object may vanish between two calls."""
    try:
        return call()
    except Exception:  # any D-Bus/GLib error means "this object is gone": report it as empty
        return default


def _states(accessible: Any) -> list[str]:
    state_set = _safe(accessible.getState, None)
    if state_set is None:
        return []
    return sorted(pyatspi.stateToString(state) for state in state_set.getStates())


def _labelled_by(accessible: Any) -> list[str]:
    """Names of the labels tied to this object (Qt exposes QLabel.setBuddy this way); Orca reads them first."""
    names: list[str] = []
    for relation in _safe(accessible.getRelationSet, []) or []:
        if _safe(relation.getRelationType, None) != pyatspi.RELATION_LABELLED_BY:
            continue
        for index in range(_safe(relation.getNTargets, 0)):
            target = _safe(lambda r=relation, i=index: r.getTarget(i), None)
            if target is not None:
                names.append(_safe(lambda t=target: t.name) or "")
    return names


def _text_content(accessible: Any) -> str:
    """What the Text interface holds (a label's or a field's content): a screen reader reads it besides the name."""
    text = _safe(accessible.queryText, None)
    if text is None:
        return ""
    return _safe(lambda: text.getText(0, -1)) or ""


def describe(accessible: Any, path: str, depth: int) -> dict[str, Any]:
    states = _states(accessible)
    extents = _safe(lambda: accessible.queryComponent().getExtents(pyatspi.DESKTOP_COORDS), None)
    return {
        "path": path,
        "depth": depth,
        "role": _safe(accessible.getRoleName),
        "name": _safe(lambda: accessible.name) or "",
        "description": _safe(lambda: accessible.description) or "",
        "text": _text_content(accessible),
        "states": states,
        "labelled_by": _labelled_by(accessible),
        "children": _safe(lambda: accessible.childCount, 0),
        "extents": [extents.x, extents.y, extents.width, extents.height] if extents is not None else None,
    }


def walk(root: Any, *, hidden: bool = False) -> list[dict[str, Any]]:
    """Depth-first walk in the order a screen reader's review cursor follows.

    Without `hidden`, the children of an object that is not on screen are not visited (they cannot be on
    screen either): other pages stay in Qt's tree, and skipping them divides the D-Bus calls by up to 20."""
    nodes: list[dict[str, Any]] = []
    # on_screen: "showing" here and in every ancestor (Qt marks a closed combo box's popup items "showing").
    stack: list[tuple[Any, str, int, bool]] = [(root, "0", 0, True)]
    while stack and len(nodes) < MAX_NODES:
        accessible, path, depth, parent_on_screen = stack.pop()
        node = describe(accessible, path, depth)
        node["on_screen"] = parent_on_screen and ("showing" in node["states"] or node["role"] == "application")
        nodes.append(node)
        count = _safe(lambda a=accessible: a.childCount, 0) if node["on_screen"] or hidden else 0
        children = []
        for index in range(count):
            child = _safe(lambda a=accessible, i=index: a.getChildAtIndex(i), None)
            if child is not None:
                children.append((child, f"{path}.{index}", depth + 1, node["on_screen"]))
        stack.extend(reversed(children))
    return nodes


def find_application(name: str, timeout: float, pid: int | None = None) -> Any:
    """The first application on the AT-SPI desktop whose name contains `name` (case-insensitive), and whose
    process is `pid` when given (two copies of the app on one bus have the same name)."""
    deadline = time.monotonic() + timeout
    seen: list[str] = []
    while True:
        desktop = pyatspi.Registry.getDesktop(0)
        seen = []
        for index in range(_safe(lambda d=desktop: d.childCount, 0)):
            application = _safe(lambda d=desktop, i=index: d.getChildAtIndex(i), None)
            if application is None:
                continue
            app_name = _safe(lambda a=application: a.name) or ""
            seen.append(app_name)
            # An application registers before its window exists: wait for at least one top-level child.
            if pid is not None and _safe(lambda a=application: a.get_process_id(), None) != pid:
                continue
            if name.lower() in app_name.lower() and _safe(lambda a=application: a.childCount, 0) > 0:
                return application
        if time.monotonic() >= deadline:
            sys.stderr.write(f"no application named like {name!r} on the AT-SPI bus; seen: {seen}\n")
            sys.exit(3)
        time.sleep(0.2)  # polling an external bus for a process that is starting, not timing the app


def unnamed_interactive(nodes: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Showing, operable objects a screen reader would announce by their role alone."""
    return [
        node for node in nodes if node["role"] in INTERACTIVE_ROLES and not node["name"].strip() and node["on_screen"]
    ]


def as_text(application_name: str, nodes: list[dict[str, Any]], *, hidden: bool = False) -> str:
    """One line per object, indented by depth; objects not on screen (other pages) only with hidden=True."""
    lines = [f"application: {application_name}"]
    for node in nodes:
        on_screen = node["on_screen"]
        if not on_screen and not hidden:
            continue
        text = f"{'  ' * node['depth']}[{node['role']}] {node['name']!r}"
        if node["description"]:
            text += f" — {node['description']!r}"
        if node["text"] and node["text"] != node["name"]:
            text += f" text={node['text']!r}"
        if node["labelled_by"]:
            text += f" <- label {' / '.join(node['labelled_by'])!r}"
        shown = [state for state in node["states"] if state in _STATES_SHOWN]
        if shown:
            text += f"  ({', '.join(shown)})"
        if not on_screen:
            text += "  [hidden]"
        lines.append(text)
    return "\n".join(lines) + "\n"


# The states that matter to a listener; the full set is in the JSON output.
_STATES_SHOWN = ("focusable", "focused", "checkable", "checked", "selected", "editable", "expandable", "expanded")


def summary(nodes: list[dict[str, Any]]) -> str:
    counts: dict[str, int] = {}
    for node in nodes:
        counts[node["role"]] = counts.get(node["role"], 0) + 1
    missing = unnamed_interactive(nodes)
    lines = [
        f"{len(nodes)} accessible objects walked ({sum(node['on_screen'] for node in nodes)} on screen), per role:"
    ]
    lines += [f"  {count:5d}  {role}" for role, count in sorted(counts.items(), key=lambda item: (-item[1], item[0]))]
    lines.append(f"{len(missing)} interactive objects on screen without a name")
    lines += [f"  {node['path']}  [{node['role']}]  states={','.join(node['states'])}" for node in missing]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--app", required=True, help="part of the application's accessible name (case-insensitive)")
    parser.add_argument("--pid", type=int, help="only the application run by this process id")
    parser.add_argument("--timeout", type=float, default=20.0, help="seconds to wait for it on the bus")
    output = parser.add_mutually_exclusive_group()
    output.add_argument("--json", action="store_true", help="print one JSON document: application, nodes, summary")
    output.add_argument("--focused", action="store_true", help="print only the focused object(s), as JSON")
    parser.add_argument("--hidden", action="store_true", help="also walk and list objects not on screen")
    parser.add_argument("--summary", action="store_true", help="append counts per role and unnamed objects (text)")
    options = parser.parse_args(argv)

    application = find_application(options.app, options.timeout, options.pid)
    application_name = _safe(lambda: application.name)
    nodes = walk(application, hidden=options.hidden)
    if options.focused:
        focused = [node for node in nodes if "focused" in node["states"]]
        print(json.dumps({"application": application_name, "focused": focused}, ensure_ascii=False))
    elif options.json:
        document = {
            "application": application_name,
            "nodes": nodes,
            "unnamed": unnamed_interactive(nodes),
            "text": as_text(application_name, nodes),
            "summary": summary(nodes),
        }
        print(json.dumps(document, ensure_ascii=False))
    else:
        sys.stdout.write(as_text(application_name, nodes, hidden=options.hidden))
        if options.summary:
            sys.stdout.write("\n" + summary(nodes))
    return 0


if __name__ == "__main__":
    sys.exit(main())
