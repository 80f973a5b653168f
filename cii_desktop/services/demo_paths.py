"""The demo's showcase: for a French and a German speaking person, cases that walk every path of
the procedure (every record and document kind, handlings in every state, signed and unsigned
versions), in the person's language, so a new user sees the whole product and every form renders
from a demo case. Deterministic: the same day gives the same records."""

from __future__ import annotations

import datetime as dt
import random
import struct
import zlib
from collections.abc import Callable
from dataclasses import dataclass

from ..domain.contract import ContractContent, Measure, Objective
from ..domain.grid import Rating
from ..storage.models import Person
from ..storage.records import Document, Handling
from ..storage.unit_of_work import UnitOfWork
from . import assessment, bureau, case_events, cases, documents, meetings, referral, tandem


@dataclass(frozen=True)
class Words:
    """What the showcase writes, in the person's language (what a professional would type)."""

    author: str
    bureau: str
    lead_orp: str
    lead_cms: str
    doctor: str
    place: str
    summary: str
    problems: str
    goal: str
    reason: str
    suggestions: str
    situation: str
    decisions: str
    step: str
    aim: str
    objective: str
    measure: str
    provider: str
    commitments: str
    warning: str
    closure: str
    refusal: str
    interview: str


WORDS = {
    "fr": Words("Anne Rochat", "Nathalie Bonvin", "Anne Rochat", "Beat Coppey", "Dr Claire Fellay", "CMS de Sion",
                "Situation complexe : dettes, logement, santé.", "Dettes, menace d'expulsion, douleurs dorsales.",
                "Retour au premier marché du travail", "Quatre domaines touchés",
                "Proposer d'abord un entretien de réseau avec le CMS.",
                "Chômage de longue durée, dettes", "Budget avec le CMS ; rapport du SMR",
                "Demander le rapport médical", "Emploi à 50 % dans la logistique", "Stabiliser le budget",
                "Gestion de dettes", "Caritas Valais", "Se présenter aux entretiens",
                "Absence à deux entretiens sans excuse.", "Engagée à 60 % dans un commerce.",
                "Ne souhaite pas que ses données soient partagées.", "Premier entretien à trois"),
    "de": Words("Reto Imboden", "Pia Zenklusen", "Reto Imboden", "Ursula Jossen", "Dr. Beat Ruppen", "SMZ Brig",
                "Komplexe Situation: Schulden, Wohnung, Gesundheit.", "Schulden, drohende Ausweisung, Rückenschmerzen.",
                "Rückkehr in den ersten Arbeitsmarkt", "Vier Bereiche betroffen",
                "Zuerst ein Netzwerkgespräch mit dem SMZ vorschlagen.",
                "Langzeitarbeitslosigkeit, Schulden", "Budget mit dem SMZ; Bericht des RAD",
                "Arztbericht anfordern", "Stelle zu 50 % in der Logistik", "Budget stabilisieren",
                "Schuldenberatung", "Caritas Wallis", "Zu den Gesprächen erscheinen",
                "Zwei Gespräche ohne Entschuldigung verpasst.", "Zu 60 % in einem Geschäft angestellt.",
                "Wünscht keine Weitergabe ihrer Daten.", "Erstes Gespräch zu dritt"),
}
# What the regional team and the tandem leads type: the assessment's evaluation (medical, professional,
# social, resources), the tandem plan's objectives, the notes of a follow-up interview.
TYPED_PLAN = {
    "fr": ("Douleurs dorsales : pas de port de charges lourdes (rapport du SMR).",
           "Expérience en logistique ; permis de cariste à renouveler.",
           "Dettes en cours de gestion avec le CMS ; logement assuré jusqu'en juin.",
           "Motivée, bon réseau familial.",
           "Retrouver un emploi à 50 % en six mois ; stabiliser le budget avec le CMS.",
           "Point sur les recherches d'emploi et le budget"),
    "de": ("Rückenschmerzen: keine schweren Lasten (Bericht des RAD).",
           "Erfahrung in der Logistik; Staplerausweis zu erneuern.",
           "Schulden in Bearbeitung mit dem SMZ; Wohnung bis Juni gesichert.",
           "Motiviert, gutes familiäres Umfeld.",
           "In sechs Monaten eine Stelle zu 50 % finden; Budget mit dem SMZ stabilisieren.",
           "Stand der Stellensuche und des Budgets"),
}
COMPLEX = {"health": 2, "housing": 3, "finances": 2, "mental_health": 2}
SIMPLE = {"training": 1}


def signature_png(width: int = 240, height: int = 70) -> bytes:
    """A drawn stroke as a PNG (no Qt, no Pillow): the demo's pad signatures."""
    rows = []
    for y in range(height):
        row = bytearray(b"\x00" + b"\xff\xff\xff\x00" * width)
        for x in range(width):
            wave = int(height / 2 + (height / 3) * ((x * 7 % 60) - 30) / 30 * (1 if (x // 60) % 2 else -1))
            if abs(y - wave) <= 1:
                row[1 + 4 * x: 5 + 4 * x] = b"\x10\x10\x60\xff"
        rows.append(bytes(row))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"".join(rows)))
            + chunk(b"IEND", b""))


class Showcase:
    """The showcase cases of one person; every date is on or before ``today``."""

    def __init__(self, uow: UnitOfWork, person_id: str, office: str, today: dt.date, number: int = 0,
                 salt: str = "") -> None:
        self.uow, self.person_id, self.office, self.today = uow, person_id, office, today
        person = uow.get(Person, person_id)
        assert person is not None
        self.lang = person.language if person.language in WORDS else "fr"
        self.w = WORDS[self.lang]
        self.made = 0
        # Same day, same references; ``salt`` (a workstation id) keeps two demo workstations apart.
        self.rng = random.Random(f"showcase-{self.lang}-{number}-{today.isoformat()}{salt}")

    def day(self, back: int) -> dt.date:
        return self.today - dt.timedelta(days=back)

    def new_case(self, opened_back: int, institution: str = "ORP") -> str:
        case = cases.create_case(self.uow, self.person_id, self.office, institution, self.w.author,
                                 summary=self.w.summary, opened_on=self.day(opened_back), rng=self.rng)
        self.uow.flush()
        self.made += 1
        return case.id

    def grid(self, case_id: str, ratings: dict[str, int], back: int) -> None:
        referral.record_grid(self.uow, case_id, {k: Rating(v) for k, v in ratings.items()}, self.w.author,
                             self.day(back), institution_code="ORP", today=self.today)

    def procuration(self, case_id: str, back: int, on_pad: bool) -> None:
        referral.record_procuration(self.uow, case_id, ["BUREAU", "CMS", "ORP"], self.day(back), self.w.author,
                                    signed=not on_pad, today=self.today)
        doc = self.print(case_id, "procuration")
        if on_pad:
            self.sign_all(doc.id, back)

    def announce(self, case_id: str, back: int) -> str:
        self.grid(case_id, COMPLEX, back + 2)  # an announcement only for a "CII complexe" grid
        self.procuration(case_id, back + 1, on_pad=True)
        draft = bureau.draft(self.uow.session, case_id, self.lang)
        row = bureau.send(self.uow, case_id, bureau.AnnouncementDraft(
            draft.problems or self.w.problems, draft.institutions_involved, "", self.w.goal, ""),
            self.w.author, "ORP", self.day(back))
        self.print(case_id, "grid")
        self.print(case_id, "announcement")
        return row.id

    def accepted(self, kind: str, opened_back: int) -> tuple[str, Handling]:
        case_id = self.new_case(opened_back)
        announcement = self.announce(case_id, opened_back - 5)
        bureau.decide(self.uow, announcement, "accepted", self.w.bureau, handling=kind, reason=self.w.reason,
                      on=self.day(opened_back - 10), today=self.today, language=self.lang)
        cases.change_status(self.uow, case_id, "in_handling", self.w.author, on=self.day(opened_back - 10))
        self.print(case_id, "decision")
        self.uow.flush()
        handling = next(h for h in bureau.handlings(self.uow.session, case_id) if h.kind == kind)
        return case_id, handling

    def print(self, case_id: str, kind: str) -> Document:
        doc = documents.issue(self.uow, case_id, kind, self.lang, today=self.today)
        self.uow.flush()
        return doc

    def sign_all(self, document_id: str, back: int) -> None:
        doc = self.uow.get(Document, document_id)
        assert doc is not None
        when = dt.datetime.combine(self.day(back), dt.time(10, 30), tzinfo=dt.timezone.utc)
        for party in documents.parties(doc):
            documents.sign_with_pad(self.uow, document_id, party["party"], party.get("name") or self.w.author,
                                    signature_png(), place=self.w.place, when=when)
        self.uow.flush()

    def minutes(self, kind: str, case_id: str, back: int, handling_id: str | None = None) -> None:
        meeting = meetings.schedule(self.uow, case_id, kind, self.day(back), self.w.place, self.w.author,
                                    ["CMS", "ORP"], handling_id=handling_id, today=self.today)
        self.uow.flush()
        meetings.record_minutes(self.uow, meeting.id, meetings.Minutes(
            held_on=self.day(back), situation=self.w.situation, problems=self.w.problems,
            decisions=self.w.decisions, recommended="assessment",
            participants=(meetings.Participant(self.w.lead_orp, "ORP", "counsellor"),
                          meetings.Participant(self.w.lead_cms, "CMS", "social_worker"),
                          meetings.Participant(self.w.doctor, "SMR", "", present=False)),
            steps=(meetings.Step(self.w.step, self.w.lead_cms, self.day(back) + dt.timedelta(days=14)),),
            distribution="ORP, CMS, BUREAU"), self.lang, today=self.today)
        self.print(case_id, "tro_minutes" if kind == "round_table" else "network_minutes")

    def contract(self) -> ContractContent:
        return ContractContent(
            aim_kind="first_market", aim=self.w.aim,
            objectives=(Objective(self.w.objective, (Measure(self.w.measure, "LIAS", self.w.provider, "CMS", "CMS",
                                                             self.day(20), self.day(-90)),)),),
            person_commitments=self.w.commitments, institution_commitments={"ORP": self.w.lead_orp,
                                                                            "CMS": self.w.lead_cms},
            review_dates=(self.day(-60), self.day(-120)))

    def assessment_in(self, state: str, opened_back: int) -> None:
        """An assessment left in ``state`` (to_organise, scheduled, held, contract_signed, closed)."""
        _case_id, row = self.accepted("assessment", opened_back)
        if state == "to_organise":
            return
        assessment.schedule(self.uow, row.id, self.day(opened_back - 20), self.w.place, today=self.today)
        if state == "scheduled":
            return
        assessment.set_team(self.uow, row.id, [
            assessment.Member(self.w.lead_orp, "announcing", "ORP"),
            assessment.Member(self.w.lead_cms, "respondent", "CMS"),
            assessment.Member(self.w.doctor, "smr_doctor", "SMR"),
            assessment.Member(self.person_name(), "the_person", "")])
        assessment.save_evaluation(self.uow, row.id, assessment.Evaluation(*TYPED_PLAN[self.lang][:4]))
        assessment.mark_held(self.uow, row.id, self.day(opened_back - 20), today=self.today)
        contract = assessment.save_contract(self.uow, assessment.draft(self.uow, row.id).id, self.contract())
        self.uow.flush()
        doc = self.print(row.case_id, "contract")  # printed, not signed yet
        if state == "held":
            return
        self.sign_all(doc.id, opened_back - 25)  # signed on the pad: the contract is frozen
        amended = assessment.amend(self.uow, contract.id)  # and a new version, unsigned
        self.uow.flush()
        assessment.save_contract(self.uow, amended.id, self.contract())
        self.uow.flush()
        self.print(row.case_id, "contract")  # version 2, printed, waiting for its signatures
        if state == "closed":
            assessment.close(self.uow, row.id, "work", self.day(2), today=self.today)

    def person_name(self) -> str:
        person = self.uow.get(Person, self.person_id)
        assert person is not None
        return f"{person.first_name} {person.last_name}"

    def tandem_case(self, closed: bool, opened_back: int) -> None:
        case_id, row = self.accepted("tandem", opened_back)
        tandem.start(self.uow, row.id, self.day(opened_back - 12), self.w.lead_orp, self.w.lead_cms,
                     self.lang, today=self.today, objectives=TYPED_PLAN[self.lang][4])
        for back, notes in ((opened_back - 14, self.w.interview), (opened_back - 40, TYPED_PLAN[self.lang][5])):
            tandem.log_interview(self.uow, row.id, self.day(back), f"{self.w.lead_orp}, {self.w.lead_cms}",
                                 notes, self.lang, today=self.today)
        self.print(case_id, "tandem_plan")
        if closed:
            tandem.close(self.uow, row.id, "employment", self.day(3), today=self.today)

    def round_table_case(self, opened_back: int) -> None:
        case_id, row = self.accepted("round_table", opened_back)
        self.minutes("round_table", case_id, opened_back - 15, row.id)

    def refused_case(self, opened_back: int) -> None:
        case_id = self.new_case(opened_back)
        announcement = self.announce(case_id, opened_back - 5)
        bureau.decide(self.uow, announcement, "refused", self.w.bureau, reason=self.w.reason,
                      suggestions=self.w.suggestions, on=self.day(opened_back - 9), today=self.today,
                      language=self.lang)
        self.print(case_id, "decision")

    def refusal_case(self, opened_back: int) -> None:
        case_id = self.new_case(opened_back)
        self.grid(case_id, SIMPLE, opened_back - 2)
        referral.record_refusal(self.uow, case_id, self.day(opened_back - 3), self.w.author, self.w.refusal,
                                today=self.today)
        self.print(case_id, "refusal")

    def legal_basis_case(self, opened_back: int) -> None:
        """Sharing decided under LIAS art. 60 ff. (the person on social assistance): its own form."""
        case_id = self.new_case(opened_back, "CMS")
        self.grid(case_id, SIMPLE, opened_back - 2)
        referral.record_legal_basis(self.uow, case_id, self.day(opened_back - 3), self.w.author, self.w.author,
                                    today=self.today, institution_codes=["CMS", "ORP"],
                                    valid_until=self.day(opened_back - 3 - 365))
        self.print(case_id, "legal_basis")

    def network_path_case(self, opened_back: int) -> None:
        """LSE job seeker: a network meeting, a transition ORP -> CMS, a written warning, the closure."""
        person = self.uow.get(Person, self.person_id)
        assert person is not None
        person.job_seeker_without_rights, person.receives_ij_ac, person.end_of_rights_on = True, False, None
        case_id = self.new_case(opened_back)
        self.grid(case_id, SIMPLE, opened_back - 2)
        self.procuration(case_id, opened_back - 3, on_pad=False)
        self.minutes("network", case_id, opened_back - 10)
        referral.record_collaboration(self.uow, case_id, "orp_to_cms", 1, self.day(opened_back - 12),
                                      self.w.author, today=self.today)
        self.print(case_id, "transition")
        case_events.record_warning(self.uow, case_id, self.day(opened_back - 20), self.w.author, self.w.warning,
                                   True, today=self.today)
        self.print(case_id, "warning")
        case_events.close(self.uow, case_id, self.day(5), self.w.author, "first_labour_market", self.w.closure,
                          True, today=self.today)
        self.print(case_id, "closure")


PLAN: dict[str, tuple[Callable[[Showcase], None], ...]] = {
    "fr": (lambda s: s.assessment_in("contract_signed", 150), lambda s: s.assessment_in("to_organise", 60),
           lambda s: s.assessment_in("closed", 300), lambda s: s.round_table_case(120),
           lambda s: s.tandem_case(False, 200), lambda s: s.refused_case(90), lambda s: s.refusal_case(45),
           lambda s: s.network_path_case(180), lambda s: s.legal_basis_case(30)),
    "de": (lambda s: s.assessment_in("contract_signed", 160), lambda s: s.assessment_in("scheduled", 70),
           lambda s: s.assessment_in("held", 100), lambda s: s.round_table_case(110),
           lambda s: s.tandem_case(True, 240), lambda s: s.refused_case(80), lambda s: s.refusal_case(40),
           lambda s: s.network_path_case(170), lambda s: s.legal_basis_case(35)),
}


def showcase(uow: UnitOfWork, people: list[tuple[str, str, str]], today: dt.date, salt: str = "") -> int:
    """Every path of the procedure, for French and for German speaking persons of ``people`` (id,
    language, office): each path on the next person of that language; returns the cases added."""
    made = 0
    for lang, steps in PLAN.items():
        speakers = [(pid, office) for pid, plang, office in people if plang == lang]
        for number, step in enumerate(steps):
            if not speakers:
                break
            person_id, office = speakers[number % len(speakers)]
            show = Showcase(uow, person_id, office, today, number, salt)
            step(show)
            made += show.made
    return made
