"""The reception mode's fictional families are named in the chosen language ("Parent A (example)"), not only
labelled: their names were French in the English and Arabic app."""

from __future__ import annotations

import datetime as dt
import re

from parcours_app.core.samples import load_sample_families
from parcours_app.ts_translator import translator_for

TODAY = dt.date(2026, 11, 22)


def _names(language: str) -> list[str]:
    names = []
    for sample in load_sample_families(TODAY, translate=translator_for(language)):
        family = sample.family
        names += [family.parent1_name, family.parent2_name, *(child.name for child in family.children)]
    return [name for name in names if name]


def test_sample_names_are_translated() -> None:
    french = _names("fr")
    assert "Aîné C (exemple)" in french and len(french) >= 15
    assert all("exemple" in name for name in french)
    english = _names("en")
    assert "Older child C (example)" in english
    assert not any(re.search(r"exemple|Aîné|Bébé", name) for name in english)
    arabic = _names("ar")
    assert len(arabic) == len(french)
    assert all(re.search(r"[\u0600-\u06ff]", name) and "exemple" not in name for name in arabic)
