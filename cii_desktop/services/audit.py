"""Who read, printed, sent, changed or erased what: the audit trail's use cases.

Every entry names the user by id (this workstation's profile, or the workstation itself when no
profile is set), the operation by code (domain/tables/audit.json), the person and case by id and,
for a disclosure, the recipient institutions by code. Nothing else: no names, no AVS numbers.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ..domain import rule_tables
from ..domain.dates import swiss_time
from ..paths import write_private
from ..storage import audit
from ..storage.store import Store

if TYPE_CHECKING:  # reportlab loads only when a report is made
    from ..documents.access_report import AccessReport


class UnknownOperation(ValueError):
    """An operation code that is not in the audit table (a programming error)."""


def operations() -> dict[str, dict[str, str]]:
    """code -> {category, fr, de} as the table lists them."""
    return {str(row["code"]): {"category": str(row["category"]), "fr": str(row["fr"]), "de": str(row["de"])}
            for row in rule_tables.load("audit")["operations"]}


def operation_label(code: str, language: str) -> str:
    row = operations().get(code)
    return row["de" if language == "de" else "fr"] if row else code


def retention_days() -> int:
    """Days an entry is kept: the table's value, never under the legal minimum it states."""
    table = rule_tables.load("audit")["retention"]
    return max(int(table["keep_days"]), int(table["minimum_days"]))


@dataclass(frozen=True)
class Actor:
    user_id: str
    institution: str
    workstation_id: str


def actor_of(store: Store) -> Actor:
    """This workstation's user as the audit trail names them (ids and an institution code only)."""
    workstation = store.workstation_id or ""
    user, institution = audit.actor_row(store.read_connection(), workstation)
    return Actor(user, institution, workstation)


def entries_for(actor: Actor, operation: str, *, person_ids: Sequence[str | None] = (None,),
                case_id: str | None = None, recipients: Iterable[str] = (),
                detail: dict[str, str | int] | None = None,
                at: dt.datetime | None = None) -> list[audit.Entry]:
    if operation not in operations():
        raise UnknownOperation(operation)
    when = at or dt.datetime.now(dt.timezone.utc)
    targets = tuple(recipients)
    return [audit.Entry(operation, actor.user_id, actor.workstation_id, when, actor.institution, person,
                        case_id, targets, dict(detail or {})) for person in person_ids]


def record(store: Store, operation: str, *, person_id: str | None = None, case_id: str | None = None,
           recipients: Iterable[str] = (), detail: dict[str, str | int] | None = None,
           at: dt.datetime | None = None) -> None:
    """One entry, in its own transaction (call it after the action succeeded)."""
    record_many(store, operation, [person_id], case_id=case_id, recipients=recipients, detail=detail, at=at)


def record_many(store: Store, operation: str, person_ids: Sequence[str | None], *,
                case_id: str | None = None, recipients: Iterable[str] = (),
                detail: dict[str, str | int] | None = None, at: dt.datetime | None = None) -> None:
    """One entry per person (a result list shows several persons), in one transaction."""
    if not person_ids:
        return
    entries = entries_for(actor_of(store), operation, person_ids=person_ids, case_id=case_id,
                          recipients=recipients, detail=detail, at=at)
    with store.raw_transaction() as conn:
        audit.append(conn, entries)


def record_document(store: Store, operation: str, document_id: str, recipients: Iterable[str] = ()) -> None:
    """A printed, saved or e-mailed form: its case and person found from the document's id."""
    row = store.read_connection().execute(
        "SELECT d.case_id, c.person_id, d.kind, d.version FROM document d JOIN case_file c ON c.id = d.case_id "
        "WHERE d.id = ?", (document_id,)).fetchone()
    if row is None:
        return
    record(store, operation, person_id=str(row[1]), case_id=str(row[0]), recipients=recipients,
           detail={"document": document_id, "kind": str(row[2]), "version": int(row[3])})


def verify(store: Store) -> audit.Verdict:
    return audit.verify(store.read_connection())


def retention_pass(store: Store, now: dt.datetime | None = None) -> int:
    """Remove the entries older than the retention period; returns how many went."""
    cutoff = (now or dt.datetime.now(dt.timezone.utc)) - dt.timedelta(days=retention_days())
    with store.raw_transaction() as conn:
        return audit.prune_before(conn, cutoff)


def readable(store: Store, filters: audit.Filters) -> audit.Filters:
    """``filters`` as this user may read the trail: everyone's entries with ``audit.read_others``
    (the data-protection officer), else their own only (asking for someone else's is refused)."""
    from dataclasses import replace

    from . import permissions

    if permissions.may(store, "audit.read_others"):
        return filters
    own = actor_of(store).user_id
    if filters.actor not in (None, own):
        raise permissions.PermissionDenied("audit.read_others")
    return replace(filters, actor=own)


def search(store: Store, filters: audit.Filters, limit: int = 500,
           before: tuple[str, int] | None = None) -> list[tuple[object, ...]]:
    """A page of entries, newest first; columns as storage.audit.COLUMNS; ``before``: (at, seq) of
    the last row of the previous page. Only the user's own entries unless ``audit.read_others``."""
    return audit.query(store.read_connection(), readable(store, filters), limit, before)


def csv_text(store: Store, filters: audit.Filters, language: str) -> str:
    """The matching entries as CSV (oldest first), operation labels in ``language``."""
    heads = {"fr": ("N°", "Date et heure (UTC)", "Poste", "Utilisateur", "Institution", "Opération",
                    "Code", "Personne", "Dossier", "Destinataires", "Détail"),
             "de": ("Nr.", "Datum und Zeit (UTC)", "Arbeitsplatz", "Benutzer/in", "Institution", "Vorgang",
                    "Code", "Person", "Dossier", "Empfänger", "Detail")}
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(heads["de" if language == "de" else "fr"])
    for row in audit.iterate(store.read_connection(), readable(store, filters)):
        seq, at, workstation, actor, institution, operation, person, case, recipients, detail = row
        writer.writerow([seq, at, workstation, actor, institution, operation_label(str(operation), language),
                         operation, person or "", case or "", recipients, detail])
    return out.getvalue()


def export_csv(store: Store, filters: audit.Filters, path: Path, language: str) -> int:
    """Write the CSV atomically, readable by the owner only; refuses to overwrite. Returns the rows."""
    text = csv_text(store, filters, language)
    write_private(path, text.encode("utf-8-sig"))
    record(store, "export", person_id=filters.person_id, case_id=filters.case_id,
           detail={"what": "audit.csv"})
    return text.count("\r\n") - 1


# --- "who saw my file" ------------------------------------------------------------------------

def _swiss(at: object) -> str:
    value = at if isinstance(at, dt.datetime) else dt.datetime.fromisoformat(str(at))
    return swiss_time(value).strftime("%d.%m.%Y %H:%M")


def access_report(store: Store, person_id: str, since: dt.date, until: dt.date, language: str,
                  made_by: str = "", issuer: str = "") -> AccessReport:
    """Everything this workstation's trail holds about one person over a period (until inclusive):
    everyone's entries, so only for the data-protection officer (``audit.read_others``)."""
    from ..documents.access_report import AccessReport, AccessRow, words
    from . import permissions

    permissions.require(store, "audit.read_others")

    conn = store.read_connection()
    person = conn.execute("SELECT last_name, first_name, birth_date FROM person WHERE id = ?",
                          (person_id,)).fetchone()
    if person is None:
        raise LookupError(person_id)
    start = dt.datetime.combine(since, dt.time(), dt.timezone.utc)
    end = dt.datetime.combine(until + dt.timedelta(days=1), dt.time(), dt.timezone.utc)
    flt = audit.Filters(person_id=person_id, since=start, until=end)
    users = dict(conn.execute("SELECT id, full_name FROM user_profile"))
    institutions = {str(code): str(name_de if language == "de" else name_fr) for code, name_fr, name_de in
                    conn.execute("SELECT code, short_fr, short_de FROM institution")}
    refs = dict(conn.execute("SELECT id, reference FROM case_file WHERE person_id = ?", (person_id,)))
    rows = []
    for _seq, at, _ws, actor, institution, operation, _p, case, recipients, _d in audit.iterate(conn, flt):
        user = users.get(actor) or words(language)["workstation"].format(id=str(actor)[:8])
        rows.append(AccessRow(_swiss(at), institutions.get(str(institution), str(institution)), str(user),
                              operation_label(str(operation), language),
                              str(refs.get(case, case or "")),
                              ", ".join(institutions.get(c, c) for c in str(recipients).split(",") if c)))
    birth = person[2]
    birth_text = birth.strftime("%d.%m.%Y") if isinstance(birth, dt.date) else \
        dt.date.fromisoformat(str(birth)[:10]).strftime("%d.%m.%Y")
    return AccessReport(language, f"{person[0]} {person[1]}", birth_text,
                        f"{since:%d.%m.%Y} – {until:%d.%m.%Y}", dt.date.today().strftime("%d.%m.%Y"),
                        made_by, issuer, rows)


def export_access_pdf(store: Store, person_id: str, since: dt.date, until: dt.date, path: Path,
                      language: str, made_by: str = "", issuer: str = "") -> int:
    """The person's "who saw my file" PDF, written atomically and privately; the export is audited."""
    from ..documents.access_report import render_access_report

    report = access_report(store, person_id, since, until, language, made_by, issuer)
    write_private(path, render_access_report(report))
    record(store, "export", person_id=person_id, detail={"what": "audit.pdf"})
    return len(report.rows)
