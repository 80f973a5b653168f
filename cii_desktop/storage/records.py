"""Records of the referral path (grid, consent, announcement, triage, events) and printed documents."""

from __future__ import annotations

import datetime as dt
from typing import ClassVar

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Index, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .models import Case, Synced


class EvaluationGrid(Synced):
    """A dated evaluation grid: ratings per domain (JSON), the proposed and the chosen CII level."""

    __tablename__ = "evaluation_grid"
    case_id: Mapped[str] = mapped_column(ForeignKey("case_file.id"), index=True)
    assessed_on: Mapped[dt.date] = mapped_column(Date)
    assessor: Mapped[str] = mapped_column(String(200))
    assessor_role: Mapped[str] = mapped_column(String(40), default="")
    institution_code: Mapped[str] = mapped_column(String(20), default="")
    ratings: Mapped[str] = mapped_column(Text, default="{}")
    table_version: Mapped[str] = mapped_column(String(20), default="")
    proposed_level: Mapped[str] = mapped_column(String(20))
    level: Mapped[str] = mapped_column(String(20))
    override_reason: Mapped[str] = mapped_column(Text, default="")
    refused: Mapped[bool] = mapped_column(Boolean, default=False)


class Consent(Synced):
    """A procuration CII, a refusal, or a recorded legal basis (LIAS art. 60 ff.)."""

    __tablename__ = "consent"
    # What the person signed (or refused, or who decided the legal basis) is never rewritten; a change
    # is a new record. Only the signature status and the revocation move.
    write_once: ClassVar[frozenset[str]] = frozenset({"case_id", "kind", "institutions", "given_on", "valid_until",
                                                      "legal_basis", "decided_by", "offices"})
    case_id: Mapped[str] = mapped_column(ForeignKey("case_file.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20))  # procuration | refusal | legal_basis
    institutions: Mapped[str] = mapped_column(Text, default="[]")  # JSON list of institution codes
    # JSON object institution -> office codes the consent names ({}: no office named, the whole institutions)
    offices: Mapped[str] = mapped_column(Text, default="{}", server_default="{}")
    given_on: Mapped[dt.date] = mapped_column(Date)
    valid_until: Mapped[dt.date | None] = mapped_column(Date)
    signature_status: Mapped[str] = mapped_column(String(20), default="pending")
    legal_basis: Mapped[str] = mapped_column(String(20), default="")
    decided_by: Mapped[str] = mapped_column(String(200), default="")
    recorded_by: Mapped[str] = mapped_column(String(200), default="")
    revoked_on: Mapped[dt.date | None] = mapped_column(Date)
    revoked_by: Mapped[str] = mapped_column(String(200), default="")
    note: Mapped[str] = mapped_column(Text, default="")


class Collaboration(Synced):
    """A transition ORP->CMS or CMS->ORP (the répondants' former Excel register)."""

    __tablename__ = "collaboration"
    case_id: Mapped[str] = mapped_column(ForeignKey("case_file.id"), index=True)
    direction: Mapped[str] = mapped_column(String(20))
    target_row: Mapped[int] = mapped_column(Integer)
    recorded_on: Mapped[dt.date] = mapped_column(Date)
    recorded_by: Mapped[str] = mapped_column(String(200))
    network_meeting_planned: Mapped[bool] = mapped_column(Boolean, default=False)
    meeting_on: Mapped[dt.date | None] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")


class Announcement(Synced):
    """An announcement of a complex situation (form CII100.1) to the Bureau CII."""

    __tablename__ = "announcement"
    case_id: Mapped[str] = mapped_column(ForeignKey("case_file.id"), index=True)
    grid_id: Mapped[str | None] = mapped_column(String(36))
    consent_id: Mapped[str | None] = mapped_column(String(36))
    problems: Mapped[str] = mapped_column(Text, default="")
    institutions_involved: Mapped[str] = mapped_column(Text, default="")
    measures_tried: Mapped[str] = mapped_column(Text, default="")
    expected_goal: Mapped[str] = mapped_column(Text, default="")
    requested_handling: Mapped[str] = mapped_column(String(20), default="")
    announced_by: Mapped[str] = mapped_column(String(200), default="")
    announced_institution: Mapped[str] = mapped_column(String(20), default="")
    announced_on: Mapped[dt.date | None] = mapped_column(Date, index=True)
    status: Mapped[str] = mapped_column(String(20), default="draft", index=True)
    # The row of the Bureau's register (xlsx) it was imported from: importing the file again finds it.
    import_key: Mapped[str] = mapped_column(String(64), default="", server_default="", index=True)
    # Why a situation the grid does not rate CII complexe is announced all the same (CII100.1 is for complexe).
    level_override_reason: Mapped[str | None] = mapped_column(Text, default="")


class BureauDecision(Synced):
    """The Bureau CII's triage of an announcement: accepted to a handling, or refused."""

    __tablename__ = "bureau_decision"
    announcement_id: Mapped[str] = mapped_column(ForeignKey("announcement.id"), index=True)
    case_id: Mapped[str] = mapped_column(ForeignKey("case_file.id"), index=True)
    decided_on: Mapped[dt.date] = mapped_column(Date)
    decided_by: Mapped[str] = mapped_column(String(200))
    outcome: Mapped[str] = mapped_column(String(20))  # accepted | refused
    handling: Mapped[str] = mapped_column(String(20), default="")
    reason: Mapped[str] = mapped_column(Text, default="")
    suggestions: Mapped[str] = mapped_column(Text, default="")


class Handling(Synced):
    """A joint handling the Bureau opened (assessment, table ronde, tandem): its state, leads and evaluation."""

    __tablename__ = "handling"
    case_id: Mapped[str] = mapped_column(ForeignKey("case_file.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    state: Mapped[str] = mapped_column(String(20), default="to_organise")
    decision_id: Mapped[str | None] = mapped_column(String(36))
    created_on: Mapped[dt.date] = mapped_column(Date)
    started_on: Mapped[dt.date | None] = mapped_column(Date)
    lead_orp: Mapped[str] = mapped_column(String(200), default="", server_default="")
    lead_cms: Mapped[str] = mapped_column(String(200), default="", server_default="")
    outcome: Mapped[str] = mapped_column(String(40), default="", server_default="")
    closed_on: Mapped[dt.date | None] = mapped_column(Date)
    # The assessment: when it was organised, its date and place, when it was held, and the evaluation.
    organised_on: Mapped[dt.date | None] = mapped_column(Date)
    scheduled_on: Mapped[dt.date | None] = mapped_column(Date)
    place: Mapped[str] = mapped_column(String(200), default="", server_default="")
    held_on: Mapped[dt.date | None] = mapped_column(Date)
    eval_medical: Mapped[str] = mapped_column(Text, default="", server_default="")
    eval_professional: Mapped[str] = mapped_column(Text, default="", server_default="")
    eval_social: Mapped[str] = mapped_column(Text, default="", server_default="")
    eval_resources: Mapped[str] = mapped_column(Text, default="", server_default="")
    # The end of the framework period (délai-cadre) of an assessment: its own date, not the end of rights.
    framework_end_on: Mapped[dt.date | None] = mapped_column(Date)
    # The tandem plan's objectives (as typed by the two leads).
    objectives: Mapped[str | None] = mapped_column(Text, default="")


class Interview(Synced):
    """An interview of a joint handling (the tandem's log): date, who took part, notes."""

    __tablename__ = "interview"
    handling_id: Mapped[str] = mapped_column(ForeignKey("handling.id"), index=True)
    held_on: Mapped[dt.date] = mapped_column(Date)
    participants: Mapped[str] = mapped_column(String(300), default="")
    notes: Mapped[str] = mapped_column(Text, default="")


class CaseEvent(Synced):
    """A written warning (LSE), a disagreement and its escalation, or the closure of a case."""

    __tablename__ = "case_event"
    case_id: Mapped[str] = mapped_column(ForeignKey("case_file.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20))  # warning | disagreement | closure
    occurred_on: Mapped[dt.date] = mapped_column(Date)
    author: Mapped[str] = mapped_column(String(200))
    institution_code: Mapped[str] = mapped_column(String(20), default="")
    level: Mapped[str] = mapped_column(String(20), default="")
    outcome: Mapped[str] = mapped_column(String(40), default="")
    text: Mapped[str] = mapped_column(Text, default="")
    partner_informed: Mapped[bool] = mapped_column(Boolean, default=False)
    resolved_on: Mapped[dt.date | None] = mapped_column(Date)


class Document(Synced):
    """A printed form: its content is frozen at print time (JSON) and never rewritten; new version instead."""

    __tablename__ = "document"
    # Written once at print time: a later edit is a new version, never a rewrite (journal and merge enforce it).
    write_once: ClassVar[frozenset[str]] = frozenset({"case_id", "kind", "subject_id", "version", "content"})
    case_id: Mapped[str] = mapped_column(ForeignKey("case_file.id"), index=True)
    kind: Mapped[str] = mapped_column(String(30))
    subject_id: Mapped[str] = mapped_column(String(36), default="")
    version: Mapped[int] = mapped_column(Integer, default=1)
    language: Mapped[str] = mapped_column(String(10), default="fr")
    title: Mapped[str] = mapped_column(String(300), default="")
    content: Mapped[str] = mapped_column(Text, default="{}")
    status: Mapped[str] = mapped_column(String(20), default="printed")  # printed | signed_pad | signed_paper
    printed_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    signed_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    scan_attachment_id: Mapped[str | None] = mapped_column(String(36))


class Signature(Synced):
    """One party's signature captured on the pad: the image, who signed, where and when."""

    __tablename__ = "signature"
    write_once: ClassVar[frozenset[str]] = frozenset({"document_id", "party", "signer_name", "signer_role",
                                                      "place", "signed_at", "image"})
    document_id: Mapped[str] = mapped_column(ForeignKey("document.id"), index=True)
    party: Mapped[str] = mapped_column(String(40))
    signer_name: Mapped[str] = mapped_column(String(200))
    signer_role: Mapped[str] = mapped_column(String(200), default="")
    place: Mapped[str] = mapped_column(String(100), default="")
    signed_at: Mapped[dt.datetime] = mapped_column(DateTime)
    image: Mapped[bytes] = mapped_column(LargeBinary)


class Meeting(Synced):
    """A table ronde (without the person) or a network meeting (with the person's agreement), and its minutes."""

    __tablename__ = "meeting"
    case_id: Mapped[str] = mapped_column(ForeignKey("case_file.id"), index=True)
    handling_id: Mapped[str | None] = mapped_column(String(36))
    kind: Mapped[str] = mapped_column(String(20))  # round_table | network
    scheduled_on: Mapped[dt.date] = mapped_column(Date)
    place: Mapped[str] = mapped_column(String(200), default="")
    coordinator: Mapped[str] = mapped_column(String(200), default="")
    invited: Mapped[str] = mapped_column(Text, default="[]")  # JSON list of institution codes
    held_on: Mapped[dt.date | None] = mapped_column(Date)
    situation: Mapped[str] = mapped_column(Text, default="")
    problems: Mapped[str] = mapped_column(Text, default="")
    decisions: Mapped[str] = mapped_column(Text, default="")
    recommended: Mapped[str] = mapped_column(String(30), default="")
    distribution: Mapped[str] = mapped_column(Text, default="")
    # organising -> held (minutes recorded); after it is held, an outcome code (tables/outcomes.json).
    state: Mapped[str] = mapped_column(String(20), default="organising", server_default="organising")
    outcome: Mapped[str] = mapped_column(String(40), default="", server_default="")


class MeetingParticipant(Synced):
    """Someone invited to a meeting: present or excused, with institution and role."""

    __tablename__ = "meeting_participant"
    meeting_id: Mapped[str] = mapped_column(ForeignKey("meeting.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    institution_code: Mapped[str] = mapped_column(String(20), default="")
    role: Mapped[str] = mapped_column(String(200), default="")
    present: Mapped[bool] = mapped_column(Boolean, default=True)


class NextStep(Synced):
    """An agreed action of a meeting, with its owner and deadline (a reminder in the due panel)."""

    __tablename__ = "next_step"
    meeting_id: Mapped[str] = mapped_column(ForeignKey("meeting.id"), index=True)
    text: Mapped[str] = mapped_column(Text)
    owner: Mapped[str] = mapped_column(String(200), default="")
    due_on: Mapped[dt.date] = mapped_column(Date)
    reminder_id: Mapped[str | None] = mapped_column(String(36))


# Covering indexes of the year's statistics (services.statistics): each announcement's case office,
# decision and handling are read from the index alone.
Index("ix_case_file_office_of", Case.id, Case.office_id, Case.deleted)
Index("ix_bureau_decision_handling_of", BureauDecision.announcement_id, BureauDecision.deleted, BureauDecision.id)
Index("ix_handling_statistics", Handling.decision_id, Handling.deleted, Handling.kind, Handling.state,
      Handling.outcome)
# The period's announcements themselves, read from this index alone (migration 0016): no table row read.
Index("ix_announcement_statistics", Announcement.announced_on, Announcement.status, Announcement.deleted,
      Announcement.announced_institution, Announcement.case_id, Announcement.id)

RECORD_MODELS: tuple[type[Synced], ...] = (
    EvaluationGrid, Consent, Collaboration, Announcement, BureauDecision, Handling, CaseEvent,
    Document, Signature, Interview, Meeting, MeetingParticipant, NextStep,
)
