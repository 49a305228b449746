"""Resources and key messages by stage and topic (the content catalog).

Data lives in `resources/content/` (docs/CONTENT.md describes the format and the sources policy):
- `catalog.toml`: the stages of the journey, the topics and the three national priorities;
- `items/*.toml`: the key messages, each with its topic, stages, links to official sites, source and check date.

Beside it: the stages themselves (their ids and the arithmetic that dates them) in `core/stages.py`; the one list
of official sites links are checked against in `core/official_domains.py`; the reception mode's sample families in
`core/samples.py`; the TOML reading they share in `core/content_files.py`.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from urllib.parse import urlsplit

from .content_files import content_text, data_error, is_date, read_toml, required_text
from .model import Event, Source
from .official_domains import OfficialDomains, default_content_dir, load_official_domains
from .stages import STAGE_IDS
from .text import Text, Translate, identity_translate

REQUIRED_TOPIC_IDS: frozenset[str] = frozenset(
    {
        "demarches",
        "sante",
        "conges",
        "second-parent",
        "sante-mentale",
        "ecrans",
        "alimentation",
        "sommeil",
        "securite",
        "environnement",
        "eveil",
        "accueil",
        "vaccins",
    }
)
"""Topic ids the rule catalog's events name in `Event.topics`: the catalog must define all of them."""

PRIORITY_IDS: tuple[str, ...] = ("maisons", "ecrans", "second-parent")
"""The three priorities of the 2025 national instruction: Maisons des 1000 premiers jours, screens before 3,
fathers and co-parents. Each must have at least one item so the Ressources screen can show it."""

MAX_MESSAGE_LENGTH = 600
"""Key messages stay short: longer explanations belong on the official site the item links to."""

VERIFIED_KINDS = ("reference", "editorial")
"""How an item's fact was checked: "reference" = checked against the official source named (docs/RULES.md,
docs/CONTENT.md) on the date given; "editorial" = a long-standing public-health message written from the official
site named, to re-read there at each content review (docs/CONTENT.md)."""

_ITEM_ID = re.compile(r"^[a-z0-9-]+\.[a-z0-9.-]+$")
_ITEM_KEYS = frozenset({"id", "topic", "stages", "title", "message", "link", "source", "priority"})
_SOURCE_KEYS = frozenset({"title", "url", "checked", "verified"})
_LINK_KEYS = frozenset({"title", "url"})


# --- The content catalog --------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Stage:
    id: str
    label: Text
    short_label: Text
    order: int


@dataclass(frozen=True, slots=True)
class Topic:
    id: str
    label: Text
    order: int


@dataclass(frozen=True, slots=True)
class Priority:
    id: str
    title: Text
    message: Text


@dataclass(frozen=True, slots=True)
class Link:
    title: Text
    url: str


@dataclass(frozen=True, slots=True)
class ContentItem:
    """One key message: what to know at a stage about a topic, with links to official sites."""

    id: str
    topic: str
    stages: tuple[str, ...]
    title: Text
    message: Text
    links: tuple[Link, ...]
    source: Source
    verified: str  # "reference" or "editorial" (VERIFIED_KINDS)
    priority: str | None = None
    file: str = ""  # the data file it came from, for error messages and reviews


@dataclass(frozen=True, slots=True)
class ContentCatalog:
    version: str
    stages: tuple[Stage, ...]
    topics: tuple[Topic, ...]
    priorities: tuple[Priority, ...]
    items: tuple[ContentItem, ...]
    domains: OfficialDomains
    _stages_by_id: dict[str, Stage] = field(default_factory=dict, repr=False, compare=False)
    _topics_by_id: dict[str, Topic] = field(default_factory=dict, repr=False, compare=False)

    def __post_init__(self) -> None:
        self._stages_by_id.update({stage.id: stage for stage in self.stages})
        self._topics_by_id.update({topic.id: topic for topic in self.topics})

    def stage(self, stage_id: str) -> Stage:
        return self._stages_by_id[stage_id]

    def topic(self, topic_id: str) -> Topic:
        return self._topics_by_id[topic_id]

    def item(self, item_id: str) -> ContentItem:
        for item in self.items:
            if item.id == item_id:
                return item
        raise KeyError(item_id)

    def select(
        self,
        *,
        stage: str | None = None,
        topics: Iterable[str] | None = None,
        priority: str | None = None,
        query: str = "",
        current_stages: Sequence[str] = (),
        translate: Translate = identity_translate,
    ) -> list[ContentItem]:
        """The items matching every given filter, ordered for reading (`order_items`).

        `query` is matched accent- and case-insensitively against the French text and its translation, so a
        person can type "ecran" or "Écran" and find "écrans" whatever the language of the interface.
        """
        wanted_topics = None if topics is None else set(topics)
        tokens = search_tokens(query)
        chosen = [
            item
            for item in self.items
            if (stage is None or stage in item.stages)
            and (wanted_topics is None or item.topic in wanted_topics)
            and (priority is None or item.priority == priority)
            and (not tokens or self._matches(item, tokens, translate))
        ]
        return self.order_items(chosen, current_stages)

    def search(self, query: str, translate: Translate = identity_translate) -> list[ContentItem]:
        return self.select(query=query, translate=translate)

    def items_for_topics(self, topics: Iterable[str], stage: str | None = None) -> list[ContentItem]:
        """The items of these topics, in the order the topics are given (an event's most specific topic first)."""
        order = {topic: index for index, topic in enumerate(dict.fromkeys(topics))}
        chosen = [item for item in self.items if item.topic in order and (stage is None or stage in item.stages)]
        return sorted(chosen, key=lambda item: (order[item.topic], self._position(item)))

    def items_for_event(self, event: Event) -> list[ContentItem]:
        """The resources that explain an event of the journey further (`Event.topics`)."""
        return self.items_for_topics(event.topics)

    def order_items(self, items: Iterable[ContentItem], current_stages: Sequence[str] = ()) -> list[ContentItem]:
        """Items for the current stages first (in the order given), then in the order of the journey and topics."""
        rank = {stage: index for index, stage in enumerate(current_stages)}

        def key(item: ContentItem) -> tuple[int, int, int, int]:
            current = min((rank[stage] for stage in item.stages if stage in rank), default=len(rank))
            if current < len(rank):
                # Within the current stage, the messages written for this stage come before the general ones.
                return (current, len(item.stages), self.topic(item.topic).order, self._position(item))
            first_stage = min(self.stage(stage).order for stage in item.stages)
            return (current, first_stage, self.topic(item.topic).order, self._position(item))

        return sorted(items, key=key)

    def _position(self, item: ContentItem) -> int:
        return self.items.index(item)

    def _matches(self, item: ContentItem, tokens: Sequence[str], translate: Translate) -> bool:
        haystack = fold_for_search(" ".join(self._searchable_texts(item, translate)))
        return all(token in haystack for token in tokens)

    def _searchable_texts(self, item: ContentItem, translate: Translate) -> Iterable[str]:
        texts: list[Text] = [item.title, item.message, self.topic(item.topic).label]
        texts += [link.title for link in item.links]
        texts += [self.stage(stage).label for stage in item.stages]
        for text in texts:
            yield text.source
            yield text.render(translate)
        for link in item.links:
            yield urlsplit(link.url).hostname or ""


def fold_for_search(text: str) -> str:
    """Lower case without accents or ligatures, so "Écrans", "ecrans" and "ÉCRANS" compare equal."""
    text = text.replace("œ", "oe").replace("Œ", "oe").replace("æ", "ae").replace("Æ", "ae")
    text = text.replace("’", "'").replace("ʼ", "'")
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(char for char in decomposed if not unicodedata.combining(char)).casefold()


def search_tokens(query: str) -> list[str]:
    return [token for token in re.split(r"[\s,;]+", fold_for_search(query)) if token]


@cache
def load_content(folder: Path | None = None) -> ContentCatalog:
    """Read and validate the whole catalog. Any problem raises CatalogError naming the file and the entry."""
    folder = folder or default_content_dir()
    domains = load_official_domains(folder / "official_domains.toml")
    header_path = folder / "catalog.toml"
    header = read_toml(header_path)
    version = header.get("version")
    if not isinstance(version, str) or not version:
        raise data_error(header_path.name, "version", "« version » doit être un texte (la date de la dernière revue)")
    stages = tuple(_parse_stages(header_path.name, header.get("stage")))
    topics = tuple(_parse_topics(header_path.name, header.get("topic")))
    priorities = tuple(_parse_priorities(header_path.name, header.get("priority")))

    items: list[ContentItem] = []
    seen: dict[str, str] = {}
    item_files = sorted((folder / "items").glob("*.toml"))
    if not item_files:
        raise data_error("items/", "*.toml", "aucun fichier d'entrées")
    context = _Context({stage.id for stage in stages}, {topic.id for topic in topics}, set(PRIORITY_IDS), domains)
    for path in item_files:
        name = f"items/{path.name}"
        entries = read_toml(path).get("item")
        if not isinstance(entries, list) or not entries:
            raise data_error(name, "item", "le fichier ne contient aucune entrée [[item]]")
        for index, entry in enumerate(entries, start=1):
            item = _parse_item(name, index, entry, context)
            if item.id in seen:
                raise data_error(name, item.id, f"identifiant déjà utilisé dans {seen[item.id]}")
            seen[item.id] = name
            items.append(item)

    _check_coverage(items, stages, topics, priorities)
    return ContentCatalog(
        version=version, stages=stages, topics=topics, priorities=priorities, items=tuple(items), domains=domains
    )


@dataclass(frozen=True, slots=True)
class _Context:
    stages: set[str]
    topics: set[str]
    priorities: set[str]
    domains: OfficialDomains


def _parse_stages(file: str, entries: object) -> Iterable[Stage]:
    if not isinstance(entries, list):
        raise data_error(file, "stage", "la liste [[stage]] est absente")
    ids = [entry.get("id") if isinstance(entry, dict) else None for entry in entries]
    if tuple(ids) != STAGE_IDS:
        raise data_error(file, "stage", f"les étapes doivent être, dans l'ordre : {', '.join(STAGE_IDS)}")
    for order, entry in enumerate(entries):
        stage_id = str(entry["id"])
        label = required_text(file, stage_id, entry, "label")
        short = entry.get("short_label", label)
        if not isinstance(short, str) or not short.strip():
            raise data_error(file, stage_id, "« short_label » doit être un texte non vide")
        yield Stage(stage_id, content_text(label), content_text(short), order)


def _parse_topics(file: str, entries: object) -> Iterable[Topic]:
    if not isinstance(entries, list) or not entries:
        raise data_error(file, "topic", "la liste [[topic]] est absente")
    seen: set[str] = set()
    for order, entry in enumerate(entries):
        topic_id = entry.get("id") if isinstance(entry, dict) else None
        if not isinstance(topic_id, str) or not re.fullmatch(r"[a-z0-9-]+", topic_id) or topic_id in seen:
            raise data_error(file, f"topic[{order + 1}]", "« id » manquant, mal formé ou en double")
        seen.add(topic_id)
        yield Topic(topic_id, content_text(required_text(file, topic_id, entry, "label")), order)
    missing = REQUIRED_TOPIC_IDS - seen
    if missing:
        raise data_error(
            file, "topic", f"thèmes attendus par le catalogue des règles absents : {', '.join(sorted(missing))}"
        )


def _parse_priorities(file: str, entries: object) -> Iterable[Priority]:
    if not isinstance(entries, list):
        raise data_error(file, "priority", "la liste [[priority]] est absente")
    ids = tuple(entry.get("id") if isinstance(entry, dict) else None for entry in entries)
    if ids != PRIORITY_IDS:
        raise data_error(file, "priority", f"les priorités doivent être, dans l'ordre : {', '.join(PRIORITY_IDS)}")
    for entry in entries:
        priority_id = str(entry["id"])
        title = required_text(file, priority_id, entry, "title")
        message = required_text(file, priority_id, entry, "message")
        yield Priority(priority_id, content_text(title), content_text(message))


def _parse_item(file: str, index: int, entry: object, context: _Context) -> ContentItem:
    if not isinstance(entry, dict):
        raise data_error(file, f"item[{index}]", "chaque entrée doit être une table [[item]]")
    item_id = entry.get("id")
    if not isinstance(item_id, str) or not _ITEM_ID.match(item_id):
        raise data_error(file, f"item[{index}]", "« id » doit ressembler à « theme.nom-court »")
    unknown = set(entry) - _ITEM_KEYS
    if unknown:
        raise data_error(file, item_id, f"clé inconnue : {', '.join(sorted(unknown))}")
    topic = entry.get("topic")
    if topic not in context.topics:
        raise data_error(file, item_id, f"thème « {topic} » inconnu")
    if not item_id.startswith(f"{topic}."):
        raise data_error(file, item_id, f"l'identifiant doit commencer par le thème « {topic}. »")
    stages = entry.get("stages")
    if not isinstance(stages, list) or not stages or not all(stage in context.stages for stage in stages):
        raise data_error(
            file, item_id, f"« stages » doit être une liste non vide d'étapes parmi {', '.join(STAGE_IDS)}"
        )
    if len(set(stages)) != len(stages):
        raise data_error(file, item_id, "une étape est répétée dans « stages »")
    title = required_text(file, item_id, entry, "title")
    message = required_text(file, item_id, entry, "message")
    if len(message) > MAX_MESSAGE_LENGTH:
        raise data_error(file, item_id, f"message trop long ({len(message)} caractères, {MAX_MESSAGE_LENGTH} au plus)")
    priority = entry.get("priority")
    if priority is not None and priority not in context.priorities:
        raise data_error(file, item_id, f"priorité « {priority} » inconnue ({', '.join(PRIORITY_IDS)})")
    links = _parse_links(file, item_id, entry.get("link"), context.domains)
    source, verified = _parse_source(file, item_id, entry.get("source"), context.domains)
    return ContentItem(
        id=item_id,
        topic=str(topic),
        stages=tuple(str(stage) for stage in stages),
        title=content_text(title),
        message=content_text(message),
        links=links,
        source=source,
        verified=verified,
        priority=str(priority) if priority is not None else None,
        file=file,
    )


def _parse_links(file: str, item_id: str, value: object, domains: OfficialDomains) -> tuple[Link, ...]:
    if not isinstance(value, list) or not value:
        raise data_error(file, item_id, "au moins un lien « link » vers un site officiel est obligatoire")
    links: list[Link] = []
    for raw in value:
        if not isinstance(raw, dict) or set(raw) != _LINK_KEYS:
            raise data_error(file, item_id, "chaque lien est { title = « … », url = « https://… » }")
        title, url = raw["title"], raw["url"]
        if not isinstance(title, str) or not title.strip():
            raise data_error(file, item_id, "un lien n'a pas de titre")
        if not isinstance(url, str) or not domains.is_official(url):
            raise data_error(file, item_id, f"lien non autorisé : {url} (https et domaine de official_domains.toml)")
        links.append(Link(content_text(title), url))
    return tuple(links)


def _parse_source(file: str, item_id: str, value: object, domains: OfficialDomains) -> tuple[Source, str]:
    if not isinstance(value, dict):
        raise data_error(file, item_id, "« source » (title, url, checked, verified) est obligatoire")
    unknown = set(value) - _SOURCE_KEYS
    if unknown:
        raise data_error(file, item_id, f"« source » : clé inconnue {', '.join(sorted(unknown))}")
    title, url, checked, verified = (value.get(key) for key in ("title", "url", "checked", "verified"))
    if not isinstance(title, str) or not title.strip():
        raise data_error(file, item_id, "« source.title » doit être un texte non vide")
    if not isinstance(url, str) or not domains.is_official(url):
        raise data_error(file, item_id, f"« source.url » non autorisée : {url}")
    if not is_date(checked):
        raise data_error(file, item_id, "« source.checked » doit être une date (AAAA-MM-JJ)")
    if verified not in VERIFIED_KINDS:
        raise data_error(file, item_id, f"« source.verified » doit valoir {' ou '.join(VERIFIED_KINDS)}")
    return Source(title=title, url=url, checked=checked), str(verified)


def _check_coverage(
    items: Sequence[ContentItem], stages: Sequence[Stage], topics: Sequence[Topic], priorities: Sequence[Priority]
) -> None:
    for stage in stages:
        if not any(stage.id in item.stages for item in items):
            raise data_error("items/", stage.id, "aucune entrée pour cette étape")
    for topic in topics:
        if not any(item.topic == topic.id for item in items):
            raise data_error("items/", topic.id, "aucune entrée pour ce thème")
    for priority in priorities:
        if not any(item.priority == priority.id for item in items):
            raise data_error("items/", priority.id, "aucune entrée pour cette priorité nationale")
