"""The merge's rules for a batch's new rows and its checks, on a real encrypted database (issue 12's
import work rewrote how they are computed; what they decide must not change): of a field's values the
later clock wins, of equal clocks the later entry; a tombstone anywhere makes the row deleted; a
malformed batch is refused with the code of its first faulty row."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from cii_desktop.storage.store import Store
from cii_desktop.sync.batch_format import BatchError
from cii_desktop.sync.merge import Merger
from tests.support.memory_keyring import MemoryKeyring
from tests.support.network import Workstation, add_shared_case, make_network


@pytest.fixture
def pair(tmp_path: Path, memory_keystore: MemoryKeyring) -> Iterator[list[Workstation]]:
    stations = make_network(tmp_path, 2)
    yield stations
    for station in stations:
        station.store.close()


def _person_changes(store: Store, person_id: str) -> list[list[Any]]:
    """The person's creation as it travels: table, row, field, value, clock, base clock."""
    return [list(r) for r in store.read_connection().execute(
        "SELECT table_name, row_id, field, new_value, hlc, base_hlc FROM change_log WHERE table_name = "
        "'person' AND row_id = ? ORDER BY seq", (person_id,))]


def _apply(store: Store, changes: list[list[Any]]) -> None:
    with store.raw_transaction() as conn:
        Merger(conn, "WS-OTHER", 1, {}, {}).apply(changes)


def _person(store: Store, person_id: str) -> tuple[Any, ...]:
    return tuple(store.read_connection().execute(
        "SELECT last_name, deleted FROM person WHERE id = ?", (person_id,)).fetchone())


def _field(changes: list[list[Any]], name: str) -> list[Any]:
    return next(c for c in changes if c[2] == name)


def test_new_row_takes_the_latest_clock_whatever_the_order(pair: list[Workstation]) -> None:
    a, b = pair
    person_id, _case = add_shared_case(a.store, "Premier")
    changes = _person_changes(a.store, person_id)
    base = _field(changes, "last_name")
    later = [*base[:3], json.dumps("Plus tard"), base[4][:-1] + "z", base[4]]  # a later clock
    earlier = [*base[:3], json.dumps("Plus tôt"), base[4][:-1] + "0", None]
    _apply(b.store, [later, *changes, earlier])  # the later clock first in the batch
    assert _person(b.store, person_id) == ("Plus tard", 0)


def test_equal_clocks_the_later_entry_wins(pair: list[Workstation]) -> None:
    a, b = pair
    person_id, _case = add_shared_case(a.store, "Premier")
    changes = _person_changes(a.store, person_id)
    base = _field(changes, "last_name")
    twin = [*base[:3], json.dumps("Second"), base[4], base[5]]
    _apply(b.store, [*changes, twin])
    assert _person(b.store, person_id) == ("Second", 0)


def test_a_tombstone_anywhere_deletes_the_new_row(pair: list[Workstation]) -> None:
    a, b = pair
    person_id, _case = add_shared_case(a.store, "Premier")
    changes = _person_changes(a.store, person_id)
    base = _field(changes, "last_name")
    tombstone = [base[0], base[1], "deleted", "true", base[4][:-1] + "0", None]
    undo = [base[0], base[1], "deleted", "false", base[4][:-1] + "z", None]  # later, but never revives
    _apply(b.store, [tombstone, *changes, undo])
    assert _person(b.store, person_id) == ("Premier", 1)


@pytest.mark.parametrize(("fault", "code"), [
    ("short", "batch.not_a_batch"),
    ("unknown_table", "batch.unknown_field"),
    ("unknown_field", "batch.unknown_field"),
    ("row_not_text", "batch.not_a_batch"),
    ("row_not_text_then_unknown_field", "batch.not_a_batch"),
    ("unknown_field_then_row_not_text", "batch.unknown_field"),
])
def test_a_malformed_batch_is_refused_with_the_first_fault(pair: list[Workstation], fault: str,
                                                            code: str) -> None:
    a, b = pair
    person_id, _case = add_shared_case(a.store, "Premier")
    changes = _person_changes(a.store, person_id)
    clock = changes[0][4]
    faults = {
        "short": [["person", person_id, "last_name", '"x"', clock]],
        "unknown_table": [["nowhere", "r1", "x", '"x"', clock, None]],
        "unknown_field": [["person", person_id, "shoe_size", '"42"', clock, None]],
        "row_not_text": [["person", 7, "last_name", '"x"', clock, None]],
        "row_not_text_then_unknown_field": [["person", 7, "last_name", '"x"', clock, None],
                                            ["case_file", "c1", "colour", '"x"', clock, None]],
        "unknown_field_then_row_not_text": [["case_file", "c1", "colour", '"x"', clock, None],
                                            ["person", 7, "last_name", '"x"', clock, None]],
    }
    with pytest.raises(BatchError) as refused:
        _apply(b.store, [*changes, *faults[fault]])
    assert refused.value.code == code
    assert b.store.read_connection().execute("SELECT count(*) FROM person WHERE id = ?",
                                             (person_id,)).fetchone()[0] == 0
