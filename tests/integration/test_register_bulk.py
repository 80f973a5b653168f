"""The register's bulk write (storage.bulk) writes what the ORM unit of work would: every field in the
change journal with its clock, the audit entries, the search index; a consented imported case syncs."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import inspect, select

from cii_desktop.services import case_list, referral, register
from cii_desktop.storage import audit, journal
from cii_desktop.storage.bulk import Record
from cii_desktop.storage.models import Case, CaseInstitution, CaseStatusChange, Person, Synced
from cii_desktop.storage.records import Announcement, BureauDecision, Handling
from cii_desktop.storage.store import Store
from tests.support.memory_keyring import MemoryKeyring
from tests.support.network import Workstation, make_network, sync_all
from tests.support.register import rows_2012, workbook
from tests.support.roles import as_bureau

TODAY = dt.date(2026, 11, 23)
MODELS: tuple[type[Synced], ...] = (Person, Case, CaseStatusChange, CaseInstitution, Announcement,
                                    BureauDecision, Handling)


@pytest.fixture
def store(store: Store) -> Store:
    """The register is the Bureau CII's: this workstation's user is its cantonal officer."""
    as_bureau(store)
    return store


def test_every_written_field_is_journaled_and_every_record_audited(store: Store) -> None:
    conn = store.read_connection()
    seq_before = conn.execute("SELECT coalesce(max(seq), 0) FROM change_log").fetchone()[0]
    audit_before = conn.execute("SELECT coalesce(max(seq), 0) FROM audit_entry").fetchone()[0]
    result = register.run_import(store, workbook(rows_2012()), today=TODAY)
    assert result.written > 0 and not result.errors
    journal_rows = conn.execute("SELECT table_name, row_id, field, new_value, workstation_id, hlc, base_hlc "
                                "FROM change_log WHERE seq > ?", (seq_before,)).fetchall()
    by_row: dict[tuple[str, str], dict[str, str | None]] = {}
    for table, row_id, name, value, workstation, hlc, base in journal_rows:
        assert workstation == store.workstation_id and hlc and base is None
        by_row.setdefault((table, row_id), {})[name] = value
    stamps = {r[5] for r in journal_rows}
    clock = conn.execute("SELECT value FROM local_setting WHERE key = ?", (journal.CLOCK_SETTING,)).fetchone()[0]
    assert clock == max(stamps)
    written = 0
    with store.reading() as session:
        owners = {str(c): str(p) for c, p in session.execute(select(Case.id, Case.person_id))}
        for model in MODELS:
            fields = [a.key for a in inspect(model).column_attrs if a.key not in journal.SKIPPED_FIELDS]
            for obj in session.scalars(select(model)):
                # the same fields, with the values the row holds (as a flush would journal them)
                assert by_row.pop((model.__tablename__, obj.id)) == {
                    name: journal.encode_value(getattr(obj, name)) for name in fields}
                written += 1
    assert by_row == {}
    assert len(owners) == result.written
    entries = conn.execute("SELECT operation, person_id, case_id, detail FROM audit_entry WHERE seq > ?",
                           (audit_before,)).fetchall()
    assert len(entries) == written  # one per record, each about its person (and case)
    for operation, person_id, case_id, detail in entries:
        assert operation == "record.created" and person_id
        assert case_id is None or owners[case_id] == person_id
        assert json.loads(detail)["table"] in {m.__tablename__ for m in MODELS}
    assert audit.verify(conn).ok
    # the search index follows, as for a case created in the window
    name = rows_2012()[0][0]
    assert case_list.count_cases(store, case_list.CaseFilter(text=str(name))) >= 1
    assert conn.execute("SELECT (SELECT count(*) FROM case_fts) = (SELECT count(*) FROM case_file)").fetchone()[0]


def test_a_failure_in_the_middle_of_the_bulk_write_leaves_nothing(store: Store,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    conn = store.read_connection()
    tables = ("person", "case_file", "change_log", "audit_entry", "announcement")

    def counts() -> list[int]:
        return [conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables]

    conn.execute("PRAGMA cache_size = -2000")  # a worker thread's small cache: raised while writing, then restored
    before = counts()
    calls = []
    original = register.BulkWriter.write

    def failing(self: register.BulkWriter, objects: list[Record]) -> int:
        calls.append(len(objects))
        if len(calls) == 3:
            raise OSError("disk full")
        return original(self, objects)

    monkeypatch.setattr(register, "FLUSH_EVERY", 20)
    monkeypatch.setattr(register.BulkWriter, "write", failing)
    with pytest.raises(OSError):
        register.run_import(store, workbook(rows_2012()), today=TODAY)
    assert counts() == before
    assert triggers(conn) == TRIGGERS  # dropped while writing: restored by the rollback
    assert conn.execute("PRAGMA cache_size").fetchone()[0] == -2000
    monkeypatch.undo()
    assert register.run_import(store, workbook(rows_2012()), today=TODAY).written > 0
    assert register.run_import(store, workbook(rows_2012()), today=TODAY).written == 0  # idempotent
    assert audit.verify(conn).ok


def triggers(conn: Any) -> list[tuple[str, str]]:
    return conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name").fetchall()


TRIGGERS: list[tuple[str, str]] = []


@pytest.fixture(autouse=True)
def schema_triggers(store: Store) -> None:
    TRIGGERS[:] = triggers(store.read_connection())
    assert {"person_fts_insert", "case_fts_insert"} <= {name for name, _sql in TRIGGERS}


def test_the_search_index_written_in_bulk_is_what_the_triggers_write(store: Store) -> None:
    conn = store.read_connection()
    result = register.run_import(store, workbook(rows_2012()), today=TODAY)
    assert result.written > 50 and result.new_persons > 50
    assert triggers(conn) == TRIGGERS  # created again as they were

    def index() -> list[tuple[object, ...]]:
        return conn.execute("SELECT 'p', rowid, body, entity_id FROM person_fts UNION ALL "
                            "SELECT 'c', rowid, body, entity_id FROM case_fts ORDER BY 1, 2").fetchall()

    def keys() -> list[tuple[object, ...]]:
        return conn.execute("SELECT id, search_key FROM person UNION ALL SELECT id, search_key FROM case_file "
                            "ORDER BY 1").fetchall()

    written, written_keys = index(), keys()
    assert len(written) == 2 * result.written and all(key is not None for _id, key in written_keys)
    with store.raw_transaction() as raw:  # the update triggers write every entry and key again
        raw.execute("UPDATE person SET last_name = last_name")
        raw.execute("UPDATE case_file SET opened_on = opened_on")
    assert index() == written and keys() == written_keys
    name = rows_2012()[5][0]
    assert case_list.count_cases(store, case_list.CaseFilter(text=str(name))) >= 1


@pytest.fixture
def pair(tmp_path: Path, memory_keystore: MemoryKeyring) -> Iterator[list[Workstation]]:
    stations = make_network(tmp_path, 2)
    yield stations
    for station in stations:
        station.store.close()


def test_an_imported_case_syncs_once_consent_is_recorded(pair: list[Workstation]) -> None:
    bureau, partner = pair
    result = register.run_import(bureau.store, workbook(rows_2012()), today=TODAY)
    assert result.written > 1
    with bureau.store.reading() as session:
        chosen = session.scalars(select(Case).order_by(Case.reference)).first()
        assert chosen is not None
        case_id, ref = chosen.id, chosen.reference
    sync_all(pair)
    with partner.store.reading() as session:  # local until consent
        assert session.scalars(select(Case.id)).all() == []
    with bureau.store.unit_of_work() as uow:
        referral.record_procuration(uow, case_id, ["ORP", "CMS"], TODAY, "Bureau", signed=True, today=TODAY)
    sync_all(pair)
    with partner.store.reading() as session:
        found = session.scalars(select(Case)).all()
        assert [(c.id, c.reference) for c in found] == [(case_id, ref)]
        person = session.get(Person, found[0].person_id)
        assert person is not None and person.last_name
        assert session.scalars(select(Announcement.import_key).where(Announcement.case_id == case_id)).one()


@pytest.mark.parametrize("value", ["", "Anne", 'é"\\\n\x01ü\u2028', True, False, 0, -7, 10**20,
                                   dt.date(2026, 2, 3), dt.datetime(2026, 2, 3, 4, 5, 6), 1.5])
def test_journal_encoding_fast_path_writes_what_json_wrote(value: object) -> None:
    expected = json.dumps(value.isoformat(timespec="microseconds") if isinstance(value, dt.datetime)
                          else value.isoformat() if isinstance(value, dt.date) else value, ensure_ascii=False)
    assert journal.encode_value(value) == expected


def test_the_check_is_reused_by_the_import_of_the_same_file_only(store: Store,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    data = workbook(rows_2012())
    dry = register.run_import(store, data, dry_run=True, today=TODAY)
    assert dry.valid and not dry.written and dry.new_persons
    read = []
    original = register.validate
    monkeypatch.setattr(register, "validate", lambda *a, **k: read.append(1) or original(*a, **k))
    other = workbook(rows_2012()[:-1])  # another file: validated, the check is not taken for it
    assert register.run_import(store, other, checked=dry, dry_run=True, today=TODAY).rows == dry.rows - 1
    assert read == [1]
    assert register.run_import(store, data, checked=dry, dry_run=True, today=TODAY + dt.timedelta(days=1))
    assert read == [1, 1]  # checked on another day: validated again (dates in the future)
    done = register.run_import(store, data, checked=dry, today=TODAY)
    assert read == [1, 1] and done.written == len(dry.valid) and done.rows == dry.rows
    assert done.new_persons == dry.new_persons and not done.errors
    assert len(dry.problems) == len(dry.validation(data, TODAY).problems)  # the check's result left as it was
    again = register.run_import(store, data, checked=dry, today=TODAY)
    assert again.written == 0 and again.unchanged == len(dry.valid)


def test_bulk_ids_are_uuids_in_ascending_order_each_call_after_the_last() -> None:
    import uuid

    from cii_desktop.storage.bulk import ascending_ids

    calls = [list(ascending_ids(n)) for n in (3, 1, 2000, 5)]  # in the same millisecond or not
    every = [i for call in calls for i in call]
    assert every == sorted(every) and len(set(every)) == len(every)
    for text in every:
        parsed = uuid.UUID(text)
        assert str(parsed) == text and parsed.version == 7 and parsed.variant == uuid.RFC_4122
