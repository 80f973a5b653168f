"""Erasure and retention: the erasure order (journaled, it travels), what this workstation erased,
and the anonymous counts that survive an erasure (annual report). None holds personal data."""

from __future__ import annotations

import datetime as dt
from typing import ClassVar

from sqlalchemy import Date, DateTime, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from .models import Base, Case, Synced, utcnow
from .records import Consent


class ErasureOrder(Synced):
    """The Bureau's order to erase one person everywhere: identifiers and counts only."""

    __tablename__ = "erasure_order"
    write_once: ClassVar[frozenset[str]] = frozenset({"person_id", "rule_code", "ordered_on"})
    person_id: Mapped[str] = mapped_column(String(36), index=True)  # no foreign key: the person goes
    rule_code: Mapped[str] = mapped_column(String(40))  # "request" or a code of tables/retention.json
    ordered_on: Mapped[dt.date] = mapped_column(Date)
    ordered_by_role: Mapped[str] = mapped_column(String(40), default="bureau")
    cases: Mapped[int] = mapped_column(Integer, default=0)


class ErasureDone(Base):
    """This workstation carried out an order (audit trail: when, how many rows; never what)."""

    __tablename__ = "erasure_done"
    order_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    done_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    rows: Mapped[int] = mapped_column(Integer, default=0)


class ErasedRow(Base):
    """A row erased here: a late batch never brings it back (identifiers only)."""

    __tablename__ = "erased_row"
    table_name: Mapped[str] = mapped_column(String(40), primary_key=True)
    row_id: Mapped[str] = mapped_column(String(36), primary_key=True)


class StatisticCount(Base):
    """Anonymous counts of erased cases, added to the live ones for the annual report."""

    __tablename__ = "statistic_count"
    metric: Mapped[str] = mapped_column(String(40), primary_key=True)
    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    office: Mapped[str] = mapped_column(String(20), primary_key=True)
    institution: Mapped[str] = mapped_column(String(20), primary_key=True)
    status: Mapped[str] = mapped_column(String(20), primary_key=True)
    count: Mapped[int] = mapped_column(Integer, default=0)


LIFECYCLE_SYNCED_MODELS: tuple[type[Synced], ...] = (ErasureOrder,)

# The retention rules' look-ups (services.erasure.due): closed long ago, refused long ago.
Index("ix_case_file_closed_on", Case.closed_on)
Index("ix_consent_kind_given_on", Consent.kind, Consent.given_on)
