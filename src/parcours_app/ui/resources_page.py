"""The "Ressources" screen: key messages and official links by stage and topic, the family's current stage first.

Content is data (`resources/content/`, read by `core.content`); filtering, search and ordering are core functions
(`ContentCatalog.select`). This module only lays the result out. Links open in the system browser, and only after
a confirmation that names the site they lead to (`LinkConfirmDialog.ask`, patched in tests).

API for the main window:
    page = ResourcesPage(catalog, current_stages=lambda: stages.current_stages(controller.journey))
    page.refresh_current_stages()      # after the journey changed (new dates, new day)
    page.show_for_event(event)         # "Ressources" button of a step of the journey
    page.show_priority("ecrans")       # one of the three national priorities

For a step of the journey (the detail panel):
    box = EventResourcesBox(catalog); box.set_event(event)   # its key messages, links confirmed before opening
    box.more_requested.connect(lambda event: (show the Ressources page, page.show_for_event(event)))
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QSignalBlocker, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QFont, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from parcours_app.core.content import ContentCatalog, ContentItem
from parcours_app.core.formatting import (
    format_date,
    format_list,
    rtl_paragraphs,
)
from parcours_app.core.model import Event
from parcours_app.core.official_domains import OfficialDomains
from parcours_app.core.text import Text, Translate
from parcours_app.ui import kiosk
from parcours_app.ui.i18n import RetranslateMixin, current_language
from parcours_app.ui.i18n import qt_translate as qt_translate  # re-exported (reception.py imports it from here)
from parcours_app.ui.kiosk_notice import show_address
from parcours_app.ui.widgets.button_row import ButtonRow
from parcours_app.ui.widgets.flow_layout import FlowLayout
from parcours_app.ui.widgets.form_row import set_control_text
from parcours_app.ui.widgets.text_label import text_label
from parcours_app.ui.widgets.vertical_scroll import VerticalScrollArea
from parcours_app.ui.widgets.wrap_button import WrappingButton


class LinkConfirmDialog:
    """Says which site a link leads to before the browser opens. Tests patch `ask`."""

    @classmethod
    def ask(cls, parent: QWidget | None, url: str, site: str) -> bool:
        title = QCoreApplication.translate("LinkConfirmDialog", "Ouvrir un site officiel")
        text = QCoreApplication.translate(
            "LinkConfirmDialog", "Ce lien ouvre le site %1 dans votre navigateur internet.\n\nAdresse : %2"
        )
        box = QMessageBox(QMessageBox.Icon.Question, title, text.replace("%1", site).replace("%2", url), parent=parent)
        box.setStandardButtons(QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Open)
        box.setAccessibleName(title)
        try:
            return box.exec() == QMessageBox.StandardButton.Open
        finally:
            box.deleteLater()


def open_official_link(parent: QWidget | None, url: str, domains: OfficialDomains) -> bool:
    """Open an official link after the confirmation; refuse any URL not on the official list. True if opened."""
    if kiosk.locked():  # reception mode: no browser on the shared screen, the address is shown instead
        show_address(parent, url)
        return False
    site = domains.site_label(url)
    if site is None:
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("LinkConfirmDialog", "Lien non ouvert"),
            QCoreApplication.translate(
                "LinkConfirmDialog",
                "Ce lien ne mène pas à un site officiel de la liste de l'application : il n'est pas ouvert.",
            ),
        )
        return False
    if not LinkConfirmDialog.ask(parent, url, site.render(qt_translate)):
        return False
    return bool(QDesktopServices.openUrl(QUrl(url)))


class ResourceCard(RetranslateMixin, QFrame):
    """One key message: its title, the message, the official links and the source with its check date."""

    link_clicked = Signal(str)

    def __init__(
        self, item: ContentItem, catalog: ContentCatalog, translate: Translate, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.item = item
        self._catalog = catalog
        self._translate = translate
        self.setObjectName(f"resource-{item.id}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setProperty("role", "card")  # the design system's card (docs/IDENTITY.md, base.qss)
        layout = QVBoxLayout(self)
        self.title_label = text_label(bold=True, scale=1.15, selectable=True)
        self.topic_label = text_label()
        self.message_label = text_label(selectable=True)
        self.source_label = text_label(selectable=True)
        source_font = QFont(self.source_label.font())
        source_font.setPointSizeF(source_font.pointSizeF() * 0.9)
        self.source_label.setFont(source_font)
        layout.addWidget(self.title_label)
        layout.addWidget(self.topic_label)
        layout.addWidget(self.message_label)
        # one link per row: side by side, three long link names made the card wider than the page (cut off)
        links_column = QVBoxLayout()
        self.link_buttons: list[QPushButton] = []
        for link in item.links:
            button = WrappingButton(self)  # a long link name wraps instead of widening the card (and the page)
            button.setObjectName("resource-link")
            button.clicked.connect(lambda _checked=False, url=link.url: self.link_clicked.emit(url))
            links_column.addWidget(button, 0, Qt.AlignmentFlag.AlignLeading)
            self.link_buttons.append(button)
        layout.addLayout(links_column)
        layout.addWidget(self.source_label)
        self.retranslate_ui()

    def _render(self, text: Text) -> str:
        return text.render(self._translate)

    def retranslate_ui(self) -> None:
        item = self.item
        title = self._render(item.title)
        self.title_label.setText(title)
        self.setAccessibleName(title)
        if len(item.stages) == len(self._catalog.stages):
            stages = self.tr("toutes les étapes")
        else:
            stages = format_list(
                [self._render(self._catalog.stage(stage).short_label) for stage in item.stages], current_language()
            )
        self.topic_label.setText(
            self.tr("%1 · %2").replace("%1", self._render(self._catalog.topic(item.topic).label)).replace("%2", stages)
        )
        language = current_language()
        # phone numbers ("39 89") and French names keep their order inside Arabic (core.formatting)
        set_control_text(self.message_label, rtl_paragraphs(self._render(item.message), language), title)
        for button, link in zip(self.link_buttons, item.links, strict=True):
            site = self._catalog.domains.site_label(link.url)
            site_name = self._render(site) if site is not None else link.url
            button.setText(self.tr("Ouvrir : %1").replace("%1", self._render(link.title)))
            button.setToolTip(self.tr("Ouvre %1 dans le navigateur, après confirmation").replace("%1", site_name))
            button.setAccessibleName(self.tr("Ouvrir le lien : %1").replace("%1", self._render(link.title)))
            button.setAccessibleDescription(self.tr("Mène au site %1").replace("%1", site_name))
        checked = format_date(item.source.checked, current_language())
        if item.verified == "reference":
            line = self.tr("Source : %1. Vérifié le %2.")
        else:
            line = self.tr("D'après : %1. Texte rédigé le %2, à relire sur le site officiel.")
        self.source_label.setText(
            rtl_paragraphs(line.replace("%1", item.source.title).replace("%2", checked), language)
        )


class ResourcesPage(RetranslateMixin, QWidget):
    """Browse the key messages by stage and topic, search them, and open their official links."""

    link_opened = Signal(str)  # the URL, once the person confirmed and the browser was asked to open it

    ALL = ""  # the "every stage" / "every topic" entry of the filters

    def __init__(
        self,
        catalog: ContentCatalog,
        current_stages: Callable[[], Sequence[str]] | None = None,
        parent: QWidget | None = None,
        translate: Translate = qt_translate,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("resources-page")
        self._catalog = catalog
        self._current_stages_source = current_stages or (lambda: ())
        self._current: tuple[str, ...] = tuple(self._current_stages_source())
        self._translate = translate
        self._event: Event | None = None
        self._priority: str | None = None
        self.cards: list[ResourceCard] = []  # the cards shown, in order
        self._card_cache: dict[str, ResourceCard] = {}

        outer = QVBoxLayout(self)
        header = QHBoxLayout()
        self.heading = text_label(bold=True, scale=1.4)
        header.addWidget(self.heading, 1)
        self.crisis_button = QPushButton(self)
        self.crisis_button.setObjectName("crisis-button")
        self.crisis_button.clicked.connect(self._open_crisis_panel)
        header.addWidget(self.crisis_button, 0, Qt.AlignmentFlag.AlignTrailing)
        outer.addLayout(header)
        self.intro = text_label()
        outer.addWidget(self.intro)

        self.priorities_label = text_label(bold=True)
        outer.addWidget(self.priorities_label)
        self.priority_buttons: dict[str, QPushButton] = {}
        for priority in catalog.priorities:
            button = QPushButton(self)
            button.setCheckable(True)
            button.setObjectName(f"priority-{priority.id}")
            button.clicked.connect(lambda checked, pid=priority.id: self.show_priority(pid if checked else None))
            self.priority_buttons[priority.id] = button
        # side by side, or one under the other at 200 % text and with long translations
        outer.addWidget(ButtonRow(list(self.priority_buttons.values()), self))

        # each label with its field, the pairs wrapping onto a second line when the page is narrow (200 % text)
        filters = FlowLayout()
        self.search_label = QLabel(self)
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search_label.setBuddy(self.search)
        self.stage_label = QLabel(self)
        self.stage_box = QComboBox(self)
        self.stage_label.setBuddy(self.stage_box)
        self.topic_label = QLabel(self)
        self.topic_box = QComboBox(self)
        self.topic_label.setBuddy(self.topic_box)
        for label, field in (
            (self.search_label, self.search),
            (self.stage_label, self.stage_box),
            (self.topic_label, self.topic_box),
        ):
            pair = QWidget(self)
            pair_layout = QHBoxLayout(pair)
            pair_layout.setContentsMargins(0, 0, 0, 0)
            pair_layout.addWidget(label)
            pair_layout.addWidget(field)
            filters.addWidget(pair)
        outer.addLayout(filters)

        self.event_banner = QFrame(self)
        banner_layout = QHBoxLayout(self.event_banner)
        self.event_label = text_label(bold=True)
        self.show_all_button = QPushButton(self.event_banner)
        self.show_all_button.clicked.connect(self.show_all)
        banner_layout.addWidget(self.event_label, 1)
        banner_layout.addWidget(self.show_all_button)
        self.event_banner.hide()
        outer.addWidget(self.event_banner)

        self.count_label = text_label()
        outer.addWidget(self.count_label)

        self.results = QWidget()
        self.results.setObjectName("resources-results")
        self.results_layout = QVBoxLayout(self.results)
        self.results_layout.setAlignment(Qt.AlignmentFlag.AlignTop)
        # text wraps to the width: a sideways scroll bar would only hide the end of lines
        self.scroll_area = VerticalScrollArea(self.results, self)
        outer.addWidget(self.scroll_area, 1)

        self.search.textChanged.connect(self._filters_changed)
        self.stage_box.currentIndexChanged.connect(self._filters_changed)
        self.topic_box.currentIndexChanged.connect(self._filters_changed)
        self.retranslate_ui()

    # --- public API ------------------------------------------------------------------------------------

    @property
    def current_stages(self) -> tuple[str, ...]:
        return self._current

    def refresh_current_stages(self) -> None:
        """Read the family's stages again (new dates, a new day) and put that stage first."""
        self._current = tuple(self._current_stages_source())
        self._fill_stage_box()
        self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        # The family may have changed since the page was built (new dates, a birth, a new day): the page
        # follows without the main window having to tell it.
        if tuple(self._current_stages_source()) != self._current:
            self.refresh_current_stages()
        super().showEvent(event)

    def show_for_event(self, event: Event) -> None:
        """Only the resources of one step of the journey, with a way back to everything."""
        self._event = event
        self._priority = None
        self._reset_filters()
        self.refresh()

    def show_priority(self, priority_id: str | None) -> None:
        self._priority = priority_id
        self._event = None
        self._reset_filters()
        self.refresh()

    def show_all(self) -> None:
        self._event = None
        self._priority = None
        self._reset_filters()
        self.refresh()

    def _open_crisis_panel(self) -> None:
        from parcours_app.ui.crisis_panel import CrisisHelpDialog  # the self-test helper's panel, one for the app

        CrisisHelpDialog.show_for(self)

    def visible_items(self) -> list[ContentItem]:
        return [card.item for card in self.cards]

    def open_link(self, url: str) -> bool:
        opened = open_official_link(self, url, self._catalog.domains)
        if opened:
            self.link_opened.emit(url)
        return opened

    # --- filtering -------------------------------------------------------------------------------------

    def selected_items(self) -> list[ContentItem]:
        if self._event is not None:
            return self._catalog.items_for_event(self._event)
        stage = self.stage_box.currentData() or None
        topic = self.topic_box.currentData() or None
        return self._catalog.select(
            stage=stage,
            topics=[topic] if topic else None,
            priority=self._priority,
            query=self.search.text(),
            current_stages=self._current,
            translate=self._translate,
        )

    def refresh(self) -> None:
        for button_id, button in self.priority_buttons.items():
            button.setChecked(button_id == self._priority)
        self.event_banner.setVisible(self._event is not None or self._priority is not None)
        if self._event is not None:
            self.event_label.setText(
                self.tr("Ressources pour : %1").replace("%1", self._event.title.render(self._translate))
            )
        elif self._priority is not None:
            priority = next(p for p in self._catalog.priorities if p.id == self._priority)
            self.event_label.setText(
                self.tr("Priorité nationale : %1").replace("%1", priority.title.render(self._translate))
            )
        # Cards are built once per item and kept: filtering only re-orders and hides them, so typing in the
        # search field stays quick. Headings and the empty message are rebuilt; removed widgets are hidden and
        # deleted later, never unparented while a language change may still be delivering events to them.
        self.results.hide()  # one layout pass at the end instead of one per card shown or hidden
        while self.results_layout.count():
            taken = self.results_layout.takeAt(0)
            widget = taken.widget() if taken is not None else None
            if widget is not None and not isinstance(widget, ResourceCard):
                widget.hide()
                widget.deleteLater()
        for card in self._card_cache.values():
            card.hide()
        self.cards = []
        items = self.selected_items()
        current = set(self._current)
        showing_current = bool(current) and self._event is None and not self.stage_box.currentData()
        heading_done: set[str] = set()
        for item in items:
            if showing_current:
                group = "now" if current & set(item.stages) else "other"
                if group not in heading_done:
                    heading_done.add(group)
                    self.results_layout.addWidget(self._group_heading(group))
            cached = self._card_cache.get(item.id)
            if cached is None:
                cached = ResourceCard(item, self._catalog, self._translate, self.results)
                cached.link_clicked.connect(self.open_link)
                self._card_cache[item.id] = cached
            self.results_layout.addWidget(cached)
            cached.show()
            self.cards.append(cached)
        if not items:
            self.results_layout.addWidget(
                text_label(self.tr("Aucune ressource ne correspond. Essayez un autre mot ou « Toutes les étapes »."))
            )
        self.count_label.setText(self.tr("Ressources affichées : %1").replace("%1", str(len(items))))
        self.results.show()

    def _group_heading(self, group: str) -> QLabel:
        if group == "now":
            names = format_list(
                [self._catalog.stage(stage).label.render(self._translate) for stage in self._current],
                current_language(),
            )
            text = self.tr("En ce moment pour vous : %1").replace("%1", names)
        else:
            text = self.tr("Les autres étapes")
        label = text_label(text, bold=True, scale=1.2)
        label.setObjectName(f"group-{group}")
        label.setAccessibleName(text)
        return label

    def _filters_changed(self) -> None:
        if self._event is not None and (
            self.search.text() or self.stage_box.currentData() or self.topic_box.currentData()
        ):
            self._event = None  # typing or choosing a filter leaves the event's view
        self.refresh()

    def _reset_filters(self) -> None:
        with QSignalBlocker(self.search), QSignalBlocker(self.stage_box), QSignalBlocker(self.topic_box):
            self.search.clear()
            self.stage_box.setCurrentIndex(0)
            self.topic_box.setCurrentIndex(0)

    def _fill_stage_box(self) -> None:
        selected = self.stage_box.currentData()
        with QSignalBlocker(self.stage_box):
            self.stage_box.clear()
            self.stage_box.addItem(self.tr("Toutes les étapes"), self.ALL)
            for stage in self._catalog.stages:
                label = stage.label.render(self._translate)
                if stage.id in self._current:
                    label = self.tr("%1 (en ce moment)").replace("%1", label)
                self.stage_box.addItem(label, stage.id)
            index = self.stage_box.findData(selected) if selected else 0
            self.stage_box.setCurrentIndex(max(index, 0))

    def _fill_topic_box(self) -> None:
        selected = self.topic_box.currentData()
        with QSignalBlocker(self.topic_box):
            self.topic_box.clear()
            self.topic_box.addItem(self.tr("Tous les thèmes"), self.ALL)
            for topic in self._catalog.topics:
                self.topic_box.addItem(topic.label.render(self._translate), topic.id)
            index = self.topic_box.findData(selected) if selected else 0
            self.topic_box.setCurrentIndex(max(index, 0))

    # --- texts -----------------------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("Ressources"))
        set_control_text(
            self.crisis_button, self.tr("Urgences et écoute"), self.tr("Urgences et écoute : numéros d'aide")
        )
        self.crisis_button.setToolTip(self.tr("3114, 15, 112, 114, 119, 3919, Allô Parents Bébé"))
        self.priorities_label.setText(self.tr("Les trois priorités nationales des 1000 premiers jours"))
        self.intro.setText(
            self.tr(
                "Des messages clés pour chaque étape, et des liens vers des sites officiels seulement. "
                "L'application ne se connecte jamais à internet : les liens s'ouvrent dans votre navigateur, "
                "après confirmation."
            )
        )
        for priority in self._catalog.priorities:
            button = self.priority_buttons[priority.id]
            title = priority.title.render(self._translate)
            button.setText(title)
            button.setToolTip(priority.message.render(self._translate))
            button.setAccessibleName(self.tr("Priorité nationale : %1").replace("%1", title))
            button.setAccessibleDescription(priority.message.render(self._translate))
        self.search_label.setText(self.tr("&Rechercher :"))
        self.search.setPlaceholderText(self.tr("un mot, avec ou sans accents (ex. écrans, congé, sommeil)"))
        self.search.setAccessibleName(self.tr("Rechercher dans les ressources"))
        self.stage_label.setText(self.tr("É&tape :"))
        self.stage_box.setAccessibleName(self.tr("Étape"))
        self.topic_label.setText(self.tr("Thèm&e :"))
        self.topic_box.setAccessibleName(self.tr("Thème"))
        set_control_text(self.show_all_button, self.tr("Tout afficher"), self.tr("Afficher toutes les ressources"))
        self.count_label.setAccessibleName(self.tr("Nombre de ressources affichées"))
        self.scroll_area.setAccessibleName(self.tr("Liste des ressources"))
        self._fill_stage_box()
        self._fill_topic_box()
        self.refresh()


class EventResourcesBox(RetranslateMixin, QFrame):
    """The key messages that explain one step of the journey (`Event.topics`), for the step's detail panel.

    Shows the first `limit` items with their official links (confirmed before opening) and a button that asks
    for the full Ressources page on the step's topics (`more_requested(event)`). Hidden when no item matches.
    """

    more_requested = Signal(object)  # core.model.Event

    def __init__(
        self,
        catalog: ContentCatalog,
        parent: QWidget | None = None,
        translate: Translate = qt_translate,
        limit: int = 2,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("event-resources")
        self._catalog = catalog
        self._translate = translate
        self._limit = limit
        self._event: Event | None = None
        self.cards: list[ResourceCard] = []
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.heading = text_label(bold=True)
        self._layout.addWidget(self.heading)
        self.cards_layout = QVBoxLayout()
        self._layout.addLayout(self.cards_layout)
        self.more_button = QPushButton(self)
        self.more_button.clicked.connect(self._more)
        self._layout.addWidget(self.more_button, 0, Qt.AlignmentFlag.AlignLeading)
        self.retranslate_ui()
        self.set_event(None)

    def set_event(self, event: Event | None) -> None:
        self._event = event
        while self.cards_layout.count():
            taken = self.cards_layout.takeAt(0)
            widget = taken.widget() if taken is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self.cards = []
        items = self._catalog.items_for_event(event) if event is not None else []
        for item in items[: self._limit]:
            card = ResourceCard(item, self._catalog, self._translate, self)
            card.link_clicked.connect(self.open_link)
            self.cards_layout.addWidget(card)
            self.cards.append(card)
        self.more_button.setVisible(len(items) > 0)
        self.setVisible(bool(items))

    def open_link(self, url: str) -> bool:
        return open_official_link(self, url, self._catalog.domains)

    def _more(self) -> None:
        if self._event is not None:
            self.more_requested.emit(self._event)

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("Pour aller plus loin"))
        set_control_text(
            self.more_button,
            self.tr("Toutes les ressources sur ce sujet"),
            self.tr("Ouvrir la page Ressources sur le sujet de cette étape"),
        )
