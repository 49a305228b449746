"""The TOML parser of the app's data files (rules, content, self-test, helplines, themes).

tomli's compiled build (a project dependency) parses these files about 3 times faster than the standard
library's `tomllib`, which is the same parser in pure Python: same results, same errors (docs/PERFORMANCE.md,
the rule catalog is read on every start). Without tomli (a source checkout without it), `tomllib` is used.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import tomllib as _parser
else:
    try:
        import tomli as _parser
    except ImportError:  # pragma: no cover - tomli is a dependency; the standard library gives the same results
        import tomllib as _parser

load = _parser.load
loads = _parser.loads
TOMLDecodeError = _parser.TOMLDecodeError
