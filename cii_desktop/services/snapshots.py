"""What a printed form shows, taken from the records at print time as plain JSON (the frozen content)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.errors import FieldError, ValidationFailed
from ..storage.assessment_records import Contract
from ..storage.models import Case, Synced
from ..storage.records import (
    Announcement,
    BureauDecision,
    CaseEvent,
    Collaboration,
    Consent,
    EvaluationGrid,
    Handling,
    Meeting,
)
from . import cases, referral

PROBLEM_RATING = 2  # a grid domain rated at least this is a problem of the announcement (CII100.1)

# Who signs each kind of form (keys of documents.labels), and whose name goes in the block.
PARTIES: dict[str, tuple[str, ...]] = {
    "grid": ("professional", "the_person"),
    "procuration": ("the_person", "professional"),
    "legal_basis": ("decider",),  # signed by whoever decided, never by the person
    "refusal": ("the_person", "professional"),
    "announcement": ("professional",),
    "decision": ("bureau",),
    "transition": ("professional",),
    "warning": ("orp_counsellor",),
    "closure": ("professional",),
    "tro_minutes": ("regional_coordinator",),  # the TRO is led and signed by the regional coordinator
    "network_minutes": (),  # every participant present signs (added from the minutes)
    "contract": (),  # every member of the regional team signs (added from the team)
    "tandem_plan": ("orp_counsellor", "cms_social_worker", "the_person"),
}


def _iso(value: dt.date | dt.datetime | None) -> str | None:
    return value.isoformat() if value else None


def _common(case: Case) -> dict[str, Any]:
    p = case.person
    return {
        "person": {"first_name": p.first_name, "last_name": p.last_name, "birth_date": _iso(p.birth_date),
                   "avs": p.avs_number, "address": p.address, "commune": p.commune, "language": p.language},
        "case": {"reference": case.reference, "office_fr": case.office.name_fr, "office_de": case.office.name_de,
                 "lead": case.lead_institution.code},
        "institution": case.lead_institution.code,
    }


def _latest(session: Session, model: type[Synced], case_id: str, order: Any, **where: Any) -> Any:
    query = select(model).where(model.case_id == case_id, model.deleted.is_(False))  # type: ignore[attr-defined]
    for name, value in where.items():
        query = query.where(getattr(model, name) == value)
    return session.scalar(query.order_by(order.desc(), model.created_at.desc()).limit(1))


def _grid(session: Session, case: Case, row: EvaluationGrid) -> dict[str, Any]:
    ratings = {code: {"rating": r.rating, "comment": r.comment} for code, r in referral.ratings_of(row).items()}
    return {"assessed_on": _iso(row.assessed_on), "assessor": row.assessor, "assessor_role": row.assessor_role,
            "institution": row.institution_code or case.lead_institution.code, "ratings": ratings,
            "proposed_level": row.proposed_level, "level": row.level, "override_reason": row.override_reason,
            "refused": row.refused, "table_version": row.table_version}


def _consent(session: Session, case: Case, row: Consent) -> dict[str, Any]:
    return {"kind": row.kind, "institutions": list(referral.institutions_of(row)),
            "offices": {code: list(offices) for code, offices in referral.offices_of(row)},
            "given_on": _iso(row.given_on),
            "valid_until": _iso(row.valid_until), "revoked_on": _iso(row.revoked_on),
            "legal_basis": row.legal_basis, "decided_by": row.decided_by, "note": row.note,
            "recorded_by": row.recorded_by, "revoked_by": row.revoked_by,
            "contacts": [{"institution": i.institution_code, "contact": i.contact_name}
                         for i in cases.involvements(session, case.id)]}


def _announcement(session: Session, case: Case, row: Announcement) -> dict[str, Any]:
    grid = session.get(EvaluationGrid, row.grid_id) if row.grid_id else None
    consent = session.get(Consent, row.consent_id) if row.consent_id else None
    # Codes only (worded at print time in the print language); what the professional typed stays as typed.
    consent_codes = None if consent is None else {
        "kind": consent.kind, "given_on": _iso(consent.given_on), "decided_by": consent.decided_by,
        "legal_basis": consent.legal_basis, "institutions": list(referral.institutions_of(consent)),
        "offices": {code: list(offices) for code, offices in referral.offices_of(consent)}}
    grid_problems = [] if grid is None else [
        {"domain": code, "rating": r.rating, "comment": r.comment}
        for code, r in referral.ratings_of(grid).items() if r.rating >= PROBLEM_RATING]
    involved = [{"institution": i.institution_code, "contact": i.contact_name}
                for i in cases.involvements(session, case.id)]
    return {"announced_on": _iso(row.announced_on), "announced_by": row.announced_by,
            "institution": row.announced_institution, "grid_on": _iso(grid.assessed_on) if grid else None,
            "grid_level": grid.level if grid else "", "consent": consent_codes, "grid_problems": grid_problems,
            "involved": involved, "problems": row.problems, "override_reason": row.level_override_reason or "",
            "institutions_involved": row.institutions_involved, "measures_tried": row.measures_tried,
            "expected_goal": row.expected_goal, "requested_handling": row.requested_handling}


def _decision(session: Session, case: Case, row: BureauDecision) -> dict[str, Any]:
    announcement = session.get(Announcement, row.announcement_id)
    return {"decided_on": _iso(row.decided_on), "decided_by": row.decided_by, "outcome": row.outcome,
            "handling": row.handling, "reason": row.reason, "suggestions": row.suggestions,
            "announced_on": _iso(announcement.announced_on) if announcement else None,
            "announced_by": announcement.announced_by if announcement else "",
            "announced_institution": announcement.announced_institution if announcement else ""}


def _transition(session: Session, case: Case, row: Collaboration) -> dict[str, Any]:
    return {"direction": row.direction, "target_row": row.target_row, "recorded_on": _iso(row.recorded_on),
            "recorded_by": row.recorded_by, "meeting_planned": row.network_meeting_planned,
            "meeting_on": _iso(row.meeting_on), "note": row.note}


def _event(session: Session, case: Case, row: CaseEvent) -> dict[str, Any]:
    return {"occurred_on": _iso(row.occurred_on), "author": row.author, "text": row.text, "outcome": row.outcome,
            "partner_informed": row.partner_informed}


def _meeting(session: Session, case: Case, row: Meeting) -> dict[str, Any]:
    from . import meetings

    return {"kind": row.kind, "scheduled_on": _iso(row.scheduled_on), "held_on": _iso(row.held_on),
            "place": row.place, "coordinator": row.coordinator, "situation": row.situation,
            "problems": row.problems, "decisions": row.decisions, "recommended": row.recommended,
            "distribution": row.distribution,
            "participants": [{"name": p.name, "institution": p.institution_code, "role": p.role, "present": p.present}
                             for p in meetings.participants(session, row.id)],
            "steps": [{"text": st.text, "owner": st.owner, "due_on": _iso(st.due_on)}
                      for st in meetings.steps(session, row.id)]}


def _contract(session: Session, case: Case, row: Contract) -> dict[str, Any]:
    from . import assessment

    assessment.ready_to_sign(session, row.id)  # held, with the person in the team: else nothing to sign
    handling = session.get(Handling, row.handling_id)
    assert handling is not None
    content = assessment.content_of(row)
    return {"version": row.version, "held_on": _iso(handling.held_on), "place": handling.place,
            "framework_end": _iso(handling.framework_end_on),
            "evaluation": {"medical": handling.eval_medical, "professional": handling.eval_professional,
                           "social": handling.eval_social, "resources": handling.eval_resources},
            "team": [{"name": m.name, "role": m.role, "institution": m.institution_code}
                     for m in assessment.team(session, handling.id)],
            "aim_kind": content.aim_kind, "aim": content.aim,
            "objectives": [o.to_dict() for o in content.objectives],
            "person_commitments": content.person_commitments,
            "institution_commitments": content.institution_commitments,
            "review_dates": [d.isoformat() for d in content.review_dates],
            "flags": [{"measure": f.measure, "code": f.code, "params": f.params}
                      for f in assessment.check(session, row.id)]}


def _tandem(session: Session, case: Case, row: Handling) -> dict[str, Any]:
    from . import tandem

    state = tandem.state(session, row.id)
    return {"started_on": _iso(row.started_on), "ends_on": _iso(state.ends_on), "lead_orp": row.lead_orp,
            "lead_cms": row.lead_cms, "outcome": row.outcome, "closed_on": _iso(row.closed_on),
            "objectives": row.objectives or "",
            "interviews": [{"held_on": _iso(i.held_on), "participants": i.participants, "notes": i.notes}
                           for i in tandem.interviews(session, row.id)],
            "thin_months": [f"{m:02d}.{y}" for y, m, _n in state.thin_months]}


Finder = Callable[[Session, str], Any]
SOURCES: dict[str, tuple[type[Synced], Finder, Callable[[Session, Case, Any], dict[str, Any]]]] = {
    "grid": (EvaluationGrid, lambda s, c: _latest(s, EvaluationGrid, c, EvaluationGrid.assessed_on), _grid),
    "procuration": (Consent, lambda s, c: _latest(s, Consent, c, Consent.given_on, kind="procuration"), _consent),
    "legal_basis": (Consent, lambda s, c: _latest(s, Consent, c, Consent.given_on, kind="legal_basis"), _consent),
    "refusal": (Consent, lambda s, c: _latest(s, Consent, c, Consent.given_on, kind="refusal"), _consent),
    "announcement": (Announcement, lambda s, c: _latest(s, Announcement, c, Announcement.created_at),
                     _announcement),
    "decision": (BureauDecision, lambda s, c: _latest(s, BureauDecision, c, BureauDecision.created_at),
                 _decision),
    "transition": (Collaboration, lambda s, c: _latest(s, Collaboration, c, Collaboration.recorded_on),
                   _transition),
    "warning": (CaseEvent, lambda s, c: _latest(s, CaseEvent, c, CaseEvent.occurred_on, kind="warning"), _event),
    "closure": (CaseEvent, lambda s, c: _latest(s, CaseEvent, c, CaseEvent.occurred_on, kind="closure"), _event),
    "tro_minutes": (Meeting, lambda s, c: _latest(s, Meeting, c, Meeting.scheduled_on, kind="round_table"), _meeting),
    "network_minutes": (Meeting, lambda s, c: _latest(s, Meeting, c, Meeting.scheduled_on, kind="network"),
                        _meeting),
    "contract": (Contract, lambda s, c: _latest(s, Contract, c, Contract.version), _contract),
    "tandem_plan": (Handling, lambda s, c: _latest(s, Handling, c, Handling.created_on, kind="tandem"), _tandem),
}


def _party_names(kind: str, case: Case, record: dict[str, Any]) -> list[dict[str, str]]:
    p = case.person
    out = []
    for party in PARTIES[kind]:
        if party == "the_person":
            out.append({"party": party, "name": f"{p.first_name} {p.last_name}", "institution": ""})
        elif party == "orp_counsellor" and kind == "tandem_plan":
            out.append({"party": party, "name": record["lead_orp"], "institution": "ORP"})
        elif party == "cms_social_worker":
            out.append({"party": party, "name": record["lead_cms"], "institution": "CMS"})
        elif party in ("coordinator", "regional_coordinator"):
            out.append({"party": party, "name": record.get("coordinator", ""), "institution": ""})
        elif party == "decider":
            out.append({"party": party, "name": record.get("decided_by", ""), "institution": ""})
        elif party == "bureau":
            out.append({"party": party, "name": record.get("decided_by", ""), "institution": "BUREAU"})
        else:
            name = record.get("assessor") or record.get("announced_by") or record.get("recorded_by") \
                or record.get("author") or ""
            out.append({"party": party, "name": name,
                        "institution": record.get("institution") or case.lead_institution.code})
    if kind == "contract":
        out += [{"party": f"member{i}", "name": m["name"], "institution": m["institution"], "role": m["role"]}
                for i, m in enumerate(record["team"])]
    if kind == "network_minutes":
        out += [{"party": f"participant{i}", "name": p["name"], "institution": p["institution"],
                 "role_text": p["role"]}
                for i, p in enumerate(record["participants"]) if p["present"]]
    return out


def issuer(kind: str, record: dict[str, Any], case: Case) -> str:
    """Whose letterhead a form carries: the Bureau's decision on the Bureau's, a warning on the ORP's,
    a grid or an announcement on the professional's institution, a transition on the side it comes from."""
    if kind in ("decision", "tro_minutes"):
        return "BUREAU"
    if kind == "warning":
        return "ORP"
    if kind in ("grid", "announcement") and record.get("institution"):
        return str(record["institution"])
    if kind == "transition":
        return {"orp_to_cms": "ORP", "cms_to_orp": "CMS"}.get(record["direction"], case.lead_institution.code)
    return case.lead_institution.code


def snapshot(session: Session, case_id: str, kind: str, subject_id: str | None = None,
             today: dt.date | None = None) -> tuple[str, dict[str, Any]]:
    """(record id, content) of the record a form of ``kind`` prints: ``subject_id`` or the latest one."""
    case = session.get(Case, case_id)
    if case is None or case.deleted:
        raise ValidationFailed([FieldError("case", "reference.unknown")])
    model, latest, build = SOURCES[kind]
    row = session.get(model, subject_id) if subject_id else latest(session, case_id)
    if row is None or row.deleted or getattr(row, "case_id", None) != case_id:
        raise ValidationFailed([FieldError("kind", "document.nothing_to_print")])
    content = _common(case)
    content["record"] = build(session, case, row)
    content["institution"] = issuer(kind, content["record"], case)
    content["parties"] = _party_names(kind, case, content["record"])
    return row.id, content
