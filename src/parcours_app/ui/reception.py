"""The reception mode of a Maison des 1000 premiers jours: a shared screen that keeps nothing a visitor types.

Widgets only; the main window (`ui/main_window.py`, `--reception`) shows `ReceptionScreen` full screen over an
in-memory store, and connects its signals:

    screen = ReceptionScreen(store, clock, check_pin=check)  # store: the in-memory FamilyStore (places + family)
    screen.family_chosen.connect(show_sample_family)         # core.model.Family, dated relative to today
    screen.resources_requested.connect(show_resources)       # the Ressources page, e.g. in screen.show_page(page)
    screen.reset_requested.connect(forget_visitor_data)      # after inactivity or "Accueil": clear the family
    screen.leave_requested.connect(leave_reception_mode)     # staff only, after the staff code (StaffPinDialog)
    screen.add_page(journey_page); screen.show_page(journey_page)
    screen.set_store(fresh_store)                            # after swapping the in-memory store (forget_visitor)
    screen.seed_example_directory()                          # empty directory: show the fictional example Maison
    screen.load_directory_file(path)                         # a Maison's exported directory (e.g. from --annuaire)

`IdleResetWatcher(clock, timeout)` watches every input event of the application and, when `timeout` has passed
without any, emits `idle`; the screen then returns to its start page. It reads time from the injected clock, so tests
move a `FixedClock` forward and call `check()`: nothing sleeps.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeySequence, QMouseEvent, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from parcours_app.core.clock import Clock, ElapsedClock
from parcours_app.core.directory import PlaceRepository, localized_place, maison_of, read_directory_file
from parcours_app.core.errors import InputError, ParcoursError
from parcours_app.core.model import Place
from parcours_app.core.samples import SampleFamily, load_sample_families
from parcours_app.core.staff_pin import MAX_DIGITS, check_pin_format, wrong_pin_delay_ms
from parcours_app.resources import resource_path
from parcours_app.ui import kiosk
from parcours_app.ui.directory_page import DirectoryDialogs, PlaceCard
from parcours_app.ui.i18n import RetranslateMixin, current_language
from parcours_app.ui.resources_page import qt_translate
from parcours_app.ui.widgets.form_row import set_control_text
from parcours_app.ui.widgets.vertical_scroll import VerticalScrollArea, scroll_whole_page

LARGE = 1.25
"""Text scale of the reception screens, on top of the app's own 150 % text in reception mode (ui/app.py): read
standing, from a distance."""

DEFAULT_IDLE_TIMEOUT = dt.timedelta(minutes=3)

_INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.KeyRelease,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TouchEnd,
        QEvent.Type.TabletPress,
        QEvent.Type.InputMethod,
    }
)


def example_directory_path() -> Path:
    """The clearly fictional example directory shipped for demonstrations (resources/samples)."""
    return resource_path("samples", "annuaire-exemple.json")


def _label(text: str = "", *, bold: bool = False, scale: float = LARGE) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignTop)
    label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    _scale_font(label, scale, bold)
    return label


def _scale_font(widget: QWidget, scale: float, bold: bool = False) -> None:
    font = QFont(widget.font())
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(bold)
    widget.setFont(font)


class IdleResetWatcher(QObject):
    """Emits `idle` once `timeout` has passed without a key, mouse or touch event anywhere in the application."""

    idle = Signal()

    def __init__(
        self,
        clock: Clock,
        timeout: dt.timedelta = DEFAULT_IDLE_TIMEOUT,
        parent: QObject | None = None,
        check_interval_ms: int = 5000,
    ) -> None:
        super().__init__(parent)
        if timeout <= dt.timedelta(0):
            raise ValueError("the idle timeout must be positive")
        self.clock = clock
        self.timeout = timeout
        self.last_input: dt.datetime = clock.now()
        self.timer = QTimer(self)
        self.timer.setInterval(check_interval_ms)
        self.timer.timeout.connect(self.check)
        self._installed = False

    def start(self) -> None:
        application = QApplication.instance()
        if application is not None and not self._installed:
            application.installEventFilter(self)
            self._installed = True
        self.last_input = self.clock.now()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()
        application = QApplication.instance()
        if application is not None and self._installed:
            application.removeEventFilter(self)
            self._installed = False

    @property
    def active(self) -> bool:
        return self.timer.isActive()

    def note_activity(self) -> None:
        self.last_input = self.clock.now()

    def check(self) -> bool:
        """Emit `idle` if the timeout has passed since the last input. True when it fired."""
        if self.clock.now() - self.last_input < self.timeout:
            return False
        self.last_input = self.clock.now()  # fire once per quiet period, not on every tick after it
        self.idle.emit()
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() in _INPUT_EVENTS:
            self.note_activity()
        return False  # only watching: every event goes on to its widget


class SessionPinDialog(QDialog):
    """When no staff code was stored on this computer (Fichier → Poste professionnel…), the staff who start the
    reception choose one for this session, typed twice, before the welcome screen can be used. The app keeps only
    its hash, in memory (core/staff_pin.py `session_pin_check`). Cancelling quits the reception mode.
    Tests patch `ask`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("session-pin-dialog")
        self.setWindowTitle(self.tr("Code du personnel pour cette session"))
        intro = QLabel(
            self.tr(
                "Aucun code du personnel n'est enregistré sur ce poste : choisissez-en un pour cette session "
                "(4 à 8 chiffres). Il n'est gardé qu'en mémoire."
            ),
            self,
        )
        intro.setObjectName("session-pin-intro")
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setWordWrap(True)
        self.field = QLineEdit(self)
        self.field.setObjectName("session-pin")
        self.again = QLineEdit(self)
        self.again.setObjectName("session-pin-again")
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        for text, accessible, widget in (
            (self.tr("&Code (4 à 8 chiffres) :"), self.tr("Code du personnel pour cette session"), self.field),
            (self.tr("Con&firmer le code :"), self.tr("Confirmer le code du personnel"), self.again),
        ):
            widget.setEchoMode(QLineEdit.EchoMode.Password)
            widget.setMaxLength(MAX_DIGITS)
            widget.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly | Qt.InputMethodHint.ImhSensitiveData)
            widget.setAccessibleName(accessible)
            label = QLabel(text, self)
            label.setBuddy(widget)
            layout.addWidget(label)
            layout.addWidget(widget)
        self.message = QLabel(self)
        self.message.setObjectName("session-pin-message")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, parent=self
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Démarrer l'accueil"))
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setText(self.tr("Quitter"))
        self.buttons.accepted.connect(self.try_accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.pin: str | None = None
        self.field.setFocus()

    def try_accept(self) -> None:
        pin, again = self.field.text(), self.again.text()
        self.field.clear()
        self.again.clear()
        self.field.setFocus()
        if pin != again:
            self.message.setText(self.tr("Les deux codes ne sont pas identiques. Tapez-les à nouveau."))
            self.adjustSize()
            return
        try:
            check_pin_format(pin)
        except InputError as error:
            self.message.setText(error.render(qt_translate))
            self.adjustSize()
            return
        self.pin = pin
        self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None) -> str | None:
        """The code the staff chose, or None when they cancelled (the reception mode then quits)."""
        dialog = cls(parent)
        try:
            return dialog.pin if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.pin = None
            dialog.deleteLater()


class StaffPinDialog(QDialog):
    """The staff code before a staff action. A wrong code is refused, and the next try waits (2 s, 4 s, 8 s...)."""

    def __init__(self, check: Callable[[str], bool], purpose: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("staff-pin-dialog")
        self._check = check
        self.failures = 0
        self.setWindowTitle(self.tr("Réservé au personnel"))
        self.purpose = QLabel(purpose, self)
        self.purpose.setTextFormat(Qt.TextFormat.PlainText)
        self.purpose.setWordWrap(True)
        self.field = QLineEdit(self)
        self.field.setObjectName("staff-pin")
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.field.setMaxLength(8)
        self.field.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly | Qt.InputMethodHint.ImhSensitiveData)
        self.field.setAccessibleName(self.tr("Code du personnel"))
        label = QLabel(self.tr("&Code du personnel :"), self)
        label.setBuddy(self.field)
        self.message = QLabel(self)
        self.message.setObjectName("staff-pin-message")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, parent=self
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self.try_pin)
        self.buttons.rejected.connect(self.reject)
        self.retry_timer = QTimer(self)
        self.retry_timer.setSingleShot(True)
        self.retry_timer.timeout.connect(self._allow_retry)
        layout = QVBoxLayout(self)
        layout.addWidget(self.purpose)
        layout.addWidget(label)
        layout.addWidget(self.field)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    def try_pin(self) -> None:
        if not self.field.isEnabled():
            return
        pin = self.field.text()
        self.field.clear()
        if self._check(pin):
            self.accept()
            return
        self.failures += 1
        delay = wrong_pin_delay_ms(self.failures)
        self.field.setEnabled(False)
        self.ok_button.setEnabled(False)
        self.message.setText(
            self.tr("Code incorrect. Nouvel essai possible dans %1 s.").replace("%1", str(max(1, delay // 1000)))
        )
        self.adjustSize()  # the message's lines push the buttons down: keep them whole
        self.retry_timer.start(delay)

    def _allow_retry(self) -> None:
        self.field.setEnabled(True)
        self.ok_button.setEnabled(True)
        self.message.setText(self.tr("Entrez le code du personnel."))
        self.field.setFocus()

    @classmethod
    def ask(cls, parent: QWidget | None, check: Callable[[str], bool], purpose: str) -> bool:
        dialog = cls(check, purpose, parent)
        try:
            return dialog.exec() == QDialog.DialogCode.Accepted
        finally:
            dialog.deleteLater()


class SampleFamilyCard(QFrame):
    """One fictional family: its label, what it shows, and a button to explore it (the whole card is clickable,
    for touch screens; the button is what the keyboard reaches)."""

    chosen = Signal(object)  # SampleFamily

    def __init__(self, sample: SampleFamily, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sample = sample
        self.setObjectName(f"sample-{sample.id}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        layout = QVBoxLayout(self)
        self.title = _label(bold=True, scale=LARGE)
        self.description = _label(scale=LARGE * 0.85)
        layout.addWidget(self.title)
        layout.addWidget(self.description)
        self.button = QPushButton(self)
        _scale_font(self.button, LARGE * 0.85)
        self.button.clicked.connect(lambda: self.chosen.emit(self.sample))
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignLeading)
        self.retranslate_ui()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        event.accept()  # so the release comes back to the card

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(event.position().toPoint()):
            self.chosen.emit(self.sample)
        super().mouseReleaseEvent(event)

    def retranslate_ui(self) -> None:
        title = self.sample.label.render(qt_translate)
        description = self.sample.description.render(qt_translate)
        self.title.setText(title)
        self.description.setText(description)
        self.setAccessibleName(title)
        set_control_text(
            self.button, self.tr("Explorer ce parcours"), self.tr("Explorer le parcours : %1").replace("%1", title)
        )
        self.button.setAccessibleDescription(description)


SampleFamilyButton = SampleFamilyCard  # the name the app-shell tests first used


class ReceptionStartScreen(RetranslateMixin, QWidget):
    """The waiting-room screen: the Maison's name first, its services and the resources, then the sample families
    as large cards, and a privacy line."""

    family_chosen = Signal(object)  # SampleFamily
    maison_requested = Signal()
    resources_requested = Signal()

    def __init__(self, samples: tuple[SampleFamily, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reception-start")
        self.maison_name = ""
        content = QWidget()
        content.setObjectName("reception-start-content")
        # Large text on a small screen is taller than the window: the families scroll, nothing is cut off.
        self.scroll_area = scroll_whole_page(self, content)
        layout = QVBoxLayout(content)
        layout.setSpacing(14)
        self.title = _label(bold=True, scale=LARGE * 1.6)
        self.title.setObjectName("reception-maison-name")
        self.title.setProperty("role", "h1")
        self.subtitle = _label(scale=LARGE)
        self.privacy = _label(scale=LARGE * 0.8)
        self.privacy.setObjectName("reception-privacy")
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addWidget(self.privacy)
        actions = QHBoxLayout()
        self.maison_button = QPushButton(content)
        self.maison_button.setObjectName("reception-maison-button")
        self.resources_button = QPushButton(content)
        self.resources_button.setObjectName("reception-resources-button")
        for button in (self.maison_button, self.resources_button):
            _scale_font(button, LARGE * 1.1, bold=True)
            button.setMinimumHeight(88)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
            actions.addWidget(button)
        layout.addLayout(actions)
        self.families_label = _label(bold=True, scale=LARGE * 1.1)
        layout.addWidget(self.families_label)
        self.grid = QGridLayout()
        self.grid.setSpacing(12)
        layout.addLayout(self.grid)
        layout.addStretch(1)
        self._content = content
        self.family_buttons: list[SampleFamilyCard] = []
        self.maison_button.clicked.connect(self.maison_requested)
        self.resources_button.clicked.connect(self.resources_requested)
        self.set_samples(samples)
        self.retranslate_ui()

    def set_samples(self, samples: tuple[SampleFamily, ...]) -> None:
        for button in self.family_buttons:
            self.grid.removeWidget(button)
            button.deleteLater()
        self.family_buttons = []
        for index, sample in enumerate(samples):
            button = SampleFamilyCard(sample, self._content)
            button.chosen.connect(self.family_chosen)
            self.grid.addWidget(button, index // 2, index % 2)
            self.family_buttons.append(button)

    def set_maison_name(self, name: str) -> None:
        self.maison_name = name
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.scroll_area.setAccessibleName(self.tr("Accueil du mode Maison"))
        self.title.setText(self.maison_name or self.tr("Maison des 1000 premiers jours"))
        self.subtitle.setText(
            self.tr(
                "Bienvenue ! En attendant votre rendez-vous, découvrez le calendrier des 1000 premiers jours : "
                "examens, démarches, congés, vaccins, aides."
            )
        )
        set_control_text(
            self.maison_button, self.tr("Notre Maison et ses services"), self.tr("Découvrir la Maison et ses services")
        )
        set_control_text(
            self.resources_button, self.tr("Ressources par étape"), self.tr("Ressources par étape et par thème")
        )
        self.families_label.setText(self.tr("Explorer le parcours d'une famille exemple (fictive) :"))
        self.privacy.setText(
            self.tr(
                "Écran partagé : rien de ce que vous touchez ou saisissez n'est gardé. Il revient à l'accueil "
                "après quelques minutes sans utilisation."
            )
        )
        for button in self.family_buttons:
            button.retranslate_ui()


class MaisonPage(RetranslateMixin, QWidget):
    """The Maison's own page, from the directory, in large text."""

    def __init__(self, store: PlaceRepository, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reception-maison")
        self._store = store
        layout = QVBoxLayout(self)
        self.scroll_area = VerticalScrollArea(None, self)  # the card is set by reload()
        layout.addWidget(self.scroll_area)
        self.card: PlaceCard | None = None
        self.empty_label: QLabel | None = None
        self.retranslate_ui()

    def set_store(self, store: PlaceRepository) -> None:
        self._store = store
        self.reload()

    def reload(self) -> None:
        try:
            maison = maison_of(self._store.places())
            problem = ""
        except ParcoursError as error:  # shown on the page: a reception screen never crashes
            maison, problem = None, error.render(qt_translate)
        host = QWidget()
        host_layout = QVBoxLayout(host)
        host_layout.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.card = None
        self.empty_label = None
        if maison is not None:
            self.card = PlaceCard(maison, host, scale=LARGE)
            host_layout.addWidget(self.card)
        else:
            self.empty_label = _label(
                problem
                or self.tr(
                    "La Maison n'est pas encore dans l'annuaire. Le personnel peut l'ajouter (Annuaire, vue du "
                    "personnel) ou importer le fichier de la Maison."
                )
            )
            host_layout.addWidget(self.empty_label)
        self.scroll_area.setWidget(host)  # the scroll area deletes the previous host

    def retranslate_ui(self) -> None:
        # The card retranslates itself; only the page's own texts change here (no store read in an event).
        self.scroll_area.setAccessibleName(self.tr("Notre Maison et ses services"))
        if self.card is None and self.empty_label is None:
            self.reload()


LANGUAGE_CHOICES = (("fr", "Français"), ("en", "English"), ("ar", "العربية"))
"""The languages a visitor picks with one tap, each written in its own language (never translated)."""


class ReceptionScreen(RetranslateMixin, QWidget):
    """The whole reception mode: a top bar (Accueil, languages) over the start page and the pages it opens, and a
    discreet staff corner at the bottom."""

    family_chosen = Signal(object)  # core.model.Family of a sample family
    resources_requested = Signal()
    reset_requested = Signal()  # back at the start: forget anything a visitor did
    leave_requested = Signal()  # the staff confirmed leaving the reception mode
    language_requested = Signal(str)  # a visitor tapped a language

    def __init__(
        self,
        store: PlaceRepository,
        clock: Clock,
        idle_timeout: dt.timedelta = DEFAULT_IDLE_TIMEOUT,
        parent: QWidget | None = None,
        samples_path: Path | None = None,
        *,
        idle_clock: Clock | None = None,
        check_pin: Callable[[str], bool],
        check_interval_ms: int = 5000,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("reception-screen")
        self.clock = clock
        self._samples_path = samples_path
        self._store = store
        self._maison: Place | None = None
        self._check_pin = check_pin  # the stored staff code, or the one chosen for this session: never none
        self.directory_source = ""
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.home_button = QPushButton(self)
        self.home_button.setObjectName("reception-home")
        _scale_font(self.home_button, LARGE, bold=True)
        self.home_button.setMinimumHeight(56)
        self.home_button.clicked.connect(self.go_home)
        bar.addWidget(self.home_button)
        bar.addStretch(1)
        self.language_buttons: dict[str, QPushButton] = {}
        for code, name in LANGUAGE_CHOICES:
            button = QPushButton(name, self)
            button.setObjectName(f"reception-language-{code}")
            button.setCheckable(True)
            button.setMinimumHeight(56)
            _scale_font(button, LARGE)
            button.setAccessibleName(name)
            button.clicked.connect(lambda _checked=False, code=code: self.choose_language(code))
            bar.addWidget(button)
            self.language_buttons[code] = button
        layout.addLayout(bar)

        self.stack = QStackedWidget(self)
        layout.addWidget(self.stack, 1)
        self.start = ReceptionStartScreen(self._samples(), self)
        self.maison = MaisonPage(store, self)
        self.stack.addWidget(self.start)
        self.stack.addWidget(self.maison)
        self.start.family_chosen.connect(self._family_chosen)
        self.start.maison_requested.connect(self.show_maison)
        self.start.resources_requested.connect(self.resources_requested)

        # the staff corner: small, flat, at the bottom; every action behind the staff code
        staff = QHBoxLayout()
        self.directory_status = QLabel(self)
        self.directory_status.setObjectName("reception-directory-status")
        self.directory_status.setTextFormat(Qt.TextFormat.PlainText)
        _scale_font(self.directory_status, 0.85)
        staff.addWidget(self.directory_status, 1)
        self.load_directory_button = QPushButton(self)
        self.load_directory_button.setObjectName("reception-staff-directory")
        self.load_directory_button.setFlat(True)
        self.load_directory_button.clicked.connect(self.ask_directory_file)
        self.staff_button = QPushButton(self)
        self.staff_button.setObjectName("reception-staff-exit")
        self.staff_button.setFlat(True)
        self.staff_button.clicked.connect(self.ask_to_leave)
        for button in (self.load_directory_button, self.staff_button):
            _scale_font(button, 0.85)
            staff.addWidget(button, 0, Qt.AlignmentFlag.AlignTrailing)
        layout.addLayout(staff)

        self.leave_shortcut = QShortcut(QKeySequence("Ctrl+Shift+Q"), self)
        self.leave_shortcut.activated.connect(self.ask_to_leave)

        # real elapsed time, whatever the demo date: a frozen --today must not stop the reset (issue 17)
        self.watcher = IdleResetWatcher(
            idle_clock or ElapsedClock(), idle_timeout, self, check_interval_ms=check_interval_ms
        )
        self.watcher.idle.connect(self._idle)
        self.retranslate_ui()
        self._update_home_button()
        self._update_maison_name()
        self.stack.currentChanged.connect(self._update_home_button)

    def _samples(self) -> tuple[SampleFamily, ...]:
        return load_sample_families(self.clock.today(), self._samples_path, qt_translate)

    # --- languages ------------------------------------------------------------------------------------

    def choose_language(self, code: str) -> None:
        self.language_requested.emit(code)
        self.show_language(code)

    def show_language(self, code: str) -> None:
        for button_code, button in self.language_buttons.items():
            button.setChecked(button_code == code)

    # --- the Maison's directory ---------------------------------------------------------------------------

    @property
    def store(self) -> PlaceRepository:
        return self._store

    def set_store(self, store: PlaceRepository) -> None:
        """Use another store (the main window swaps in a fresh in-memory store after each visitor)."""
        self._store = store
        self.maison.set_store(store)
        self._update_maison_name()

    def _update_maison_name(self) -> None:
        try:
            self._maison = maison_of(self._store.places())
        except ParcoursError:
            self._maison = None
        self._show_maison_name()

    def _show_maison_name(self) -> None:
        """The Maison's name in the visitor's language when its directory has it (else French); no store read."""
        maison = self._maison
        self.start.set_maison_name(localized_place(maison, current_language()).name if maison is not None else "")

    def use_places(self, places: list[Place], source: str) -> None:
        """The Maison's directory for this session (kept in memory only), with where it came from."""
        self._store.replace_places(places)
        self.directory_source = source
        self.maison.reload()
        self._update_maison_name()
        self._update_directory_status()

    def load_directory_file(self, path: Path, *, confirm: bool = False) -> bool:
        """Put a Maison's exported directory (JSON) into the in-memory store. A bad file changes nothing."""
        try:
            places = read_directory_file(path)
            self.use_places(places, path.name)
        except ParcoursError as error:
            DirectoryDialogs.show_error(
                self,
                self.tr("L'annuaire n'a pas été chargé.\n\n%1").replace("%1", error.render(qt_translate)),
            )
            return False
        if confirm:
            DirectoryDialogs.show_info(
                self,
                self.tr(
                    "Annuaire chargé : %n lieu(x), depuis %1. Il est gardé en mémoire pour cette session.",
                    "",
                    len(places),
                ).replace("%1", path.name),
            )
        return True

    def ask_directory_file(self) -> bool:
        """Staff action: load the Maison's directory file for this session (kept in memory only)."""
        if not self.staff_allowed(self.tr("Charger l'annuaire de la Maison depuis un fichier.")):
            return False
        with kiosk.staff_unlocked():
            path = DirectoryDialogs.ask_import_path(self)
        return self.load_directory_file(path, confirm=True) if path is not None else False

    def seed_example_directory(self) -> bool:
        """With an empty directory, show the clearly fictional example Maison rather than an empty page."""
        try:
            if self._store.places():
                return False
        except ParcoursError:
            return False
        loaded = self.load_directory_file(example_directory_path())
        if loaded:
            self.directory_source = ""
            self._update_directory_status()
        return loaded

    def _update_directory_status(self) -> None:
        self.directory_status.setText(
            self.tr("Annuaire : %1").replace("%1", self.directory_source)
            if self.directory_source
            else self.tr("Annuaire d'exemple (fictif)")
        )

    # --- staff --------------------------------------------------------------------------------------------

    def staff_allowed(self, purpose: str) -> bool:
        """Every staff action asks the staff code: the one stored on this computer, else the one chosen when the
        reception started (SessionPinDialog). There is no plain Oui/Non a visitor could tap."""
        return StaffPinDialog.ask(self, self._check_pin, purpose)

    # --- navigation ------------------------------------------------------------------------------------

    def start_watching(self) -> None:
        """Start the inactivity watch (the main window calls it once the screen is shown)."""
        self.watcher.start()

    def stop_watching(self) -> None:
        self.watcher.stop()

    def add_page(self, page: QWidget) -> None:
        if self.stack.indexOf(page) < 0:
            self.stack.addWidget(page)

    def show_page(self, page: QWidget) -> None:
        self.add_page(page)
        self.stack.setCurrentWidget(page)

    def show_maison(self) -> None:
        self.maison.reload()
        self.stack.setCurrentWidget(self.maison)

    def is_home(self) -> bool:
        return self.stack.currentWidget() is self.start

    def go_home(self) -> None:
        """Back to the start page, forgetting the visitor: samples re-dated for today, reset signal sent."""
        self.start.set_samples(self._samples())
        self.stack.setCurrentWidget(self.start)
        self.watcher.note_activity()
        self.reset_requested.emit()
        self.start.scroll_area.verticalScrollBar().setValue(0)

    def ask_to_leave(self) -> None:
        if self.staff_allowed(self.tr("Quitter le mode accueil. Rien de ce que les visiteurs ont saisi n'est gardé.")):
            self.stop_watching()
            self.leave_requested.emit()

    def _idle(self) -> None:
        # always: a dialog left open over the start page is closed too (the shell's reset closes every window)
        self.go_home()

    def _family_chosen(self, sample: SampleFamily) -> None:
        self.family_chosen.emit(sample.family)

    def _update_home_button(self) -> None:
        self.home_button.setEnabled(not self.is_home())

    def retranslate_ui(self) -> None:
        set_control_text(self.home_button, self.tr("⌂ Accueil"), self.tr("Retour à l'accueil"))
        self.load_directory_button.setText(self.tr("Personnel : annuaire"))
        self.load_directory_button.setAccessibleName(
            self.tr("Charger l'annuaire de la Maison depuis un fichier (réservé au personnel)")
        )
        self.load_directory_button.setToolTip(
            self.tr("Le fichier exporté depuis l'annuaire (vue du personnel). Gardé en mémoire seulement.")
        )
        set_control_text(
            self.staff_button, self.tr("Personnel : quitter"), self.tr("Quitter le mode accueil (réservé au personnel)")
        )
        self.staff_button.setToolTip(self.tr("Réservé au personnel (Ctrl+Maj+Q)"))
        self._update_directory_status()
        if hasattr(self, "start"):  # retranslate_ui also runs from the constructor, before the start page exists
            self._show_maison_name()
