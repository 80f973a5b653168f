"""Deterministic fictional demo data (FR and DE names, every office) for trying the app and for tests."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable

from ..domain import reference
from ..domain.avs import make_avs
from ..domain.dates import add_months
from ..domain.person import PersonInput
from ..storage.models import Case, CaseInstitution
from ..storage.store import Store
from ..storage.unit_of_work import UnitOfWork
from . import cases, demo_paths, reminders

FR_FIRST = ("François", "Valérie", "Jérôme", "Hélène", "Loïc", "Amélie", "Stéphane", "Noémie",
            "Cédric", "Léa", "Frédéric", "Maëlle", "Rémy", "Zoé", "Joël", "Chloé")
FR_LAST = ("Fournier", "Crettenand", "Délèze", "Rey", "Bonvin", "Métrailler", "Héritier",
           "Favre", "Zufferey", "Gaillard", "Pitteloud", "Théoduloz", "Coppey", "Sauthier")
DE_FIRST = ("Jürg", "Käthi", "Andreas", "Müriel", "Stefan", "Jörg", "Ursula", "Beat",
            "Sämi", "Franziska", "Lukas", "Bärbel", "Reto", "Nadja")
DE_LAST = ("Müller", "Imboden", "Zurbriggen", "Schmid", "Kämpfen", "Ruppen", "Jossen",
           "Bürgi", "Zenhäusern", "Imhof", "Heinzmann", "Lötscher", "Summermatter")
FR_COMMUNES = {"SION": ("Sion", "Savièse", "Conthey", "Nendaz"),
               "MONTHEY": ("Monthey", "Collombey-Muraz", "Troistorrents", "Saint-Maurice"),
               "MARTIGNY": ("Martigny", "Fully", "Saxon"), "SIERRE": ("Sierre", "Chippis", "Chalais")}
DE_COMMUNES = ("Brig-Glis", "Visp", "Naters", "Leuk", "Zermatt", "Steg-Hohtenn")
NOTES = {
    "fr": ("Premier entretien, situation financière difficile.",
           "Contact avec le CMS de la commune pour un entretien de réseau.",
           "Certificat médical reçu, capacité de travail 50 %.",
           "La personne souhaite une formation dans la logistique."),
    "de": ("Erstgespräch, schwierige finanzielle Lage.",
           "Kontakt mit dem SMZ der Gemeinde für ein Netzwerkgespräch.",
           "Arztzeugnis erhalten, Arbeitsfähigkeit 50 %.",
           "Die Person wünscht eine Ausbildung in der Logistik."),
}
REMINDERS = {"fr": ("Appeler le CMS", "Entretien de réseau", "Relancer le certificat médical"),
             "de": ("SMZ anrufen", "Netzwerkgespräch", "Arztzeugnis nachfragen")}
# The demo's counsellor: a name as a person would type it; the role is a code (ROLES), shown in
# the reader's language where the app shows it (the grid's assessor).
AUTHORS = {"fr": "Démo Conseil", "de": "Demo Beratung"}
AUTHOR_ROLE = "counsellor"
# What the announcing professional and the Bureau type: the goal, who decided (a person), the decision's reason.
TYPED = {"fr": ("Premier marché du travail", "Nathalie Bonvin", "Situation complexe"),
         "de": ("Erster Arbeitsmarkt", "Pia Zenklusen", "Komplexe Situation")}


def fill(store: Store, persons: int = 60, seed: int = 7, today: dt.date | None = None,
         progress: Callable[[int, int], None] | None = None, per_workstation: bool = False) -> int:
    """Add ``persons`` fictional persons with one or two cases each; return the number of cases.

    The same seed and day give the same data (references, names, dates, AVS numbers). With
    ``per_workstation`` (demo workstations of one sync network), the seed is combined with the
    workstation's id: each workstation has its own persons and case references, which must be
    unique across the network. Everything is one transaction: an exception from ``progress``
    (a cancel) leaves nothing behind.
    """
    from .profile import ensure_demo_profile

    ensure_demo_profile(store)  # the demo's user: its Bureau CII takes the decisions below
    rng = random.Random(f"{seed}|{store.workstation_id}" if per_workstation else seed)
    # the referral records: their own stream, the rest stays as it was
    path_rng = random.Random(f"{seed + 1}|{store.workstation_id}" if per_workstation else seed + 1)
    today = today or dt.date.today()
    offices = reference.codes(reference.OFFICES)
    statuses = reference.codes(reference.CASE_STATUSES)
    made = 0
    people: list[tuple[str, str, str]] = []  # (person id, language, office) for the showcase
    with store.unit_of_work() as uow:
        for index in range(persons):
            if progress is not None:
                progress(index, persons)
            office = offices[index % len(offices)]
            lang = "de" if office == "UPPER_VALAIS" else "fr"
            first = rng.choice(DE_FIRST if lang == "de" else FR_FIRST)
            last = rng.choice(DE_LAST if lang == "de" else FR_LAST)
            commune = rng.choice(DE_COMMUNES if lang == "de" else FR_COMMUNES[office])
            birth = dt.date(rng.randint(1962, 2005), rng.randint(1, 12), rng.randint(1, 28))
            ij_ac = rng.random() < 0.5
            person = cases.create_person(uow, PersonInput(
                first_name=first, last_name=last, birth_date=birth,
                avs_number=make_avs("".join(str(rng.randint(0, 9)) for _ in range(9))),
                language=lang, commune=commune,
                phone=f"027 {rng.randint(200, 999)} {rng.randint(10, 99)} {rng.randint(10, 99)}",
                email=f"demo{index}@example.invalid",
                receives_ij_ac=ij_ac,
                end_of_rights_on=add_months(today, rng.randint(1, 10)) if ij_ac else None,
                social_assistance=rng.random() < 0.35, young_adult=birth.year >= 2000,
                job_seeker_without_rights=not ij_ac and rng.random() < 0.3))
            uow.flush()
            people.append((person.id, lang, office))
            for _ in range(1 if rng.random() < 0.7 else 2):
                institution = "CMS" if rng.random() < 0.4 else "ORP"
                opened = today - dt.timedelta(days=rng.randint(5, 700))
                case = cases.create_case(uow, person.id, office, institution, AUTHORS[lang],
                                         summary=rng.choice(NOTES[lang]), opened_on=opened,
                                         rng=rng)
                uow.flush()
                status = rng.choice(statuses)
                if status != "detected":
                    cases.change_status(uow, case.id, status, AUTHORS[lang],
                                        on=min(today, opened + dt.timedelta(days=30)))
                # Consented cases can be shared with the partners (sync gate).
                case.sharing_basis = "consent" if rng.random() < 0.6 else "none"
                partner = "CMS" if institution == "ORP" else "ORP"
                uow.add(CaseInstitution(
                    case_id=case.id, institution_id=reference.reference_id("institution", partner),
                    role="partner", contact_name=f"{rng.choice(FR_FIRST + DE_FIRST)} "
                                                 f"{rng.choice(FR_LAST + DE_LAST)}"))
                if case.sharing_basis == "consent" and status != "detected":
                    _referral_path(uow, case.id, status, institution, partner, AUTHORS[lang],
                                   min(today, opened + dt.timedelta(days=20)), path_rng, today)
                for note in rng.sample(NOTES[lang], 2):
                    cases.add_journal_entry(uow, case.id, note, AUTHORS[lang])
                if status != "closed":
                    due, pick = today + dt.timedelta(days=rng.randint(-10, 40)), rng.randrange(len(REMINDERS[lang]))
                    if pick == 1:  # a network meeting to plan: the app's own reminder, worded per reader
                        reminders.add(uow, case.id, due, "network_meeting", source="manual")
                    else:  # what a person typed, in their language
                        cases.add_reminder(uow, case.id, due, REMINDERS[lang][pick])
                made += 1
        made += demo_paths.showcase(uow, people, today,  # every path of the procedure, FR and DE
                                    f"-{store.workstation_id}" if per_workstation else "")
    return made


def _referral_path(uow: UnitOfWork, case_id: str, status: str, institution: str, partner: str, author: str,
                   on: dt.date, rng: random.Random, today: dt.date) -> None:
    """A grid and a signed procuration; an announcement and the Bureau's decision as the status says."""
    from ..domain.grid import Rating
    from . import bureau, referral

    domains = rng.sample(DOMAINS, rng.randint(1, 5))
    ratings = {code: Rating(rng.randint(1, 3)) for code in domains}
    if status in ("announced", "in_handling"):  # only a "CII complexe" grid is announced to the Bureau
        severe = domains[:2] if len(domains) >= 2 else [domains[0], next(d for d in DOMAINS if d != domains[0])]
        ratings.update({code: Rating(3) for code in severe})
    referral.record_grid(uow, case_id, ratings, author, on, institution_code=institution, today=today,
                         assessor_role=AUTHOR_ROLE)
    referral.record_procuration(uow, case_id, sorted({institution, partner, "BUREAU"}), on, author, signed=True,
                                today=today)
    if status in ("announced", "in_handling"):
        case = uow.get(Case, case_id)
        lang = case.person.language if case is not None and case.person.language in TYPED else "fr"
        goal, decided_by, reason = TYPED[lang]  # typed by people, in the case's language
        draft = bureau.draft(uow.session, case_id, lang)
        row = bureau.send(uow, case_id, bureau.AnnouncementDraft(
            draft.problems, draft.institutions_involved, "", goal, ""), author, institution, on)
        if status == "in_handling":
            bureau.decide(uow, row.id, "accepted", decided_by, handling=rng.choice(HANDLINGS),
                          reason=reason, on=on, today=today)


DOMAINS = ("health", "mental_health", "addiction", "family", "housing", "finances", "training", "language",
           "administrative", "behaviour", "employability", "insurances")
HANDLINGS = ("assessment", "round_table", "tandem")
