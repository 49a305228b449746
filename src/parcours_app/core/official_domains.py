"""The one list of official sites a link or a source under `resources/` may lead to
(`resources/content/official_domains.toml`, docs/CONTENT.md): the content items, the rule catalog and the
leave page's links are all checked against it, and a person is told which site a link opens before it opens."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from urllib.parse import urlsplit

from parcours_app.resources import resource_path

from .content_files import TRANSLATION_CONTEXT, data_error, is_date, read_toml
from .text import Text


@dataclass(frozen=True, slots=True)
class OfficialDomain:
    host: str  # "ameli.fr": the host itself and its sub-domains
    label: str  # the site's name as shown before a link opens ("ameli.fr (Assurance Maladie)")
    kind: str
    checked: dt.date
    path_prefix: str = ""  # when set, only URLs under this path are allowed (github.com/SocialGouv/)

    def matches(self, host: str, path: str) -> bool:
        on_host = host == self.host or host.endswith("." + self.host)
        return on_host and (not self.path_prefix or path.startswith(self.path_prefix))


@dataclass(frozen=True, slots=True)
class OfficialDomains:
    """The one list of domains the app's data may link to (resources/content/official_domains.toml)."""

    domains: tuple[OfficialDomain, ...]

    def domain_for(self, url: str) -> OfficialDomain | None:
        """The most specific allowed domain of an https URL, or None when the URL is not allowed."""
        try:
            parts = urlsplit(url.strip())
            host = (parts.hostname or "").lower().rstrip(".")
        except ValueError:
            return None
        if parts.scheme != "https" or not host or parts.username or parts.password:
            return None
        found = [domain for domain in self.domains if domain.matches(host, parts.path or "/")]
        # "legifrance.gouv.fr" would also match "gouv.fr": name the longest, most specific entry.
        return max(found, key=lambda domain: len(domain.host) + len(domain.path_prefix), default=None)

    def is_official(self, url: str) -> bool:
        return self.domain_for(url) is not None

    def site_label(self, url: str) -> Text | None:
        """The name of the site a link leads to, for the confirmation shown before the browser opens."""
        domain = self.domain_for(url)
        return Text(TRANSLATION_CONTEXT, domain.label) if domain is not None else None

    def hosts(self) -> tuple[str, ...]:
        return tuple(domain.host + domain.path_prefix.rstrip("/") for domain in self.domains)


def default_content_dir() -> Path:
    return resource_path("content")


@cache
def load_official_domains(path: Path | None = None) -> OfficialDomains:
    path = path or default_content_dir() / "official_domains.toml"
    data = read_toml(path)
    entries = data.get("domain")
    if not isinstance(entries, list) or not entries:
        raise data_error(path.name, "domain", "la liste [[domain]] est vide ou absente")
    domains: list[OfficialDomain] = []
    for index, entry in enumerate(entries, start=1):
        where = f"domain[{index}]"
        if not isinstance(entry, dict):
            raise data_error(path.name, where, "chaque domaine doit être une table")
        host, label, kind, checked = entry.get("host"), entry.get("label"), entry.get("kind"), entry.get("checked")
        prefix = entry.get("path_prefix", "")
        if not isinstance(host, str) or not re.fullmatch(r"[a-z0-9-]+(\.[a-z0-9-]+)+", host):
            raise data_error(path.name, where, "« host » doit être un nom de domaine en minuscules (ex. ameli.fr)")
        if not isinstance(label, str) or not label.strip():
            raise data_error(path.name, host, "« label » (le nom du site montré à la personne) est obligatoire")
        if not isinstance(kind, str) or not kind:
            raise data_error(path.name, host, "« kind » est obligatoire")
        if not is_date(checked):
            raise data_error(path.name, host, "« checked » doit être une date (AAAA-MM-JJ)")
        if not isinstance(prefix, str) or (prefix and not prefix.startswith("/")):
            raise data_error(path.name, host, "« path_prefix » doit commencer par /")
        domains.append(OfficialDomain(host=host, label=label, kind=kind, checked=checked, path_prefix=prefix))
    return OfficialDomains(tuple(domains))
