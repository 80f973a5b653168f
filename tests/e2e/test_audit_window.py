"""Opening a case in the window leaves exactly one audit entry (ids only), not one per refresh."""

from __future__ import annotations

import pytest

from cii_desktop.storage import audit

pytestmark = pytest.mark.gui


def _reads(store) -> list[tuple[object, ...]]:  # type: ignore[no-untyped-def]
    return audit.query(store.read_connection(), audit.Filters(operations=("case.read",)))


def test_opening_a_case_is_audited_once(main_window) -> None:  # type: ignore[no-untyped-def]
    store = main_window.store
    assert _reads(store) == []
    main_window.ui.caseTable.selectRow(0)
    first = main_window.current_case_id
    rows = _reads(store)
    assert len(rows) == 1 and rows[0][7] == first and rows[0][6]  # case and person ids
    person_id = str(rows[0][6])
    assert store.read_connection().execute("SELECT count(*) FROM person WHERE id = ?", (person_id,)).fetchone()[0] == 1
    main_window._show_detail()  # a refresh after a write is not a new reading
    assert len(_reads(store)) == 1
    main_window.ui.caseTable.selectRow(1)
    main_window.ui.caseTable.selectRow(0)
    assert [r[7] for r in _reads(store)] == [first, main_window.cases.case_id(1), first]
    assert audit.verify(store.read_connection()).ok
