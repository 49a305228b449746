"""The one switch for the strict translation checks.

Add a language here once its translation round is done ("en", "ar"): from then on its .ts file must have no
unfinished, empty or missing entry (tools/update_translations.py --check finds nothing to add) and every text
visible on the main screens must differ from the French source, except the entries of
translations/stays_french.toml. Until then those checks are skipped with a reason; the checks that do not
depend on completeness (placeholders, markup, stays-French list, script) always run on what is translated.
"""

from __future__ import annotations

COMPLETE_LANGUAGES: tuple[str, ...] = ("en", "ar")
TRANSLATED_LANGUAGES = ("en", "ar")
