"""Records of an assessment: its regional team, the contrat d'objectifs (versions) and the review meetings."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .models import Synced


class TeamMember(Synced):
    """A member of the assessment's regional team: répondant CII, announcing professional, SMR doctor, person."""

    __tablename__ = "team_member"
    handling_id: Mapped[str] = mapped_column(ForeignKey("handling.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(30))  # code of handlings.assessment.roles
    institution_code: Mapped[str] = mapped_column(String(20), default="")


class Contract(Synced):
    """One version of a contrat d'objectifs: edited as a draft, frozen once signed, amended as a new version."""

    __tablename__ = "contract"
    case_id: Mapped[str] = mapped_column(ForeignKey("case_file.id"), index=True)
    handling_id: Mapped[str] = mapped_column(ForeignKey("handling.id"), index=True)
    version: Mapped[int] = mapped_column(Integer, default=1)
    state: Mapped[str] = mapped_column(String(20), default="draft")  # draft | signed | superseded
    aim_kind: Mapped[str] = mapped_column(String(20), default="first_market")
    aim: Mapped[str] = mapped_column(Text, default="")
    objectives: Mapped[str] = mapped_column(Text, default="[]")  # JSON: objectives with their measures
    person_commitments: Mapped[str] = mapped_column(Text, default="")
    institution_commitments: Mapped[str] = mapped_column(Text, default="{}")  # JSON: institution code -> text
    review_dates: Mapped[str] = mapped_column(Text, default="[]")  # JSON list of ISO dates
    lemc_conditions_met: Mapped[bool] = mapped_column(Boolean, default=True)
    signed_on: Mapped[dt.date | None] = mapped_column(Date)


class Review(Synced):
    """A review meeting of a signed contract: progress per objective (reached / in progress / not reached)."""

    __tablename__ = "contract_review"
    contract_id: Mapped[str] = mapped_column(ForeignKey("contract.id"), index=True)
    held_on: Mapped[dt.date] = mapped_column(Date)
    progress: Mapped[str] = mapped_column(Text, default="{}")  # JSON: objective number -> {status, comment}
    note: Mapped[str] = mapped_column(Text, default="")


ASSESSMENT_MODELS: tuple[type[Synced], ...] = (TeamMember, Contract, Review)
