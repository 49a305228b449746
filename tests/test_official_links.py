"""Every link the app can show comes from one list of official domains (resources/content/official_domains.toml).

Scans every data file under resources/ (rules, content, self-test, helplines, samples): TOML and JSON. Icons are
left out: the "http://www.w3.org/2000/svg" in an SVG is an XML namespace, not a link anyone follows.
"""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from pathlib import Path

import pytest

from parcours_app.core.content import load_content
from parcours_app.core.official_domains import load_official_domains
from parcours_app.resources import resources_dir

URL = re.compile(r"""(?:https?|ftp|file|javascript|mailto)://[^\s"'<>)\]}]+|https?:[^\s"'<>)\]}]+""", re.I)
DATA_FILES = sorted(path for path in resources_dir().rglob("*") if path.is_file() and path.suffix in (".toml", ".json"))


def _urls(path: Path) -> list[str]:
    return sorted(set(URL.findall(path.read_text(encoding="utf-8"))))


def test_the_scan_covers_every_data_folder() -> None:
    folders = {path.relative_to(resources_dir()).parts[0] for path in DATA_FILES}
    assert {"content", "samples"} <= folders
    assert sum(len(_urls(path)) for path in DATA_FILES) > 50


@pytest.mark.parametrize("path", DATA_FILES, ids=lambda path: str(path.relative_to(resources_dir())))
def test_every_url_is_https_on_an_official_domain(path: Path) -> None:
    domains = load_official_domains()
    offenders = [url for url in _urls(path) if not domains.is_official(url)]
    assert offenders == [], f"{path.name}: not https or not in official_domains.toml: {offenders}"


def test_the_domain_list_is_the_only_list() -> None:
    """No data file other than official_domains.toml declares allowed domains of its own."""
    for path in DATA_FILES:
        if path.suffix == ".toml" and path.name != "official_domains.toml":
            data = tomllib.loads(path.read_text(encoding="utf-8"))
            assert "domain" not in data and "official_domains" not in data, path


def test_the_domain_check_refuses_what_is_not_https_on_a_listed_domain() -> None:
    """The scan above is only as good as `is_official`: hand-written URLs on both sides of the line."""
    domains = load_official_domains()
    allowed = [
        "https://www.ameli.fr/assure",  # a sub-domain of a listed host
        "https://ameli.fr/",
        "https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000006900834",  # under gouv.fr
        "HTTPS://WWW.CAF.FR/",  # scheme and host are case-insensitive
    ]
    refused = [
        "http://www.ameli.fr/",  # not https
        "https://ameli.fr.example.com/",  # the listed name as a prefix of another host
        "https://notameli.fr/",  # the listed name as a suffix without the dot
        "https://ameli.fr@example.com/",  # user-info trick: the host is example.com
        "https://user:pass@www.ameli.fr/",  # credentials in a link are never shown
        "ftp://ameli.fr/",
        "javascript:alert(1)",
        "https://example.com/?u=https://www.ameli.fr/",
        "",
    ]
    assert [url for url in allowed if not domains.is_official(url)] == []
    assert [url for url in refused if domains.is_official(url)] == []


def test_every_content_item_has_a_source_and_a_check_date() -> None:
    """Read from the TOML files themselves, not through load_content (which would have refused a missing source)."""
    items = [
        item
        for path in sorted((resources_dir() / "content" / "items").glob("*.toml"))
        for item in tomllib.loads(path.read_text(encoding="utf-8"))["item"]
    ]
    assert len(items) == len(load_content().items) > 20
    for item in items:
        source = item.get("source", {})
        assert str(source.get("title", "")).strip(), item["id"]
        assert str(source.get("url", "")).startswith("https://"), item["id"]
        assert isinstance(source.get("checked"), dt.date), item["id"]
