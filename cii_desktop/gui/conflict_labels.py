"""How the conflict review names things: a field by its label in the reader's language (never its
column code), a value in words (a status, a language, yes/no, a date), a workstation by the person
and office the network's roster gives it (never its id)."""

from __future__ import annotations

import contextlib
import datetime as dt
import re
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ..domain import reference, sharing
from ..domain.dates import format_date
from ..services.profile import RosterEntry
from . import i18n

CONTEXT = "Sync"
FIELD_LABELS = {
    # the person
    "last_name": QT_TRANSLATE_NOOP("Sync", "Last name"), "first_name": QT_TRANSLATE_NOOP("Sync", "First name"),
    "birth_date": QT_TRANSLATE_NOOP("Sync", "Date of birth"), "avs_number": QT_TRANSLATE_NOOP("Sync", "AVS number"),
    "language": QT_TRANSLATE_NOOP("Sync", "Language"), "commune": QT_TRANSLATE_NOOP("Sync", "Commune"),
    "address": QT_TRANSLATE_NOOP("Sync", "Address"), "phone": QT_TRANSLATE_NOOP("Sync", "Phone"),
    "email": QT_TRANSLATE_NOOP("Sync", "E-mail"),
    "receives_ij_ac": QT_TRANSLATE_NOOP("Sync", "Unemployment daily allowances"),
    "end_of_rights_on": QT_TRANSLATE_NOOP("Sync", "End of rights"),
    "waiting_period": QT_TRANSLATE_NOOP("Sync", "Waiting period"), "sanctioned": QT_TRANSLATE_NOOP("Sync", "Sanction"),
    "job_seeker_without_rights": QT_TRANSLATE_NOOP("Sync", "Job seeker without rights (LSE)"),
    "social_assistance": QT_TRANSLATE_NOOP("Sync", "Social assistance"),
    "employability_verified_on": QT_TRANSLATE_NOOP("Sync", "Employability verified on"),
    "fit_for_placement": QT_TRANSLATE_NOOP("Sync", "Fit for placement"),
    "fitness_exam_filed_on": QT_TRANSLATE_NOOP("Sync", "Fitness examination requested on"),
    "pqf_started_on": QT_TRANSLATE_NOOP("Sync", "PQF started on"),
    "deregistered_on": QT_TRANSLATE_NOOP("Sync", "Deregistration date"),
    "young_adult": QT_TRANSLATE_NOOP("Sync", "Young adult"),
    # the case and what it holds
    "reference": QT_TRANSLATE_NOOP("Sync", "Reference"), "office_id": QT_TRANSLATE_NOOP("Sync", "Office"),
    "lead_institution_id": QT_TRANSLATE_NOOP("Sync", "Lead institution"),
    "status": QT_TRANSLATE_NOOP("Sync", "Status"), "summary": QT_TRANSLATE_NOOP("Sync", "Summary"),
    "opened_on": QT_TRANSLATE_NOOP("Sync", "Opened on"), "closed_on": QT_TRANSLATE_NOOP("Sync", "Closed on"),
    "institution_id": QT_TRANSLATE_NOOP("Sync", "Institution"), "role": QT_TRANSLATE_NOOP("Sync", "Role"),
    "contact_name": QT_TRANSLATE_NOOP("Sync", "Contact person"),
    "contact_email": QT_TRANSLATE_NOOP("Sync", "Contact's e-mail"),
    "contact_phone": QT_TRANSLATE_NOOP("Sync", "Contact's phone"),
    "title": QT_TRANSLATE_NOOP("Sync", "Title"), "text": QT_TRANSLATE_NOOP("Sync", "Text"),
    "note": QT_TRANSLATE_NOOP("Sync", "Note"), "notes": QT_TRANSLATE_NOOP("Sync", "Notes"),
    "due_on": QT_TRANSLATE_NOOP("Sync", "Due date"), "done": QT_TRANSLATE_NOOP("Sync", "Done"),
    "place": QT_TRANSLATE_NOOP("Sync", "Place"), "held_on": QT_TRANSLATE_NOOP("Sync", "Held on"),
    "scheduled_on": QT_TRANSLATE_NOOP("Sync", "Scheduled on"), "outcome": QT_TRANSLATE_NOOP("Sync", "Outcome"),
    "participants": QT_TRANSLATE_NOOP("Sync", "Participants"), "reason": QT_TRANSLATE_NOOP("Sync", "Reason"),
    "objectives": QT_TRANSLATE_NOOP("Sync", "Objectives"), "filename": QT_TRANSLATE_NOOP("Sync", "File name"),
    "deleted": QT_TRANSLATE_NOOP("Sync", "Deleted"), "valid_until": QT_TRANSLATE_NOOP("Sync", "Valid until"),
    # meetings, grids, decisions, contracts, signatures (what two workstations may edit at once)
    "changed_at": QT_TRANSLATE_NOOP("Sync", "Changed on"),
    "changed_by": QT_TRANSLATE_NOOP("Sync", "Changed by"),
    "occurred_at": QT_TRANSLATE_NOOP("Sync", "Date"),
    "occurred_on": QT_TRANSLATE_NOOP("Sync", "Date"),
    "author": QT_TRANSLATE_NOOP("Sync", "Author"),
    "done_at": QT_TRANSLATE_NOOP("Sync", "Done on"),
    "assessed_on": QT_TRANSLATE_NOOP("Sync", "Assessed on"),
    "assessor": QT_TRANSLATE_NOOP("Sync", "Assessed by"),
    "level": QT_TRANSLATE_NOOP("Sync", "Level"),
    "proposed_level": QT_TRANSLATE_NOOP("Sync", "Proposed level"),
    "override_reason": QT_TRANSLATE_NOOP("Sync", "Reason for another level"),
    "level_override_reason": QT_TRANSLATE_NOOP("Sync", "Reason for another level"),
    "ratings": QT_TRANSLATE_NOOP("Sync", "Ratings"),
    "given_on": QT_TRANSLATE_NOOP("Sync", "Given on"),
    "revoked_on": QT_TRANSLATE_NOOP("Sync", "Revoked on"),
    "revoked_by": QT_TRANSLATE_NOOP("Sync", "Revoked by"),
    "legal_basis": QT_TRANSLATE_NOOP("Sync", "Legal basis"),
    "decided_by": QT_TRANSLATE_NOOP("Sync", "Decided by"),
    "decided_on": QT_TRANSLATE_NOOP("Sync", "Decided on"),
    "recorded_by": QT_TRANSLATE_NOOP("Sync", "Recorded by"),
    "recorded_on": QT_TRANSLATE_NOOP("Sync", "Recorded on"),
    "institutions": QT_TRANSLATE_NOOP("Sync", "Institutions"),
    "offices": QT_TRANSLATE_NOOP("Sync", "Offices"),
    "institutions_involved": QT_TRANSLATE_NOOP("Sync", "Institutions"),
    "institution_code": QT_TRANSLATE_NOOP("Sync", "Institution"),
    "announced_institution": QT_TRANSLATE_NOOP("Sync", "Institution"),
    "problems": QT_TRANSLATE_NOOP("Sync", "Problems"),
    "measures_tried": QT_TRANSLATE_NOOP("Sync", "Measures already tried"),
    "expected_goal": QT_TRANSLATE_NOOP("Sync", "Expected goal"),
    "requested_handling": QT_TRANSLATE_NOOP("Sync", "Requested handling"),
    "announced_on": QT_TRANSLATE_NOOP("Sync", "Announced on"),
    "handling": QT_TRANSLATE_NOOP("Sync", "Handling"),
    "suggestions": QT_TRANSLATE_NOOP("Sync", "Suggestions"),
    "state": QT_TRANSLATE_NOOP("Sync", "State"),
    "started_on": QT_TRANSLATE_NOOP("Sync", "Started on"),
    "meeting_on": QT_TRANSLATE_NOOP("Sync", "Meeting on"),
    "coordinator": QT_TRANSLATE_NOOP("Sync", "Coordination"),
    "invited": QT_TRANSLATE_NOOP("Sync", "Invited"),
    "situation": QT_TRANSLATE_NOOP("Sync", "Situation"),
    "decisions": QT_TRANSLATE_NOOP("Sync", "Decisions"),
    "recommended": QT_TRANSLATE_NOOP("Sync", "Recommendation"),
    "distribution": QT_TRANSLATE_NOOP("Sync", "Distribution"),
    "name": QT_TRANSLATE_NOOP("Sync", "Name"),
    "present": QT_TRANSLATE_NOOP("Sync", "Present"),
    "owner": QT_TRANSLATE_NOOP("Sync", "Responsible"),
    "aim": QT_TRANSLATE_NOOP("Sync", "Aim"),
    "person_commitments": QT_TRANSLATE_NOOP("Sync", "Person's commitments"),
    "institution_commitments": QT_TRANSLATE_NOOP("Sync", "Institutions' commitments"),
    "review_dates": QT_TRANSLATE_NOOP("Sync", "Review dates"),
    "signed_on": QT_TRANSLATE_NOOP("Sync", "Signed on"),
    "signed_at": QT_TRANSLATE_NOOP("Sync", "Signed on"),
    "progress": QT_TRANSLATE_NOOP("Sync", "Progress"),
    "signer_name": QT_TRANSLATE_NOOP("Sync", "Signer"),
    "partner_informed": QT_TRANSLATE_NOOP("Sync", "Partner informed"),
    "resolved_on": QT_TRANSLATE_NOOP("Sync", "Resolved on"),
    "direction": QT_TRANSLATE_NOOP("Sync", "Direction"),
    "network_meeting_planned": QT_TRANSLATE_NOOP("Sync", "Network meeting planned"),
    "version": QT_TRANSLATE_NOOP("Sync", "Version"),
    "kind": QT_TRANSLATE_NOOP("Sync", "Kind"),
    "sharing_basis": QT_TRANSLATE_NOOP("Sync", "Sharing basis"),
    "eval_medical": QT_TRANSLATE_NOOP("Sync", "Medical assessment"),
    "eval_professional": QT_TRANSLATE_NOOP("Sync", "Professional assessment"),
    "eval_social": QT_TRANSLATE_NOOP("Sync", "Social assessment"),
    "eval_resources": QT_TRANSLATE_NOOP("Sync", "Resources assessment"),
    "framework_end_on": QT_TRANSLATE_NOOP("Sync", "End of the framework"),
    "organised_on": QT_TRANSLATE_NOOP("Sync", "Organised on"),
    "lead_orp": QT_TRANSLATE_NOOP("Sync", "Lead ORP"),
    "lead_cms": QT_TRANSLATE_NOOP("Sync", "Lead CMS"),
}
VALUE_TABLES = {"status": reference.CASE_STATUSES, "language": reference.LANGUAGES,
                "role": reference.CASE_INSTITUTION_ROLES}
REFERENCE_IDS = {reference.reference_id(kind, entry.code): entry for kind, table in
                 (("office", reference.OFFICES), ("institution", reference.INSTITUTIONS)) for entry in table}
_AUTHOR = re.compile(r"(.+) \((\w+) (\w+)\)")  # "name (INSTITUTION OFFICE)", as the sync records it


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def field_label(field: str) -> str:
    """A field by its label; a field without one is said as such, not by its code."""
    label = FIELD_LABELS.get(field)
    return _tr(label) if label else QCoreApplication.translate("Sync", "Other field")


INSTITUTION_FIELDS = frozenset({"institutions", "institutions_involved", "institution_code",
                                "announced_institution", "invited"})


def value_text(field: str, value: Any) -> str:
    """A value of ``field`` as a person reads it (a code in words, a date dd.MM.yyyy)."""
    if value is None or value == "" or value == [] or value == {} or (field == "offices" and value == "{}"):
        return "—"
    if field == "offices":
        return _offices_text(value)
    if isinstance(value, list):
        return ", ".join(value_text(field, item) for item in value)
    if field in INSTITUTION_FIELDS and isinstance(value, str):
        try:
            return i18n.short(reference.by_code(reference.INSTITUTIONS, value))
        except KeyError:
            return value
    if isinstance(value, bool):
        return QCoreApplication.translate("Sync", "yes") if value else QCoreApplication.translate("Sync", "no")
    if isinstance(value, str):
        if field in VALUE_TABLES:
            try:
                return i18n.label(reference.by_code(VALUE_TABLES[field], value))
            except KeyError:
                return value
        if value in REFERENCE_IDS:
            return i18n.label(REFERENCE_IDS[value])
        if len(value) == 10 and value[4] == "-" and value[7] == "-":
            try:
                return format_date(dt.date.fromisoformat(value))
            except ValueError:
                return value
    return str(value)


def _offices_text(value: Any) -> str:
    """A consent's offices ``{"ORP": ["SION"]}`` (or its JSON text) as the banner says them: "ORP (Sion)"."""
    from .referral_dialogs import institution_names

    offices = sharing.offices_from(value)
    return institution_names([institution for institution, _ in offices], offices) if offices else str(value)


def _in_words(name: str, institution: str, office: str) -> str:
    where = []
    for table, code, words in ((reference.INSTITUTIONS, institution, i18n.short),
                               (reference.OFFICES, office, i18n.label)):
        with contextlib.suppress(KeyError):
            where.append(words(reference.by_code(table, code)))
    return f"{name} ({', '.join(where)})" if where else name


def workstation_text(author: str, members: dict[str, RosterEntry]) -> str:
    """A workstation as its person and office in words: from the roster by its id or name, or from
    the "name (INSTITUTION OFFICE)" the sync recorded; a workstation unknown to both by its name."""
    entry = members.get(author) or next((m for m in members.values() if m.name == author), None)
    if entry is not None:
        return _in_words(entry.name, entry.institution, entry.office)
    match = _AUTHOR.fullmatch(author)
    if match:
        return _in_words(match[1], match[2], match[3])
    if author in members or re.fullmatch(r"[0-9a-f-]{32,36}", author):
        return QCoreApplication.translate("Sync", "Unknown workstation")
    return author
