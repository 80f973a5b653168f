"""SQLAlchemy models of the local database; every synced table has a UUID key and a tombstone."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


def new_id() -> str:
    return str(uuid.uuid4())


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)


class Base(DeclarativeBase):
    """Base of all tables."""


class Synced(Base):
    """A table whose writes are journaled and shared between workstations."""

    __abstract__ = True
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")

    def __init__(self, **values: Any) -> None:
        super().__init__(**values)
        if self.id is None:  # the key exists from the start: derived columns and the journal need it
            self.id = new_id()


class Institution(Synced):
    __tablename__ = "institution"
    code: Mapped[str] = mapped_column(String(20), unique=True)
    name_fr: Mapped[str] = mapped_column(String(200))
    name_de: Mapped[str] = mapped_column(String(200))
    short_fr: Mapped[str] = mapped_column(String(40))
    short_de: Mapped[str] = mapped_column(String(40))


class Office(Synced):
    __tablename__ = "office"
    code: Mapped[str] = mapped_column(String(20), unique=True)
    name_fr: Mapped[str] = mapped_column(String(200))
    name_de: Mapped[str] = mapped_column(String(200))


class UserProfile(Synced):
    __tablename__ = "user_profile"
    full_name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(40))
    language: Mapped[str] = mapped_column(String(2), default="fr")
    email: Mapped[str] = mapped_column(String(200), default="")
    institution_id: Mapped[str | None] = mapped_column(ForeignKey("institution.id"))
    office_id: Mapped[str | None] = mapped_column(ForeignKey("office.id"))


class Person(Synced):
    __tablename__ = "person"
    first_name: Mapped[str] = mapped_column(String(100))
    last_name: Mapped[str] = mapped_column(String(100))
    birth_date: Mapped[dt.date] = mapped_column(Date, index=True)  # the CII alert's identity without AVS
    avs_number: Mapped[str] = mapped_column(String(16), default="", index=True)
    language: Mapped[str] = mapped_column(String(2), default="fr")
    commune: Mapped[str] = mapped_column(String(100), default="")
    address: Mapped[str] = mapped_column(String(300), default="")
    phone: Mapped[str] = mapped_column(String(50), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    receives_ij_ac: Mapped[bool] = mapped_column(Boolean, default=False)
    end_of_rights_on: Mapped[dt.date | None] = mapped_column(Date)
    waiting_period: Mapped[bool] = mapped_column(Boolean, default=False)
    sanctioned: Mapped[bool] = mapped_column(Boolean, default=False)
    job_seeker_without_rights: Mapped[bool] = mapped_column(Boolean, default=False)
    social_assistance: Mapped[bool] = mapped_column(Boolean, default=False)
    employability_verified_on: Mapped[dt.date | None] = mapped_column(Date)
    fit_for_placement: Mapped[bool] = mapped_column(Boolean, default=True)
    fitness_exam_filed_on: Mapped[dt.date | None] = mapped_column(Date)
    pqf_started_on: Mapped[dt.date | None] = mapped_column(Date)
    deregistered_on: Mapped[dt.date | None] = mapped_column(Date)
    young_adult: Mapped[bool] = mapped_column(Boolean, default=False)
    # The row's full-text rowid, set by the database triggers from id (never journaled).
    search_key: Mapped[int | None] = mapped_column(Integer, index=True)

    cases: Mapped[list[Case]] = relationship(back_populates="person")

    __table_args__ = (Index("ix_person_name", "last_name", "first_name"),)


class Case(Synced):
    __tablename__ = "case_file"
    reference: Mapped[str] = mapped_column(String(40), unique=True)
    person_id: Mapped[str] = mapped_column(ForeignKey("person.id"), index=True)
    office_id: Mapped[str] = mapped_column(ForeignKey("office.id"), index=True)
    lead_institution_id: Mapped[str] = mapped_column(ForeignKey("institution.id"), index=True)
    status: Mapped[str] = mapped_column(String(20), default="detected", index=True)
    opened_on: Mapped[dt.date] = mapped_column(Date)
    closed_on: Mapped[dt.date | None] = mapped_column(Date)
    summary: Mapped[str] = mapped_column(Text, default="")
    # Consent gate for sync (issue "batch sync"): "none", "consent" or "legal_basis".
    sharing_basis: Mapped[str] = mapped_column(String(20), default="none")
    # The row's full-text rowid, set by the database triggers from opened_on and id (never journaled).
    search_key: Mapped[int | None] = mapped_column(Integer, index=True)

    person: Mapped[Person] = relationship(back_populates="cases")
    office: Mapped[Office] = relationship()
    lead_institution: Mapped[Institution] = relationship()
    status_history: Mapped[list[CaseStatusChange]] = relationship(
        back_populates="case", order_by="CaseStatusChange.changed_at")
    institutions: Mapped[list[CaseInstitution]] = relationship(back_populates="case")
    journal: Mapped[list[JournalEntry]] = relationship(
        back_populates="case", order_by="JournalEntry.occurred_at")
    reminders: Mapped[list[Reminder]] = relationship(back_populates="case")
    attachments: Mapped[list[Attachment]] = relationship(back_populates="case")

    __table_args__ = (Index("ix_case_opened", "opened_on"),)


class CaseStatusChange(Synced):
    __tablename__ = "case_status_change"
    case_id: Mapped[str] = mapped_column(ForeignKey("case_file.id"), index=True)
    status: Mapped[str] = mapped_column(String(20))
    changed_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    changed_by: Mapped[str] = mapped_column(String(200), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    case: Mapped[Case] = relationship(back_populates="status_history")


class CaseInstitution(Synced):
    __tablename__ = "case_institution"
    case_id: Mapped[str] = mapped_column(ForeignKey("case_file.id"), index=True)
    institution_id: Mapped[str] = mapped_column(ForeignKey("institution.id"))
    role: Mapped[str] = mapped_column(String(20), default="partner")
    contact_name: Mapped[str] = mapped_column(String(200), default="")
    contact_email: Mapped[str] = mapped_column(String(200), default="")
    contact_phone: Mapped[str] = mapped_column(String(50), default="")
    case: Mapped[Case] = relationship(back_populates="institutions")
    institution: Mapped[Institution] = relationship()


class JournalEntry(Synced):
    __tablename__ = "journal_entry"
    case_id: Mapped[str] = mapped_column(ForeignKey("case_file.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20), default="note")
    occurred_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    author: Mapped[str] = mapped_column(String(200), default="")
    text: Mapped[str] = mapped_column(Text, default="")
    case: Mapped[Case] = relationship(back_populates="journal")


class Attachment(Synced):
    __tablename__ = "attachment"
    case_id: Mapped[str] = mapped_column(ForeignKey("case_file.id"), index=True)
    filename: Mapped[str] = mapped_column(String(255))
    media_type: Mapped[str] = mapped_column(String(100), default="application/octet-stream")
    size: Mapped[int] = mapped_column(Integer, default=0)
    sha256: Mapped[str] = mapped_column(String(64), default="")
    content: Mapped[bytes] = mapped_column(LargeBinary)
    case: Mapped[Case] = relationship(back_populates="attachments")


class Reminder(Synced):
    __tablename__ = "reminder"
    case_id: Mapped[str] = mapped_column(ForeignKey("case_file.id"), index=True)
    due_on: Mapped[dt.date] = mapped_column(Date)
    title: Mapped[str] = mapped_column(String(300))
    done: Mapped[bool] = mapped_column(Boolean, default=False)
    done_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    source: Mapped[str] = mapped_column(String(40), default="manual")
    # A reminder the app raises is a code and its parameters (JSON), worded in the reader's language
    # (domain.generated); ``title`` then stays empty and holds only what a person typed.
    title_code: Mapped[str | None] = mapped_column(String(40))
    title_params: Mapped[str | None] = mapped_column(Text)
    case: Mapped[Case] = relationship(back_populates="reminders")

    __table_args__ = (Index("ix_reminder_open_due", "done", "due_on"),)


class ChangeLog(Base):
    """The change journal: one row per written field, the input of batch sync."""

    __tablename__ = "change_log"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    table_name: Mapped[str] = mapped_column(String(40))
    row_id: Mapped[str] = mapped_column(String(36))
    field: Mapped[str] = mapped_column(String(60))
    new_value: Mapped[str | None] = mapped_column(Text)
    changed_at: Mapped[dt.datetime] = mapped_column(DateTime)
    workstation_id: Mapped[str] = mapped_column(String(36))
    # Hybrid logical clock of the change (sync.clock.Timestamp.encode), and the clock of the
    # version it replaced (None for a new row): per field, the later clock wins everywhere, and a
    # change whose base is not the version in place was made concurrently (a conflict).
    hlc: Mapped[str] = mapped_column(String(64), default="", server_default="")
    base_hlc: Mapped[str | None] = mapped_column(String(64))
    # Local changes: NULL until exported, then the outgoing batch number (0: never leaves this
    # workstation). Changes received from another workstation: that workstation's batch number.
    batch_seq: Mapped[int | None] = mapped_column(Integer)

    __table_args__ = (
        Index("ix_change_log_field", "table_name", "row_id", "field", "hlc"),
        Index("ix_change_log_pending", "seq", sqlite_where=batch_seq.is_(None)),
    )


class LocalSetting(Base):
    """Settings of this workstation that never sync (workstation id, preferences)."""

    __tablename__ = "local_setting"
    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class SyncOutgoing(Base):
    """A batch this workstation has sealed: kept until published, so a crash never loses it."""

    __tablename__ = "sync_outgoing"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    file_hash: Mapped[str] = mapped_column(String(64))
    data: Mapped[bytes] = mapped_column(LargeBinary)
    changes: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    published_at: Mapped[dt.datetime | None] = mapped_column(DateTime)


class SyncApplied(Base):
    """A batch of another workstation applied here (each at most once)."""

    __tablename__ = "sync_applied"
    workstation_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    file_hash: Mapped[str] = mapped_column(String(64))
    changes: Mapped[int] = mapped_column(Integer)
    applied_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class SyncQuarantine(Base):
    """A batch file that was refused, with the reason shown to people; never applied."""

    __tablename__ = "sync_quarantine"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    workstation_id: Mapped[str] = mapped_column(String(80))
    filename: Mapped[str] = mapped_column(String(255))
    file_hash: Mapped[str] = mapped_column(String(64))
    code: Mapped[str] = mapped_column(String(60))
    first_seen: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    last_seen: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)

    __table_args__ = (Index("ux_sync_quarantine_file", "workstation_id", "filename", "file_hash",
                            unique=True),)


class SyncConflict(Base):
    """Two concurrent values of one field: the one kept (the later clock) and the other one."""

    __tablename__ = "sync_conflict"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    table_name: Mapped[str] = mapped_column(String(40))
    row_id: Mapped[str] = mapped_column(String(36))
    field: Mapped[str] = mapped_column(String(60))
    kept_value: Mapped[str | None] = mapped_column(Text)
    kept_hlc: Mapped[str] = mapped_column(String(64))
    kept_author: Mapped[str] = mapped_column(String(300), default="")
    other_value: Mapped[str | None] = mapped_column(Text)
    other_hlc: Mapped[str] = mapped_column(String(64))
    other_author: Mapped[str] = mapped_column(String(300), default="")
    detected_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    status: Mapped[str] = mapped_column(String(20), default="open")  # open, resolved, superseded
    resolved_at: Mapped[dt.datetime | None] = mapped_column(DateTime)

    __table_args__ = (Index("ix_sync_conflict_open", "status", "table_name", "row_id", "field"),)


class SyncPeer(Base):
    """What this workstation knows of another one: its clock offset as last seen."""

    __tablename__ = "sync_peer"
    workstation_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    author: Mapped[str] = mapped_column(String(300), default="")
    skew_ms: Mapped[int] = mapped_column(Integer, default=0)
    checked_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


SYNCED_MODELS: tuple[type[Synced], ...] = (
    Institution, Office, UserProfile, Person, Case, CaseStatusChange, CaseInstitution,
    JournalEntry, Attachment, Reminder,
)
