"""The audit trail's tables: who read, printed, sent, changed or erased what, hash-chained.

Only ids and codes are stored (no names, no AVS numbers): an entry says which person or case, which
operation, when, on which workstation, by whom (the user's id) and, for a disclosure, to which
institutions. The rows are append-only (SQL triggers, made by migration 0013) and each carries the
hash of the one before it, so an edited or removed row breaks the chain (storage.audit).
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import DateTime, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .models import Base


class _EntryColumns:
    """The columns of an audit entry, the same where it is written and where the officer keeps it."""

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    at: Mapped[dt.datetime] = mapped_column(DateTime)
    workstation_id: Mapped[str] = mapped_column(String(36))
    actor: Mapped[str] = mapped_column(String(80))
    actor_institution: Mapped[str] = mapped_column(String(20), default="")
    operation: Mapped[str] = mapped_column(String(40))
    person_id: Mapped[str | None] = mapped_column(String(36))
    case_id: Mapped[str | None] = mapped_column(String(36))
    recipients: Mapped[str] = mapped_column(String(200), default="")
    detail: Mapped[str] = mapped_column(Text, default="")
    prev_hash: Mapped[str] = mapped_column(String(64))
    entry_hash: Mapped[str] = mapped_column(String(64))


class AuditEntry(_EntryColumns, Base):
    """One audited action; never updated, removed only by the retention pass (oldest first)."""

    __tablename__ = "audit_entry"

    __table_args__ = (
        Index("ix_audit_entry_at", "at"),
        Index("ix_audit_entry_person", "person_id", "at"),
        Index("ix_audit_entry_case", "case_id", "at"),
        Index("ix_audit_entry_actor", "actor", "at"),
        Index("ix_audit_entry_operation", "operation", "at"),
        Index("ix_audit_entry_institution", "actor_institution", "at"),
    )


class AuditAnchor(Base):
    """Where the chain starts after a retention pass: the last removed entry and its hash."""

    __tablename__ = "audit_anchor"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    pruned_through: Mapped[int] = mapped_column(Integer, default=0)
    anchor_hash: Mapped[str] = mapped_column(String(64), default="")
    pruned_at: Mapped[dt.datetime | None] = mapped_column(DateTime)





class AuditReceived(_EntryColumns, Base):
    """On the data-protection officer's workstation: the audit trails other workstations sent it,
    kept apart from the records they log (same columns, per sending workstation and its sequence)."""

    __tablename__ = "audit_received"
    source: Mapped[str] = mapped_column(String(36), primary_key=True)
    received_at: Mapped[dt.datetime] = mapped_column(DateTime)

    __table_args__ = (
        Index("ix_audit_received_person", "person_id", "at"),
        Index("ix_audit_received_at", "at"),
    )


AUDIT_MODELS = (AuditEntry, AuditAnchor, AuditReceived)
