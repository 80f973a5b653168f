"""The Bureau's register of collaborations (its former Excel table): read, validate, import in one transaction.

One row is one situation announced to the Bureau. Headers in French or German, in any order (case, accents
and punctuation ignored; tables/register.json). Every row is validated first; then either every valid row
is written in one transaction or nothing is. A row's import key (its person's identity, the announcement
date and institution) is stored on the announcement: importing the same file again changes nothing.
Imported cases have no consent recorded, so they stay on this workstation until it is.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import secrets
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain import reference
from ..domain.dates import DateError, parse_date
from ..domain.person import PersonInput, validate_person
from ..domain.rule_tables import load
from ..domain.text import _GERMAN, strip_accents
from ..storage.bulk import BulkWriter, Record, ascending_ids
from ..storage.bulk import record as new_record
from ..storage.models import Case, CaseInstitution, CaseStatusChange, Person
from ..storage.records import Announcement, BureauDecision, Handling
from ..storage.store import Store
from .bureau import _identity
from .cases import _REF_ALPHABET

MAX_ROWS = 100_000
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
AUTHOR = "BUREAU"
AMBIGUOUS = "register.ambiguous_person"  # a row without AVS number naming several recorded persons: refused


def fold(text: str) -> str:
    """'Date d'annonce' -> 'datedannonce', 'AHV-Nr.' -> 'ahvnr': case, accents and punctuation ignored."""
    return "".join(ch for ch in strip_accents(text) if ch.isalnum())


def _variants(text: str) -> set[str]:
    """The folded text, and its German spelling without umlauts ('Büro' also matches 'Buero')."""
    return {fold(text), fold(text.lower().translate(_GERMAN))}


def _lookup(list_name: str, table: str = "register") -> dict[str, str]:
    """Folded label or alias -> code, for one list of a rule table."""
    found: dict[str, str] = {}
    for row in load(table)[list_name]:
        for text in (row["fr"], row["de"], *row.get("aliases", [])):
            for variant in _variants(str(text)):
                found[variant] = str(row["code"])
    return found


def columns() -> list[dict[str, Any]]:
    return list(load("register")["columns"])


@dataclass(frozen=True)
class Problem:
    """A rule a row breaks (``row`` 0: the file itself); ``warning`` problems never stop the import."""

    row: int
    column: str
    code: str
    warning: bool = False
    params: tuple[tuple[str, str], ...] = ()  # filled into the message ({value}, {sheets}...)


@dataclass
class Row:
    """One valid row of the register, as codes and dates."""

    number: int
    last_name: str
    first_name: str
    birth_date: dt.date
    avs_number: str
    region: str
    institution: str
    professional: str
    announced_on: dt.date
    decision: str
    decided_on: dt.date | None
    state: str
    closed_on: dt.date | None
    outcome: str
    remarks: str

    def identity(self) -> str:
        return _identity(self.avs_number, self.last_name, self.first_name, self.birth_date)

    def import_key(self) -> str:
        text = f"cii-register|{self.identity()}|{self.announced_on.isoformat()}|{self.institution}"
        return hashlib.sha256(text.encode("utf-8")).hexdigest()[:40]


@dataclass
class Result:
    rows: int = 0
    valid: list[Row] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    headers: dict[str, str] = field(default_factory=dict)  # column code -> header as written in the file
    new_persons: int = 0
    matched_persons: int = 0
    already: int = 0  # rows of situations imported before: updated + unchanged + refused
    updated: int = 0
    unchanged: int = 0
    refused: int = 0
    written: int = 0
    committed: bool = False  # the import's transaction was committed (new rows written and/or rows updated)
    dry_run: bool = False
    checked: tuple[str, dt.date, int] | None = None  # (the file's digest, the day checked, its problems then)

    def validation(self, data: bytes, today: dt.date) -> Result | None:
        """This check's validation, to import the same file without reading and validating it again (the
        wizard checks, then imports); None unless it was of the same bytes, checked the same day."""
        if self.checked is None or self.checked[:2] != (_digest(data), today):
            return None
        return Result(rows=self.rows, valid=list(self.valid), problems=self.problems[:self.checked[2]],
                      headers=dict(self.headers), checked=self.checked)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if not p.warning]

    def bad_rows(self) -> set[int]:
        return {p.row for p in self.errors if p.row}


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _text(value: Any, limit: int) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = _CONTROL.sub("", str(value)).strip()
    return text if len(text) <= limit else text[:limit + 1]


def _date(value: Any) -> dt.date | None:
    """A cell as a date: an Excel date, or dd.mm.yyyy text; None when empty; DateError otherwise."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        return parse_date(value.strip())
    raise DateError("date.format")


def find_header(rows: list[tuple[Any, ...]]) -> tuple[int, dict[str, int], list[str]]:
    """The header row among the first ones: (its index, column code -> cell index, unknown headers)."""
    names = {variant: str(col["code"]) for col in columns()
             for text in (col["fr"], col["de"], *col.get("aliases", [])) for variant in _variants(str(text))}
    best: tuple[int, dict[str, int], list[str]] = (-1, {}, [])
    for index, cells in enumerate(rows[:10]):
        found: dict[str, int] = {}
        unknown: list[str] = []
        for position, cell in enumerate(cells):
            key = fold(str(cell)) if cell is not None else ""
            if key in names and names[key] not in found:
                found[names[key]] = position
            elif key:
                unknown.append(str(cell))
        if len(found) > len(best[1]):
            best = (index, found, unknown)
    return best


def validate(sheet_rows: Iterator[tuple[Any, ...]], today: dt.date | None = None) -> Result:
    """Check every row; the result holds the valid rows and every problem (row, column code, reason)."""
    result = Result()
    head = [tuple(r) for _, r in zip(range(10), sheet_rows, strict=False)]
    header_index, where, _unknown = find_header(head)
    required = [str(c["code"]) for c in columns() if c["required"]]
    if header_index < 0 or len(where) < 3:
        result.problems.append(Problem(0, "", "register.no_header"))
        return result
    for code in required:
        if code not in where:
            result.problems.append(Problem(0, code, "register.missing_column"))
    if result.problems:
        return result
    result.headers = {code: str(head[header_index][pos]) for code, pos in where.items()}
    lists = {"region": _lookup("regions"), "institution": _lookup("institutions"),
             "decision": _lookup("decisions"), "state": _lookup("states"),
             "outcome": _lookup("register_outcomes", "outcomes")}
    seen: dict[str, int] = {}
    body = [*head[header_index + 1:]]
    number = header_index + 1
    for cells in _chain(body, sheet_rows):
        number += 1
        if not any(c not in (None, "") and str(c).strip() for c in cells):
            continue
        result.rows += 1
        if result.rows > MAX_ROWS:
            result.problems.append(Problem(number, "", "register.too_many_rows"))
            break
        row = _row(number, cells, where, lists, result.problems, today)
        if row is not None:
            key = row.import_key()
            if key in seen:
                result.problems.append(Problem(number, "announced_on", "register.duplicate_row"))
                continue
            seen[key] = number
            result.valid.append(row)
    return result


def _chain(first: list[tuple[Any, ...]], rest: Iterator[tuple[Any, ...]]) -> Iterator[tuple[Any, ...]]:
    yield from first
    yield from (tuple(cells) for cells in rest)


def _row(number: int, cells: tuple[Any, ...], where: dict[str, int], lists: dict[str, dict[str, str]],
         problems: list[Problem], today: dt.date | None) -> Row | None:
    def cell(code: str) -> Any:
        position = where.get(code)
        return cells[position] if position is not None and position < len(cells) else None

    mine: list[Problem] = []
    values: dict[str, Any] = {}
    for code, limit in (("last_name", 100), ("first_name", 100), ("professional", 200), ("remarks", 20_000)):
        values[code] = _text(cell(code), limit)
        if len(values[code]) > limit:
            mine.append(Problem(number, code, "register.too_long"))
    values["avs_number"] = _text(cell("avs_number"), 20)
    for code in ("birth_date", "announced_on", "decided_on", "closed_on"):
        try:
            values[code] = _date(cell(code))
        except DateError as exc:
            mine.append(Problem(number, code, exc.code))
            values[code] = None
    for code, known in lists.items():
        text = _text(cell(code), 200)
        values[code] = known.get(fold(text), "") if text else ""
        if text and not values[code]:  # the value as typed, and the list it should be from (named in the report)
            mine.append(Problem(number, code, "register.unknown_value", params=(("value", text[:60]), ("list", code))))
    for code in ("last_name", "first_name", "birth_date", "region", "institution", "announced_on"):
        if values[code] in ("", None) and not any(p.column == code for p in mine):
            mine.append(Problem(number, code, "required"))
    person, errors = validate_person(PersonInput(
        first_name=values["first_name"], last_name=values["last_name"], birth_date=values["birth_date"],
        avs_number=values["avs_number"]), today)
    mine += [Problem(number, e.field, e.code) for e in errors
             if e.code != "required" and not any(p.column == e.field for p in mine)]
    mine += [p for p in _coherence(number, values, today or dt.date.today())  # one message per bad cell
             if not any(q.column == p.column for q in mine)]
    problems.extend(mine)
    if mine:
        return None
    return Row(number, person.last_name, person.first_name, values["birth_date"], person.avs_number,
               values["region"], values["institution"], values["professional"], values["announced_on"],
               values["decision"], values["decided_on"], values["state"], values["closed_on"], values["outcome"],
               values["remarks"])


def _coherence(number: int, v: dict[str, Any], today: dt.date) -> list[Problem]:
    """Dates in order and not in the future; a state and an outcome that fit the Bureau's decision."""
    found: list[Problem] = []
    announced = v["announced_on"]
    for code in ("announced_on", "decided_on", "closed_on"):
        if v[code] is not None and v[code] > today:
            found.append(Problem(number, code, "date.future"))
        elif v[code] is not None and announced is not None and v[code] < announced:
            found.append(Problem(number, code, "register.before_announcement"))
    decision, state, outcome = v["decision"], v["state"], v["outcome"]
    if not decision or decision == "refused":
        if state or outcome:
            found.append(Problem(number, "state" if state else "outcome", "register.needs_handling"))
        return found
    if outcome and outcome not in load("outcomes")["register_to_stored"][decision]:
        found.append(Problem(number, "outcome", "register.outcome_not_allowed"))
    elif outcome and outcome != "pending" and state in ("", "waiting"):
        found.append(Problem(number, "outcome", "register.outcome_not_held"))
    elif decision in ("assessment", "tandem") and state == "done" and outcome in ("", "pending"):
        found.append(Problem(number, "outcome", "closure.outcome_required"))
    elif decision in ("assessment", "tandem") and outcome not in ("", "pending") and state != "done":
        found.append(Problem(number, "state", "register.outcome_not_closed"))
    return found


# --- writing ----------------------------------------------------------------------------------

FLUSH_EVERY = 500  # rows written (and progress reported) per batch


def _chunks(values: list[Any], size: int = 500) -> Iterator[list[Any]]:
    for start in range(0, len(values), size):
        yield values[start:start + size]


class _Persons:
    """The persons the file may name, read in a few queries: by AVS number, and by name + birth date."""

    def __init__(self, session: Session, rows: list[Row]) -> None:
        self.by_avs: dict[str, str] = {}
        self.by_name: dict[str, list[tuple[str, str]]] = {}
        for chunk in _chunks(sorted({r.avs_number for r in rows if r.avs_number})):
            for avs, pid in session.execute(select(Person.avs_number, Person.id).where(
                    Person.avs_number.in_(chunk), Person.deleted.is_(False))):
                self.by_avs[avs] = pid
        for chunk in _chunks(sorted({r.birth_date for r in rows})):
            for pid, last, first, born, avs in session.execute(select(
                    Person.id, Person.last_name, Person.first_name, Person.birth_date, Person.avs_number)
                    .where(Person.birth_date.in_(chunk), Person.deleted.is_(False))):
                self.by_name.setdefault(_identity("", last, first, born), []).append((pid, avs))

    def find(self, row: Row) -> tuple[str | None, str]:
        """(the id of the person this row names, or None for a new person; the problem to report, or "").
        A row without AVS number naming several recorded persons (same name and birth date) is refused
        (``AMBIGUOUS``): attaching the case to the wrong one would show it in another person's file."""
        if row.avs_number and row.avs_number in self.by_avs:
            return self.by_avs[row.avs_number], ""
        namesakes = self.by_name.get(_identity("", row.last_name, row.first_name, row.birth_date), [])
        if not row.avs_number:
            if len(namesakes) > 1:
                return None, AMBIGUOUS
            return (namesakes[0][0] if namesakes else None), ""
        if not namesakes:
            return None, ""
        if any(not avs for _, avs in namesakes):
            return None, "register.possible_duplicate_no_avs"
        return None, "register.possible_duplicate"

    def add(self, row: Row, person_id: str) -> None:
        """A person created for a row of this file: later rows find it (and its namesakes) too."""
        if row.avs_number:
            self.by_avs[row.avs_number] = person_id
        key = _identity("", row.last_name, row.first_name, row.birth_date)
        self.by_name.setdefault(key, []).append((person_id, row.avs_number))


def _references(session: Session, rows: list[Row]) -> list[str]:
    """New case references (cases.new_reference's format: office, year, six random characters), unique
    across the database and the file, checked in a few queries."""
    refs: list[str] = []
    for row in rows:
        prefix = reference.by_code(reference.OFFICES, row.region).prefix
        refs.append(f"{prefix}-{row.announced_on.year}-" + "".join(secrets.choice(_REF_ALPHABET) for _ in range(6)))
    while True:
        taken: set[str] = set()
        for chunk in _chunks(refs):
            taken.update(session.scalars(select(Case.reference).where(Case.reference.in_(chunk))))
        seen: set[str] = set()
        clashes = []
        for i, ref in enumerate(refs):
            if ref in taken or ref in seen:
                clashes.append(i)
            seen.add(ref)
        if not clashes:
            return refs
        for i in clashes:
            refs[i] = refs[i][:-6] + "".join(secrets.choice(_REF_ALPHABET) for _ in range(6))


RECORDS_PER_ROW = 6  # at most: case, status change, lead institution, announcement, decision, handling


def _objects(row: Row, person_id: str, case_reference: str, ids: Iterator[str] | None = None) -> list[Record]:
    """The records of one row, as cases.create_case, bureau.send and bureau.decide write them (case, its
    lead institution, announcement, decision, handling), for the bulk writer; their ids from ``ids``
    (in that order) when given."""
    def record(model: type[Any], **values: Any) -> Record:
        return new_record(model, **values) if ids is None else new_record(model, id=next(ids), **values)

    author = row.professional or AUTHOR
    decided_on = row.decided_on or row.announced_on
    states = load("register")["handling_states"].get(row.decision, {})
    state = states.get(row.state or "waiting", "")
    closed = state == "closed"
    status = "closed" if closed else "in_handling" if state else "announced"
    lead = reference.reference_id("institution", row.institution)
    case = record(Case, reference=case_reference, person_id=person_id,
                  office_id=reference.reference_id("office", row.region), lead_institution_id=lead,
                  status=status, opened_on=row.announced_on,
                  closed_on=(row.closed_on or decided_on) if closed else None, summary=row.remarks)
    case_id = case[1]["id"]
    announcement = record(
        Announcement, case_id=case_id, announced_by=row.professional, announced_institution=row.institution,
        announced_on=row.announced_on, status={"": "sent", "refused": "refused"}.get(row.decision, "accepted"),
        import_key=row.import_key(), requested_handling="" if row.decision == "refused" else row.decision)
    # One status change: the case enters the history with the state the register gives it.
    found = [case, record(CaseStatusChange, case_id=case_id, status=status, changed_by=AUTHOR),
             record(CaseInstitution, case_id=case_id, institution_id=lead, role="lead", contact_name=author),
             announcement]
    if not row.decision:
        return found
    decision = record(
        BureauDecision, announcement_id=announcement[1]["id"], case_id=case_id, decided_on=decided_on,
        decided_by=AUTHOR, outcome="refused" if row.decision == "refused" else "accepted",
        handling="" if row.decision == "refused" else row.decision)
    found.append(decision)
    if row.decision == "refused":
        return found
    stored = load("outcomes")["register_to_stored"][row.decision].get(row.outcome, "") if row.outcome else ""
    found.append(record(
        Handling, case_id=case_id, kind=row.decision, decision_id=decision[1]["id"], created_on=decided_on,
        state=state, outcome=stored,
        started_on=decided_on if row.decision == "tandem" and state != "to_organise" else None,
        held_on=(row.closed_on or decided_on) if state == "held" and row.decision == "round_table" else None,
        closed_on=(row.closed_on or decided_on) if closed or (row.decision == "round_table" and row.state == "done")
        else None))
    return found


def run_import(store: Store, data: bytes, *, dry_run: bool = False, skip_invalid: bool = False,
               today: dt.date | None = None, progress: Callable[[int, int], None] | None = None,
               checked: Result | None = None, before_commit: Callable[[], None] | None = None) -> Result:
    """Validate the workbook, then (unless ``dry_run``) write it in ONE transaction: every valid row
    when ``skip_invalid``, else only when no row has an error. ``progress`` may raise to cancel:
    the transaction is rolled back and nothing is written. The records are written in bulk
    (storage.bulk: executemany, with the journal and audit rows an ORM flush would write).
    ``checked``: the result of a dry run of the same file (the wizard's check): its validation is
    reused instead of reading the workbook again (only if the bytes are the same, checked today).
    A re-imported row changing the Bureau's decision is an error row. ``before_commit`` is called once
    everything is written, just before the commit (after it, ``result.committed``)."""
    from . import permissions, register_update
    from .register_xlsx import Sheets, read_rows, sheet_problems

    permissions.require(store, "register.import")  # the Bureau CII's register
    day = today or dt.date.today()
    result = checked.validation(data, day) if checked is not None else None
    if result is None:
        sheets = Sheets()
        result = validate(read_rows(data, sheets), today)
        sheet_problems(result, sheets)
        result.checked = (_digest(data), day, len(result.problems))
    result.dry_run = dry_run
    if any(p.row == 0 for p in result.errors):
        return result
    with store.unit_of_work() as uow:
        session = uow.session
        known = register_update.known_keys(session, result.valid)
        persons = _Persons(session, result.valid)
        created: dict[str, Record] = {}
        new_ids: set[str] = set()
        todo: list[tuple[Row, str]] = []
        again: list[tuple[Row, register_update.Known]] = []
        person_ids = ascending_ids(len(result.valid))  # new persons' ids, in ascending order (see ascending_ids)
        for row in result.valid:
            if row.import_key() in known:
                again.append((row, known[row.import_key()]))
                continue
            person_id, problem = persons.find(row)
            if problem:
                result.problems.append(Problem(row.number, "last_name", problem, problem != AMBIGUOUS))
            if problem == AMBIGUOUS:
                continue  # an error: all or nothing stops the import, skipping bad rows leaves this one out
            if person_id is None:
                if row.identity() not in created:
                    result.new_persons += 1
                    created[row.identity()] = new_record(
                        Person, id=next(person_ids), first_name=row.first_name, last_name=row.last_name,
                        birth_date=row.birth_date, avs_number=row.avs_number,
                        language="de" if row.region == "UPPER_VALAIS" else "fr")
                    persons.add(row, created[row.identity()][1]["id"])
                    new_ids.add(created[row.identity()][1]["id"])
                person_id = created[row.identity()][1]["id"]
            elif person_id not in new_ids:  # a person of an earlier row of this file is not "matched"
                result.matched_persons += 1
            todo.append((row, person_id))
        result.already = len(again)
        total = len(todo) + len(again)
        for done, _number in enumerate(register_update.apply(session, again, result), 1):
            if progress is not None and (done % FLUSH_EVERY == 0 or done == len(again)):
                progress(done, total)
        if dry_run or (result.errors and not skip_invalid) or not (todo or result.updated):
            session.rollback()
            return result
        session.flush()
        ids = ascending_ids(RECORDS_PER_ROW * len(todo))  # see ascending_ids
        with BulkWriter(session) as writer:
            writer.write(list(created.values()))
            refs = _references(session, [row for row, _ in todo])
            for start in range(0, len(todo), FLUSH_EVERY):
                batch = zip(todo[start:start + FLUSH_EVERY], refs[start:start + FLUSH_EVERY], strict=True)
                writer.write([obj for (row, person_id), ref in batch
                              for obj in _objects(row, person_id, ref, ids)])
                if progress is not None:
                    progress(len(again) + min(start + FLUSH_EVERY, len(todo)), total)
        result.written = len(todo)
        if before_commit is not None:
            before_commit()  # the command line masks Ctrl-C from here: the import is about to be complete
    result.committed = True
    return result
