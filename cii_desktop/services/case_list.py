"""The case list and its search, in plain SQL: the hot path of the window (every keystroke)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ..domain.text import search_query
from ..storage.store import Store

SORT_KEYS = ("reference", "person", "birth_date", "office", "institution", "status", "opened_on")
_ORDER = {
    "reference": ("c.reference",), "person": ("p.last_name", "p.first_name"),
    "birth_date": ("p.birth_date",), "office": ("o.code",), "institution": ("i.code",),
    "status": ("c.status",), "opened_on": ("c.search_key",),  # search_key follows opened_on
}
_SELECT = ("SELECT c.id, c.reference, p.last_name, p.first_name, p.birth_date, o.code, i.code, "
           "c.status, c.opened_on FROM case_file c JOIN person p ON p.id = c.person_id "
           "JOIN office o ON o.id = c.office_id JOIN institution i ON i.id = c.lead_institution_id ")
_MATCHES = "(SELECT rowid FROM case_fts WHERE case_fts MATCH ?)"
# Above this many full-text matches, the list walks the sort index and stops at the page's end;
# below it, it starts from the matches and sorts them. Both stay fast whatever the database size.
DENSE_MATCHES = 2000


@dataclass(frozen=True)
class CaseFilter:
    """What the case list shows: search text and the three filters."""

    text: str = ""
    status: str | None = None
    office_code: str | None = None
    institution_code: str | None = None


@dataclass(frozen=True)
class CaseRow:
    id: str
    reference: str
    person_name: str
    birth_date: dt.date
    office_code: str
    institution_code: str
    status: str
    opened_on: dt.date


def _where(flt: CaseFilter, fts: str | None, dense: bool) -> tuple[str, list[object]]:
    clauses: list[str] = ["c.deleted = 0"]
    params: list[object] = []
    if flt.text and fts is None:
        clauses.append("0")
    elif fts:
        # "+" keeps SQLite off the search_key index, so that it follows the ORDER BY index.
        clauses.append(("+c.search_key IN " if dense else "c.search_key IN ") + _MATCHES)
        params.append(fts)
    for column, value in (("c.status", flt.status), ("o.code", flt.office_code),
                          ("i.code", flt.institution_code)):
        if value:
            clauses.append(f"{column} = ?")
            params.append(value)
    return "WHERE " + " AND ".join(clauses), params


def _dense(store: Store, fts: str) -> bool:
    sample = "SELECT count(*) FROM (SELECT 1 FROM case_fts WHERE case_fts MATCH ? LIMIT ?)"
    count = store.read_connection().execute(sample, (fts, DENSE_MATCHES + 1)).fetchone()[0]
    return int(count) > DENSE_MATCHES


def list_cases(store: Store, flt: CaseFilter = CaseFilter(), sort: str = "opened_on",  # noqa: B008
               descending: bool = True, offset: int = 0, limit: int = 200) -> list[CaseRow]:
    """One page of the case list, sorted in the database."""
    fts = search_query(flt.text) if flt.text else None
    direction = " DESC" if descending else ""
    if fts and _ORDER.get(sort, _ORDER["opened_on"]) == _ORDER["opened_on"]:
        # The full-text rowids are in this order: read the index newest first, stop at the page.
        where, params = _where(CaseFilter(status=flt.status, office_code=flt.office_code,
                                          institution_code=flt.institution_code), None, False)
        from_index = _SELECT.replace("FROM case_file c ",
                                     "FROM case_fts f JOIN case_file c ON c.search_key = f.rowid ")
        sql = f"{from_index}{where} AND case_fts MATCH ? ORDER BY f.rowid{direction} LIMIT ? OFFSET ?"
        params.append(fts)
    else:
        where, params = _where(flt, fts, dense=bool(fts) and _dense(store, fts or ""))
        order = ", ".join(f"{c}{direction}" for c in _ORDER.get(sort, _ORDER["opened_on"]))
        sql = f"{_SELECT}{where} ORDER BY {order}, c.reference LIMIT ? OFFSET ?"
    rows = store.read_connection().execute(sql, (*params, limit, offset)).fetchall()
    return [CaseRow(r[0], r[1], f"{r[2]} {r[3]}", dt.date.fromisoformat(r[4]), r[5], r[6], r[7],
                    dt.date.fromisoformat(r[8])) for r in rows]


def count_cases(store: Store, flt: CaseFilter = CaseFilter()) -> int:  # noqa: B008
    fts = search_query(flt.text) if flt.text else None
    if fts and not (flt.status or flt.office_code or flt.institution_code):
        sql = "SELECT count(*) FROM case_fts f JOIN case_file c ON c.search_key = f.rowid " \
              "WHERE case_fts MATCH ? AND c.deleted = 0"
        return int(store.read_connection().execute(sql, (fts,)).fetchone()[0])
    where, params = _where(flt, fts, dense=False)
    sql = ("SELECT count(*) FROM case_file c JOIN office o ON o.id = c.office_id "
           f"JOIN institution i ON i.id = c.lead_institution_id {where}")
    return int(store.read_connection().execute(sql, params).fetchone()[0])
