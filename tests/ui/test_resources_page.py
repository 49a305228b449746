"""The Ressources screen: builds, filters by stage/topic/search, current stage first, confirmed official links."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator, QUrl
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from parcours_app.core.content import ContentCatalog, fold_for_search, load_content
from parcours_app.core.model import Category, Event, Source
from parcours_app.core.text import Text
from parcours_app.ui import resources_page
from parcours_app.ui.resources_page import LinkConfirmDialog, ResourcesPage


@pytest.fixture(scope="module")
def catalog() -> ContentCatalog:
    return load_content()


@pytest.fixture
def page(qtbot: QtBot, catalog: ContentCatalog) -> ResourcesPage:
    widget = ResourcesPage(catalog, current_stages=lambda: ("bebe-4-12-mois",))
    qtbot.addWidget(widget)
    widget.resize(1100, 800)
    return widget


def _controls(root: QWidget) -> list[QWidget]:
    # the clear button inside a QLineEdit is Qt's own, named by Qt's accessibility bridge
    return [
        w
        for w in root.findChildren(QWidget)
        if isinstance(w, QAbstractButton | QLineEdit | QComboBox) and not isinstance(w.parent(), QLineEdit)
    ]


def test_every_control_has_an_accessible_name_and_takes_focus(page: ResourcesPage) -> None:
    controls = _controls(page)
    assert len(controls) > 60  # filters, priorities and every link button
    for control in controls:
        assert control.accessibleName(), control.objectName() or type(control).__name__
        assert control.focusPolicy() & control.focusPolicy().TabFocus, control.accessibleName()


def test_current_stage_first_with_its_heading(page: ResourcesPage, catalog: ContentCatalog) -> None:
    items = page.visible_items()
    assert len(items) == len(catalog.items)
    assert "bebe-4-12-mois" in items[0].stages
    now = page.findChild(QWidget, "group-now")
    assert now is not None and "Bébé de 4 à 12 mois" in now.accessibleName()
    first_other = next(i for i, item in enumerate(items) if "bebe-4-12-mois" not in item.stages)
    assert all("bebe-4-12-mois" not in item.stages for item in items[first_other:])
    assert page.stage_box.itemText(page.stage_box.findData("bebe-4-12-mois")).endswith("(en ce moment)")


def test_filter_by_stage_and_topic(page: ResourcesPage) -> None:
    page.stage_box.setCurrentIndex(page.stage_box.findData("grossesse-1-3"))
    assert page.visible_items() and all("grossesse-1-3" in item.stages for item in page.visible_items())
    page.topic_box.setCurrentIndex(page.topic_box.findData("demarches"))
    ids = {item.id for item in page.visible_items()}
    assert "demarches.declaration-grossesse" in ids
    assert all(item.topic == "demarches" and "grossesse-1-3" in item.stages for item in page.visible_items())
    assert page.count_label.text() == f"Ressources affichées : {len(ids)}"


def test_search_is_accent_insensitive(page: ResourcesPage) -> None:
    page.search.setText("ECRAN")
    items = page.visible_items()
    assert {"ecrans.pas-avant-3-ans", "ecrans.parents"} <= {item.id for item in items}
    for item in items:
        text = fold_for_search(" ".join([item.title.source, item.message.source, item.topic, *item.stages]))
        assert "ecran" in text
    page.search.setText("mot-qui-n-existe-pas")
    assert page.visible_items() == []


def test_priorities_show_their_items(page: ResourcesPage, qtbot: QtBot) -> None:
    qtbot.mouseClick(page.priority_buttons["ecrans"], resources_page.Qt.MouseButton.LeftButton)
    assert page.visible_items() and all(item.priority == "ecrans" for item in page.visible_items())
    assert page.event_banner.isVisibleTo(page)
    page.show_all()
    assert len(page.visible_items()) == len(load_content().items)


def test_show_for_event_lists_its_topics_then_back_to_all(page: ResourcesPage) -> None:
    event = Event(
        id="pregnancy.declaration",
        rule_id="pregnancy.declaration",
        category=Category.ADMIN,
        start=dt.date(2026, 4, 1),
        end=dt.date(2026, 6, 21),
        title=Text("rules", "Déclarer la grossesse"),
        explanation=Text("rules", "…"),
        mandatory=True,
        estimated=False,
        source=Source("CSS D532-1", "https://www.legifrance.gouv.fr/", dt.date(2026, 11, 22)),
        topics=("demarches",),
    )
    page.show_for_event(event)
    assert page.visible_items() and {item.topic for item in page.visible_items()} == {"demarches"}
    assert "Déclarer la grossesse" in page.event_label.text()
    page.show_all_button.click()
    assert not page.event_banner.isVisibleTo(page)
    assert len(page.visible_items()) == len(load_content().items)


def test_a_link_opens_only_after_confirmation_naming_the_site(
    page: ResourcesPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[tuple[str, str]] = []
    opened: list[QUrl] = []
    answer = {"value": False}

    def ask(parent: QWidget | None, url: str, site: str) -> bool:
        asked.append((url, site))
        return answer["value"]

    monkeypatch.setattr(LinkConfirmDialog, "ask", classmethod(lambda cls, parent, url, site: ask(parent, url, site)))
    monkeypatch.setattr(resources_page.QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    card = next(card for card in page.cards if card.item.id == "sante.sept-examens")
    card.link_buttons[0].click()
    assert asked == [("https://www.ameli.fr/", "ameli.fr (Assurance Maladie)")]
    assert opened == []  # cancelled: nothing opens
    answer["value"] = True
    card.link_buttons[0].click()
    assert [url.toString() for url in opened] == ["https://www.ameli.fr/"]


def test_an_unofficial_link_is_never_opened(
    page: ResourcesPage, catalog: ContentCatalog, monkeypatch: pytest.MonkeyPatch
) -> None:
    warned: list[str] = []
    opened: list[QUrl] = []
    monkeypatch.setattr(resources_page.QMessageBox, "warning", lambda parent, title, text: warned.append(text))
    monkeypatch.setattr(resources_page.QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    monkeypatch.setattr(LinkConfirmDialog, "ask", classmethod(lambda cls, parent, url, site: True))
    assert not resources_page.open_official_link(page, "https://example.com/", catalog.domains)
    assert not resources_page.open_official_link(page, "http://www.ameli.fr/", catalog.domains)
    assert opened == [] and len(warned) == 2


TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS><TS version="2.1" language="en_GB">
<context><name>ResourcesPage</name>
<message><source>Ressources</source><translation>Resources</translation></message>
<message><source>Toutes les étapes</source><translation>All stages</translation></message>
</context>
<context><name>content</name>
<message><source>Pas d'écran avant 3 ans</source><translation>No screens before 3</translation></message>
<message><source>Ne jamais secouer un bébé</source><translation>Never shake a baby</translation></message>
</context>
</TS>
"""


def test_language_change_retranslates_everything(page: ResourcesPage, tmp_path: Path) -> None:
    """A real .qm compiled by pyside6-lrelease, installed as the language manager does."""
    (tmp_path / "t.ts").write_text(TS, encoding="utf-8")
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run([str(lrelease), "-silent", str(tmp_path / "t.ts"), "-qm", str(tmp_path / "t.qm")], check=True)
    translator = QTranslator()
    assert translator.load(str(tmp_path / "t.qm"))
    QCoreApplication.installTranslator(translator)
    # Qt posts LanguageChange to the application, which posts it on to each window: two rounds of events.
    QCoreApplication.processEvents()
    QCoreApplication.processEvents()
    try:
        assert page.heading.text() == "Resources"
        assert page.priority_buttons["ecrans"].text() == "No screens before 3"
        assert page.stage_box.itemText(0) == "All stages"
        shaken = next(card for card in page.cards if card.item.id == "securite.bebe-secoue")
        assert shaken.title_label.text() == "Never shake a baby"
        page.search.setText("shake")  # search follows the language shown
        assert [item.id for item in page.visible_items()] == ["securite.bebe-secoue"]
    finally:
        QCoreApplication.removeTranslator(translator)
        QCoreApplication.processEvents()
        QCoreApplication.processEvents()
    assert page.heading.text() == "Ressources"


def test_screenshot(page: ResourcesPage, tmp_path: Path) -> None:
    folder = Path(os.environ.get("PARCOURS_SCREENSHOT_DIR", tmp_path))
    page.show()
    image = page.grab().toImage()
    assert image.width() == 1100
    assert page.grab().save(str(folder / "resources.png"))


def test_event_box_shows_the_steps_resources_and_asks_for_more(qtbot: QtBot, catalog: ContentCatalog) -> None:
    box = resources_page.EventResourcesBox(catalog)
    qtbot.addWidget(box)
    assert box.isHidden()  # no step chosen
    event = Event(
        id="child.vaccine.2m",
        rule_id="child.vaccine.2m",
        category=Category.VACCINE,
        start=dt.date(2026, 3, 1),
        end=dt.date(2026, 3, 31),
        title=Text("rules", "Vaccins des 2 mois"),
        explanation=Text("rules", "…"),
        mandatory=True,
        estimated=False,
        source=Source("Calendrier vaccinal", "https://vaccination-info-service.fr/", dt.date(2026, 11, 22)),
        topics=("vaccins",),
    )
    box.set_event(event)
    assert not box.isHidden()
    assert [card.item.topic for card in box.cards] == ["vaccins", "vaccins"]  # two at most
    for control in box.findChildren(QAbstractButton):
        assert control.accessibleName()
    with qtbot.waitSignal(box.more_requested) as asked:
        box.more_button.click()
    assert asked.args == [event]
    box.set_event(None)
    assert box.isHidden() and box.cards == []


def test_a_step_of_the_journey_links_to_its_resources(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    """The journey's detail panel shows the step's key messages, and "Toutes les ressources sur ce sujet" sends
    its event to whoever shows the Ressources page (the main window connects it to `show_for_event`)."""
    from parcours_app.core.clock import FixedClock
    from parcours_app.storage import open_memory_store
    from parcours_app.ui.family_controller import FamilyController
    from parcours_app.ui.journey.detail import EventDetailPanel

    store = open_memory_store()
    panel = EventDetailPanel(FamilyController(store, FixedClock(dt.date(2026, 11, 22)), catalog=object()))
    qtbot.addWidget(panel)
    event = Event(
        id="parent2.paternity",
        rule_id="parent2.paternity",
        category=Category.LEAVE,
        start=dt.date(2026, 12, 20),
        end=dt.date(2026, 12, 23),
        title=Text("rules", "Congé de paternité"),
        explanation=Text("rules", "…"),
        mandatory=True,
        estimated=True,
        source=Source("C. trav. L1225-35", "https://www.legifrance.gouv.fr/", dt.date(2026, 11, 22)),
        topics=("second-parent",),
    )
    panel.set_event(event)
    box = panel.resources_box
    assert box is not None and not box.isHidden()
    assert box.cards and all(card.item.topic == "second-parent" for card in box.cards)
    with qtbot.waitSignal(panel.resources_requested) as asked:
        box.more_button.click()
    assert asked.args == [event]

    page = ResourcesPage(load_content())
    qtbot.addWidget(page)
    page.show_for_event(asked.args[0])
    assert {item.topic for item in page.visible_items()} == {"second-parent"}
    store.close()


def test_the_current_stage_follows_the_family_when_shown_again(qtbot: QtBot, catalog: ContentCatalog) -> None:
    stages = ["grossesse-4-6"]
    page = ResourcesPage(catalog, current_stages=lambda: tuple(stages))
    qtbot.addWidget(page)
    page.show()
    assert "grossesse-4-6" in page.visible_items()[0].stages
    page.hide()
    stages[:] = ["naissance"]  # the baby was born
    page.show()
    assert page.current_stages == ("naissance",)
    assert "naissance" in page.visible_items()[0].stages
