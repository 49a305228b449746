"""Hand-built journeys for the journey-page tests (no test here; the other test_journey_* files import it).

The page only displays what the engine computed, so these tests feed it journeys written by hand, with dates
worked from the rules of design.md section 4 (sources: CSP R2122-1 for the monthly prenatal exams; service-public
F963 for the déclaration, "avant la fin des 14 semaines" = DDG + 97 days; ameli "programme de suivi" for the
ultrasound around 22 SA; C. trav. L1225-17 for 6 + 10 weeks of maternity leave; arrêté du 26/02/2019 as amended
in 2025 for the child exam "dans les 8 jours"). The real engine is exercised in test_journey_engine.py.

Family A: the midwife gave the due date (DPA) 15 December 2026, so DDG = DPA - 9 months = 15 March 2026 and
DDR = DDG - 14 days = 1 March 2026.
  - déclaration de grossesse: DDG .. DDG + 97 days = 15 March .. 20 June 2026 (16 days left in March, +30, +31,
    +20 = 97)
  - examen prénatal du 4e mois: [DDG + 3 months, DDG + 4 months - 1 day] = 15 June .. 14 July 2026
  - examen prénatal du 5e mois: 15 July .. 14 August 2026
  - échographie du 2e trimestre: 20 SA + 0 .. 24 SA + 6 = DDR + 140 .. DDR + 174 = 19 July .. 22 August 2026,
    ideally 22 SA = DDR + 154 = 2 August 2026
  - congé maternité: DPA - 6 weeks .. DPA + 10 weeks - 1 day = 3 November 2026 .. 22 February 2027
  - examen de l'enfant dans les 8 jours (estimated from the DPA): the 8 days after day 0 = 15 .. 23 December 2026
Family B: the first-trimester scan moves the due date one week later, to 22 December 2026 (DDG 22 March 2026):
  - examen prénatal du 5e mois: 22 July .. 21 August 2026
  - (every other window moves by the same week; only the ones the tests read are written out)
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator
from typing import Any

import pytest

from parcours_app.core.clock import FixedClock
from parcours_app.core.model import (
    Category,
    Child,
    Concern,
    DateKind,
    Event,
    Family,
    Journey,
    Pregnancy,
    PregnancyDates,
    Source,
)
from parcours_app.core.text import Text
from parcours_app.storage.sqlite_store import open_memory_store
from parcours_app.ui import family_controller
from parcours_app.ui.family_controller import FamilyController

TODAY = dt.date(2026, 7, 1)
CHECKED = dt.date(2026, 11, 22)
AMELI = Source("ameli.fr — Grossesse : le programme de suivi", "https://www.ameli.fr/assure/sante/grossesse", CHECKED)
SERVICE_PUBLIC = Source(
    "service-public.fr — Déclaration de grossesse", "https://www.service-public.fr/particuliers/vosdroits/F963", CHECKED
)

D = dt.date


def event(
    event_id: str,
    category: Category,
    start: dt.date,
    end: dt.date,
    title: str,
    *,
    mandatory: bool = True,
    estimated: bool = False,
    anchor: DateKind | None = DateKind.DPA,
    anchor_date: dt.date | None = None,
    **extra: Any,
) -> Event:
    return Event(
        id=event_id,
        rule_id=event_id.split(":")[-1],
        category=category,
        start=start,
        end=end,
        title=Text("Rules", title),
        explanation=Text("Rules", f"Explication : {title}."),
        mandatory=mandatory,
        estimated=estimated,
        source=extra.pop("source", AMELI),
        anchor=anchor,
        anchor_date=anchor_date,
        **extra,
    )


# Both families started using the app on 1 March 2026, before the déclaration's deadline (20 June): a step they
# let pass is "à rattraper", not a question about the past (issue 16).
def family_a() -> Family:
    return Family(pregnancies=(Pregnancy(due=D(2026, 12, 15)),), started_on=D(2026, 3, 1))


def family_b() -> Family:
    return Family(pregnancies=(Pregnancy(due=D(2026, 12, 22)),), started_on=D(2026, 3, 1))


def journey_a(family: Family | None = None) -> Journey:
    due = D(2026, 12, 15)
    events = (
        event(
            "pregnancy.declaration",
            Category.ADMIN,
            D(2026, 3, 15),
            D(2026, 6, 20),
            "Déclaration de grossesse",
            anchor_date=due,
            source=SERVICE_PUBLIC,
            whom=Text("Rules", "Votre médecin ou votre sage-femme"),
            to_bring=Text("Rules", "Votre carte Vitale"),
            advice=Text("Rules", "Faites-la avant la fin du 3e mois."),
            catch_up="until-birth",  # resources/rules/catch-up.toml: can be done late while the pregnancy runs
        ),
        event("pregnancy.exam.4", Category.PREGNANCY, D(2026, 6, 15), D(2026, 7, 14), "Examen prénatal du 4e mois"),
        event("pregnancy.exam.5", Category.PREGNANCY, D(2026, 7, 15), D(2026, 8, 14), "Examen prénatal du 5e mois"),
        event(
            "pregnancy.ultrasound.2",
            Category.PREGNANCY,
            D(2026, 7, 19),
            D(2026, 8, 22),
            "Échographie du 2e trimestre",
            mandatory=False,
            target=D(2026, 8, 2),
            anchor_date=due,
        ),
        event(
            "leave.maternity",
            Category.LEAVE,
            D(2026, 11, 3),
            D(2027, 2, 22),
            "Congé maternité",
            concerns=Concern.MOTHER,
            anchor_date=due,
        ),
        event(
            "child.exam.1",
            Category.CHILD,
            D(2026, 12, 15),
            D(2026, 12, 23),
            "Examen de l'enfant dans les 8 jours",
            estimated=True,
            concerns=Concern.CHILD,
            anchor_date=due,
        ),
    )
    return Journey(
        family=family or family_a(),
        today=TODAY,
        dates={"": PregnancyDates(D(2026, 3, 1), D(2026, 3, 15), due, None, due_given=True)},
        events=events,
    )


def journey_b(family: Family | None = None) -> Journey:
    due = D(2026, 12, 22)
    events = (
        event("pregnancy.declaration", Category.ADMIN, D(2026, 3, 22), D(2026, 6, 27), "Déclaration de grossesse"),
        event("pregnancy.exam.4", Category.PREGNANCY, D(2026, 6, 22), D(2026, 7, 21), "Examen prénatal du 4e mois"),
        event("pregnancy.exam.5", Category.PREGNANCY, D(2026, 7, 22), D(2026, 8, 21), "Examen prénatal du 5e mois"),
        event(
            "pregnancy.ultrasound.2",
            Category.PREGNANCY,
            D(2026, 7, 26),
            D(2026, 8, 29),
            "Échographie du 2e trimestre",
            mandatory=False,
        ),
        event("leave.maternity", Category.LEAVE, D(2026, 11, 10), D(2027, 3, 1), "Congé maternité"),
        event(
            "child.exam.1",
            Category.CHILD,
            D(2026, 12, 22),
            D(2026, 12, 30),
            "Examen de l'enfant dans les 8 jours",
            estimated=True,
            concerns=Concern.CHILD,
        ),
    )
    return Journey(
        family=family or family_b(),
        today=TODAY,
        dates={"": PregnancyDates(D(2026, 3, 8), D(2026, 3, 22), due, None, due_given=True)},
        events=events,
    )


def family_with_child_and_pregnancy() -> Family:
    """Léa, born 10 May 2024, at home; a second pregnancy due 15 December 2026."""
    return Family(
        pregnancies=(Pregnancy(due=D(2026, 12, 15)),),
        children=(Child(key="", birth=D(2024, 5, 10), name="Léa"),),
    )


def journey_two_subjects() -> Journey:
    """Family A's pregnancy plus Léa's exam of the 24th-25th month of life: [birth + 23 months, birth + 25 months - 1
    day] = 10 April .. 9 June 2026 (CSP R2132-1, 2025 calendar)."""
    base = journey_a(family_with_child_and_pregnancy())
    lea_exam = event(
        "child.exam.13",
        Category.CHILD,
        D(2026, 4, 10),
        D(2026, 6, 9),
        "Examen des 24 mois",
        concerns=Concern.CHILD,
        subject_name="Léa",
        anchor=DateKind.BIRTH,
        anchor_date=D(2024, 5, 10),
    )
    # The engine's keys (core.journey docstring): Léa already has the empty key, so the birth and baby events of
    # the pregnancy are keyed "pregnancy1"; the pregnancy's own rules keep the empty key.
    rekeyed = [
        item
        if item.rule_id.startswith("pregnancy.")
        else dataclasses.replace(item, id=f"pregnancy1:{item.id}", subject_key="pregnancy1")
        for item in base.events
    ]
    events = tuple(sorted((*rekeyed, lea_exam), key=lambda item: (item.start, item.end, item.id)))
    return Journey(family=base.family, today=TODAY, dates=base.dates, events=events)


def fake_engine(family: Family, catalog: object, today: dt.date) -> Journey:
    """Stands in for core.journey.build_journey in the UI tests only: returns the hand-built journey of a family."""
    del catalog, today
    if family.children:
        return journey_two_subjects()
    due = family.pregnancies[0].due
    return journey_b(family) if due == D(2026, 12, 22) else journey_a(family)


@pytest.fixture
def controller(monkeypatch: pytest.MonkeyPatch) -> Iterator[FamilyController]:
    """A real FamilyController over a real in-memory SQLite store, with hand-built journeys and a fixed clock."""
    monkeypatch.setattr(family_controller, "_build_journey", fake_engine)
    store = open_memory_store()
    the_controller = FamilyController(store, FixedClock(TODAY), catalog=object())
    the_controller.set_family(family_a())
    yield the_controller
    store.close()
