"""Case use cases: detail, create and edit persons and cases, journal, reminders, files (ORM)."""

from __future__ import annotations

import datetime as dt
import hashlib
import mimetypes
import random
import secrets
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..domain import reference
from ..domain.errors import FieldError, ValidationFailed
from ..domain.person import PersonInput, validate_person
from ..domain.text import LINE_MAX, ensure_texts, safe_file_name
from ..storage.models import (
    Attachment,
    Case,
    CaseInstitution,
    CaseStatusChange,
    Institution,
    JournalEntry,
    Office,
    Person,
    Reminder,
    Synced,
    utcnow,
)
from ..storage.unit_of_work import UnitOfWork
from .case_guard import CaseErased

T = TypeVar("T", bound=Synced)
MAX_ATTACHMENT_BYTES = 50 * 1024 * 1024
_REF_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"


@dataclass
class CaseDetail:
    case: Case
    person: Person
    history: list[CaseStatusChange] = field(default_factory=list)
    institutions: list[CaseInstitution] = field(default_factory=list)
    journal: list[JournalEntry] = field(default_factory=list)
    reminders: list[Reminder] = field(default_factory=list)
    attachments: list[tuple[str, str, int]] = field(default_factory=list)


def case_detail(session: Session, case_id: str) -> CaseDetail | None:
    case = session.get(Case, case_id)
    if case is None or case.deleted:
        return None
    def alive(rows: list[T]) -> list[T]:
        return [r for r in rows if not r.deleted]

    detail = CaseDetail(case=case, person=case.person)
    detail.history = alive(case.status_history)
    detail.institutions = alive(case.institutions)
    detail.journal = alive(case.journal)
    detail.reminders = sorted(alive(case.reminders), key=lambda r: r.due_on)
    rows = session.execute(
        select(Attachment.id, Attachment.filename, Attachment.size)
        .where(Attachment.case_id == case_id, Attachment.deleted.is_(False))
        .order_by(Attachment.created_at)).all()
    detail.attachments = [(r[0], r[1], r[2]) for r in rows]
    return detail


def _institution(session: Session, code: str) -> Institution:
    row = session.get(Institution, reference.reference_id("institution", code))
    if row is None:
        raise ValidationFailed([FieldError("institution", "reference.unknown")])
    return row


def _office(session: Session, code: str) -> Office:
    row = session.get(Office, reference.reference_id("office", code))
    if row is None:
        raise ValidationFailed([FieldError("office", "reference.unknown")])
    return row


def apply_person(person: Person, data: PersonInput) -> None:
    for name, value in data.as_dict().items():
        if getattr(person, name, None) != value:
            setattr(person, name, value)


def create_person(uow: UnitOfWork, data: PersonInput) -> Person:
    """Validate and add a person; raise ValidationFailed with every broken rule, writing nothing."""
    clean, errors = validate_person(data)
    if errors:
        raise ValidationFailed(errors)
    person = Person()
    apply_person(person, clean)
    return uow.add(person)


def update_person(uow: UnitOfWork, person_id: str, data: PersonInput) -> Person:
    clean, errors = validate_person(data)
    if errors:
        raise ValidationFailed(errors)
    person = uow.get(Person, person_id)
    if person is None:
        raise CaseErased(person_id)  # erased on another workstation meanwhile
    apply_person(person, clean)
    return person


def same_avs(session: Session, avs_number: str, except_person: str | None = None) -> tuple[str, str, str] | None:
    """(person id, name, latest case id or "") of another person holding this AVS number: the CII
    alert relies on AVS numbers, so a second person with the same one is a mistake to point out."""
    if not avs_number:
        return None
    query = select(Person).where(Person.avs_number == avs_number, Person.deleted.is_(False))
    if except_person:
        query = query.where(Person.id != except_person)
    person = session.scalars(query.limit(1)).first()
    if person is None:
        return None
    case_id = session.scalar(select(Case.id).where(Case.person_id == person.id, Case.deleted.is_(False))
                             .order_by(Case.opened_on.desc()).limit(1))
    return person.id, f"{person.last_name} {person.first_name}", case_id or ""


def new_reference(session: Session, office_code: str, year: int,
                  rng: random.Random | None = None) -> str:
    """A case reference unique across the network: office, year and six random characters."""
    choice = rng.choice if rng else secrets.choice
    prefix = reference.by_code(reference.OFFICES, office_code).prefix
    while True:
        ref = f"{prefix}-{year}-" + "".join(choice(_REF_ALPHABET) for _ in range(6))
        if session.scalar(select(func.count()).where(Case.reference == ref)) == 0:
            return ref


def create_case(uow: UnitOfWork, person_id: str, office_code: str, institution_code: str,
                author: str, summary: str = "", opened_on: dt.date | None = None,
                rng: random.Random | None = None) -> Case:
    person = uow.get(Person, person_id)
    if person is None:
        raise CaseErased(person_id) if person_id else ValidationFailed([FieldError("person", "required")])
    opened = opened_on or dt.date.today()
    office = _office(uow.session, office_code)
    institution = _institution(uow.session, institution_code)
    case = uow.add(Case(reference=new_reference(uow.session, office_code, opened.year, rng),
                        person_id=person.id, office_id=office.id,
                        lead_institution_id=institution.id, status="detected", opened_on=opened,
                        summary=summary))
    uow.flush()
    uow.add(CaseStatusChange(case_id=case.id, status="detected", changed_by=author))
    uow.add(CaseInstitution(case_id=case.id, institution_id=institution.id, role="lead",
                            contact_name=author))
    return case


def update_case(uow: UnitOfWork, case_id: str, office_code: str | None, institution_code: str | None,
                summary: str | None) -> Case:
    """Change the given fields (None: left as stored, so a change made elsewhere is not overwritten)."""
    case = uow.get(Case, case_id)
    if case is None:
        raise CaseErased(case_id)  # erased on another workstation meanwhile
    wanted: list[tuple[str, object]] = []
    if office_code is not None:
        wanted.append(("office_id", _office(uow.session, office_code).id))
    if institution_code is not None:
        wanted.append(("lead_institution_id", _institution(uow.session, institution_code).id))
    if summary is not None:
        wanted.append(("summary", summary))
    for name, value in wanted:
        if getattr(case, name) != value:
            setattr(case, name, value)
    return case


def change_status(uow: UnitOfWork, case_id: str, status: str, author: str, note: str = "",
                  on: dt.date | None = None) -> Case:
    if status not in reference.codes(reference.CASE_STATUSES):
        raise ValidationFailed([FieldError("status", "reference.unknown")])
    ensure_texts({"note": note, "author": author})
    case = uow.get(Case, case_id)
    if case is None:
        raise CaseErased(case_id)  # erased on another workstation meanwhile
    if status == "closed":
        closed_on = on or dt.date.today()
        if closed_on < case.opened_on:
            raise ValidationFailed([FieldError("closed_on", "case.closing_before_opening")])
        case.closed_on = closed_on
    elif case.closed_on is not None:
        case.closed_on = None
    case.status = status
    uow.add(CaseStatusChange(case_id=case.id, status=status, changed_by=author, note=note))
    return case


def add_journal_entry(uow: UnitOfWork, case_id: str, text: str, author: str,
                      kind: str = "note") -> JournalEntry:
    if not text.strip():
        raise ValidationFailed([FieldError("text", "required")])
    ensure_texts({"text": text, "author": author})
    return uow.add(JournalEntry(case_id=case_id, text=text.strip(), author=author, kind=kind))


def add_reminder(uow: UnitOfWork, case_id: str, due_on: dt.date, title: str,
                 source: str = "manual") -> Reminder:
    if not title.strip():
        raise ValidationFailed([FieldError("title", "required")])
    ensure_texts({"title": title}, LINE_MAX, multiline=False)
    return uow.add(Reminder(case_id=case_id, due_on=due_on, title=title.strip(), source=source))


def complete_reminder(uow: UnitOfWork, reminder_id: str) -> None:
    reminder = uow.get(Reminder, reminder_id)
    if reminder is not None and not reminder.done:
        reminder.done = True
        reminder.done_at = utcnow()


@dataclass(frozen=True)
class DueRow:
    reminder_id: str
    case_id: str
    reference: str
    person_name: str
    due_on: dt.date
    title: str
    title_code: str | None = None  # a reminder the app raised: worded in the reader's language
    title_params: str | None = None


def due_reminders(session: Session, until: dt.date, limit: int = 500) -> list[DueRow]:
    """Open reminders due up to ``until`` (overdue first), for the "due" panel."""
    rows = session.execute(
        select(Reminder.id, Case.id, Case.reference, Person.last_name, Person.first_name,
               Reminder.due_on, Reminder.title, Reminder.title_code, Reminder.title_params)
        .join(Case, Case.id == Reminder.case_id).join(Person, Person.id == Case.person_id)
        .where(Reminder.done.is_(False), Reminder.deleted.is_(False), Case.deleted.is_(False),
               Reminder.due_on <= until)
        .order_by(Reminder.due_on, Case.reference).limit(limit)).all()
    return [DueRow(r[0], r[1], r[2], f"{r[3]} {r[4]}", r[5], r[6], r[7], r[8]) for r in rows]


def add_attachment(uow: UnitOfWork, case_id: str, path: Path) -> Attachment:
    """Copy a file into the encrypted database (the original is left where it is)."""
    content = Path(path).read_bytes()
    if len(content) > MAX_ATTACHMENT_BYTES:
        raise ValidationFailed([FieldError("file", "attachment.too_large")])
    media = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    return uow.add(Attachment(case_id=case_id, filename=path.name, media_type=media,
                              size=len(content), sha256=hashlib.sha256(content).hexdigest(),
                              content=content))


def attachment_content(session: Session, attachment_id: str) -> tuple[str, bytes] | None:
    row = session.get(Attachment, attachment_id)
    if row is None or row.deleted:
        return None
    # The name arrives by sync: offered as a save name, it must not lead out of the folder.
    return safe_file_name(row.filename, "attachment"), row.content


@dataclass(frozen=True)
class Involvement:
    """An institution involved in a case, with its role and contact person."""

    institution_code: str
    role: str = "partner"
    contact_name: str = ""
    contact_email: str = ""
    contact_phone: str = ""
    id: str | None = None


def involvements(session: Session, case_id: str) -> list[Involvement]:
    rows = session.execute(
        select(CaseInstitution, Institution.code)
        .join(Institution, Institution.id == CaseInstitution.institution_id)
        .where(CaseInstitution.case_id == case_id, CaseInstitution.deleted.is_(False))
        .order_by(CaseInstitution.created_at)).all()
    return [Involvement(code, link.role, link.contact_name, link.contact_email, link.contact_phone, link.id)
            for link, code in rows]


def set_involvements(uow: UnitOfWork, case_id: str, wanted: list[Involvement]) -> None:
    """Make the case's institutions what ``wanted`` says: update, add, tombstone the others."""
    if any(w.role not in reference.codes(reference.CASE_INSTITUTION_ROLES) for w in wanted):
        raise ValidationFailed([FieldError("role", "reference.unknown")])
    existing = {link.id: link for link in uow.session.scalars(
        select(CaseInstitution).where(CaseInstitution.case_id == case_id,
                                      CaseInstitution.deleted.is_(False)))}
    kept: set[str] = set()
    for item in wanted:
        institution = _institution(uow.session, item.institution_code)
        link = existing.get(item.id or "")
        if link is None:
            link = uow.add(CaseInstitution(case_id=case_id, institution_id=institution.id))
        kept.add(link.id)
        values = {"institution_id": institution.id, "role": item.role,
                  "contact_name": item.contact_name.strip(), "contact_email": item.contact_email.strip(),
                  "contact_phone": item.contact_phone.strip()}
        for name, value in values.items():
            if getattr(link, name) != value:
                setattr(link, name, value)
    for link_id, link in existing.items():
        if link_id not in kept:
            uow.delete(link)
