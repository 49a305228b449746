"""A sample family whose journey is written out by hand, so the export tests do not depend on the engine.

The family: Léa, born 10 March 2026 (no tracked pregnancy), and a pregnancy whose DDG (start of pregnancy, fixed
by the first-trimester scan) is 1 September 2026. Today is 22 November 2026. Every date below is worked by hand
from design.md section 4 and the sources cited next to it (reference/rules-fr.md):

- DDR = DDG - 14 days = 18 August 2026; DPA = DDG + 9 months = 1 June 2027 (design.md §4, inputs).
- Prenatal exam 1: DDG .. DDG + 3 months - 1 day = 1 Sep .. 30 Nov 2026 (CSP R2122-1).
- Déclaration de grossesse: last day DDG + 97 days: Sep 1 + 29 = Sep 30, + 31 = Oct 31, + 30 = Nov 30, + 7 = 7 Dec 2026
  (service-public F963: before the end of the 14th week).
- Entretien prénatal précoce: from DDG + 3 months = 1 Dec 2026 (CSP L2122-1, ameli "à partir du 4e mois"),
  until the DPA.
- 2nd ultrasound 20 SA + 0 .. 24 SA + 6 from the DDR: 18 Aug + 140 days = 5 Jan 2027, + 174 days = 8 Feb 2027; target
  22 SA = + 154 days = 19 Jan 2027 (ameli programme de suivi).
- 100 % coverage: DDG + 5 months = 1 Feb 2027 .. birth + 12 days = 13 Jun 2027 (service-public F164).
- Maternity leave, 2nd child (6 + 10 weeks): DPA - 42 days = 20 Apr 2027 .. DPA + 70 - 1 = 9 Aug 2027
  (C. trav. L1225-17).
- Paternity notice: DPA - 1 month = 1 May 2027 (C. trav. L1225-35).
- Léa, exam of the 9th month: month 9 of life = birth + 8 months .. birth + 9 months - 1 = 10 Nov .. 9 Dec 2026
  (CSP R2132-1).
- Léa, vaccines at 11 months (month 12 of life): 10 Feb .. 9 Mar 2027; MMR at 12 months: 10 Mar .. 9 Apr 2027
  (calendrier vaccinal 2025).
- Léa, school: September of the calendar year of her 3rd birthday (2029): 1 Sep 2029 (Code de l'éducation L131-1).
"""

from __future__ import annotations

import datetime as dt

from parcours_app.core.model import (
    Appointment,
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

TODAY = dt.date(2026, 11, 22)
CHECKED = dt.date(2026, 11, 22)
AMELI = Source("ameli : le suivi de grossesse", "https://www.ameli.fr/assure/sante/devenir-parent/grossesse", CHECKED)
SERVICE_PUBLIC = Source("service-public.fr F963", "https://www.service-public.fr/particuliers/vosdroits/F963", CHECKED)
TRAVAIL = Source(
    "Code du travail L1225-17", "https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000006900942", CHECKED
)
SANTE_ENFANT = Source("service-public.fr F967", "https://www.service-public.fr/particuliers/vosdroits/F967", CHECKED)
VACCINS = Source("Calendrier des vaccinations 2025", "https://sante.gouv.fr/calendrier-vaccinal", CHECKED)

FAMILY = Family(
    pregnancies=(Pregnancy(key="", conception=dt.date(2026, 9, 1), children_before=1),),
    children=(Child(key="", birth=dt.date(2026, 3, 10), name="Léa"),),
    parent1_name="Camille",
    parent2_name="Sacha",
)


def _event(
    event_id: str,
    category: Category,
    start: dt.date,
    end: dt.date,
    title: str,
    explanation: str,
    source: Source,
    *,
    mandatory: bool = True,
    concerns: Concern = Concern.PARENTS,
    subject_name: str = "",
    target: dt.date | None = None,
    whom: str | None = None,
) -> Event:
    return Event(
        id=event_id,
        rule_id=event_id,
        category=category,
        start=start,
        end=end,
        title=Text("Rules", title),
        explanation=Text("Rules", explanation),
        mandatory=mandatory,
        estimated=category in (Category.LEAVE,),
        source=source,
        concerns=concerns,
        subject_key="",
        subject_name=subject_name,
        anchor=DateKind.DDG,
        target=target,
        whom=Text("Rules", whom) if whom else None,
    )


def sample_events(due: dt.date = dt.date(2027, 6, 1)) -> tuple[Event, ...]:
    """The events of the sample family; `due` moves only the events computed from the DPA (for the UID test)."""
    ddg = dt.date(2026, 9, 1)
    leave_start = due - dt.timedelta(days=42)
    leave_end = due + dt.timedelta(days=70 - 1)
    events = [
        _event(
            "pregnancy.exam.1",
            Category.PREGNANCY,
            ddg,
            dt.date(2026, 11, 30),
            "1er examen prénatal",
            "Le premier des 7 examens prénataux obligatoires, avant la fin du 3e mois de grossesse.",
            AMELI,
            whom="Sage-femme, médecin généraliste ou gynécologue",
        ),
        _event(
            "pregnancy.declaration",
            Category.ADMIN,
            ddg,
            dt.date(2026, 12, 7),
            "Déclaration de grossesse",
            "Envoyer la déclaration à la CAF et à l’Assurance Maladie : soins remboursés à 100 %, prime de naissance.",
            SERVICE_PUBLIC,
        ),
        _event(
            "pregnancy.epp",
            Category.PREGNANCY,
            dt.date(2026, 12, 1),
            due,
            "Entretien prénatal précoce",
            "Un temps d’échange avec une sage-femme ou un médecin sur vos besoins et vos projets.",
            AMELI,
        ),
        _event(
            "pregnancy.ultrasound.2",
            Category.PREGNANCY,
            dt.date(2027, 1, 5),
            dt.date(2027, 2, 8),
            "2e échographie",
            "L’échographie morphologique du 2e trimestre, vers 22 SA.",
            AMELI,
            mandatory=False,
            target=dt.date(2027, 1, 19),
        ),
        _event(
            "pregnancy.coverage",
            Category.PREGNANCY,
            dt.date(2027, 2, 1),
            due + dt.timedelta(days=12),
            "Prise en charge à 100 %",
            "Tous les soins remboursables sont pris en charge à 100 % jusqu’au 12e jour après la naissance.",
            AMELI,
            mandatory=False,
        ),
        _event(
            "leave.maternity",
            Category.LEAVE,
            leave_start,
            leave_end,
            "Congé de maternité",
            "6 semaines avant la naissance et 10 semaines après (2e enfant).",
            TRAVAIL,
            concerns=Concern.MOTHER,
        ),
        _event(
            "leave.paternity.notice",
            Category.ADMIN,
            due - dt.timedelta(days=31),
            due - dt.timedelta(days=31),
            "Prévenir l’employeur du congé de paternité",
            "Un mois avant la date prévue de la naissance.",
            TRAVAIL,
            concerns=Concern.SECOND_PARENT,
        ),
        _event(
            "child.exam.9m",
            Category.CHILD,
            dt.date(2026, 11, 10),
            dt.date(2026, 12, 9),
            "Examen du 9e mois et certificat de santé",
            "Examen obligatoire avec le 2e certificat de santé.",
            SANTE_ENFANT,
            concerns=Concern.CHILD,
            subject_name="Léa",
        ),
        _event(
            "child.vaccine.11m",
            Category.VACCINE,
            dt.date(2027, 2, 10),
            dt.date(2027, 3, 9),
            "Vaccins de rappel des 11 mois",
            "Rappels hexavalent et pneumocoque.",
            VACCINS,
            concerns=Concern.CHILD,
            subject_name="Léa",
        ),
        _event(
            "child.vaccine.12m",
            Category.VACCINE,
            dt.date(2027, 3, 10),
            dt.date(2027, 4, 9),
            "Vaccins des 12 mois (ROR, méningocoques)",
            "ROR, méningocoques ACWY et B.",
            VACCINS,
            concerns=Concern.CHILD,
            subject_name="Léa",
        ),
        _event(
            "child.school",
            Category.MILESTONE,
            dt.date(2029, 9, 1),
            dt.date(2029, 9, 1),
            "Rentrée à l’école",
            "L’instruction est obligatoire dès la rentrée de l’année des 3 ans.",
            SANTE_ENFANT,
            concerns=Concern.CHILD,
            subject_name="Léa",
        ),
    ]
    return tuple(sorted(events, key=lambda event: (event.start, event.end, event.id)))


def sample_journey(due: dt.date = dt.date(2027, 6, 1)) -> Journey:
    family = FAMILY
    if due != dt.date(2027, 6, 1):
        family = Family(
            pregnancies=(Pregnancy(key="", conception=dt.date(2026, 9, 1), due=due, children_before=1),),
            children=FAMILY.children,
            parent1_name=FAMILY.parent1_name,
            parent2_name=FAMILY.parent2_name,
        )
    dates = {
        "": PregnancyDates(
            ddr=dt.date(2026, 8, 18),
            conception=dt.date(2026, 9, 1),
            due=due,
            birth=None,
            due_given=due != dt.date(2027, 6, 1),
        )
    }
    return Journey(family=family, today=TODAY, dates=dates, events=sample_events(due), rules_version="2026-11-22")


# A booked appointment for the EPP: Thursday 14 January 2027 at 10:30, Paris time (winter: UTC+1, so 09:30 UTC).
EPP_APPOINTMENT = Appointment(
    id=7,
    starts_at=dt.datetime(2027, 1, 14, 10, 30),
    title="Entretien prénatal, Mme Martin",
    event_id="pregnancy.epp",
    place="PMI de Belleville, 12 rue de la Fontaine",
    duration_minutes=45,
)
# Summer time: 3 May 2027 at 15:00 in Paris is 13:00 UTC (CEST, UTC+2, from the last Sunday of March).
SUMMER_APPOINTMENT = Appointment(id=8, starts_at=dt.datetime(2027, 5, 3, 15, 0), title="Cours de préparation")
