"""The audit trail on a real SQLCipher file: one entry per action, hash chain, append-only, retention."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from sqlcipher3 import dbapi2 as sqlcipher

from cii_desktop.services import audit as audit_service
from cii_desktop.services.check import check_store
from cii_desktop.storage import audit
from cii_desktop.storage.database import DB_FILENAME
from cii_desktop.storage.store import Store

T0 = dt.datetime(2026, 1, 5, 8, 30, tzinfo=dt.timezone.utc)


def _fill(store: Store, count: int, start: dt.datetime = T0) -> None:
    for i in range(count):
        audit_service.record(store, "case.read", person_id=f"p{i % 3}", case_id=f"c{i}",
                             at=start + dt.timedelta(days=i))


def test_each_recorded_action_is_one_entry_with_ids_and_codes_only(store: Store) -> None:
    audit_service.record(store, "case.read", person_id="p1", case_id="c1")
    audit_service.record(store, "sync.sent", person_id="p1", case_id="c1", recipients=["ORP", "CMS", "ORP"])
    audit_service.record_many(store, "search.list", ["p1", "p2", "p3"], detail={"shown": 3})
    rows = audit_service.search(store, audit.Filters())
    assert [r[5] for r in rows] == ["search.list"] * 3 + ["sync.sent", "case.read"]
    sent = audit_service.search(store, audit.Filters(operations=("sync.sent",)))
    assert sent[0][8] == "CMS,ORP"  # recipients sorted, once each
    assert [r[6] for r in audit_service.search(store, audit.Filters(person_id="p2"))] == ["p2"]
    assert audit_service.verify(store) == audit.Verdict(True, 5)


def test_unknown_operation_is_refused(store: Store) -> None:
    with pytest.raises(audit_service.UnknownOperation):
        audit_service.record(store, "case.peek", person_id="p1")
    assert audit_service.search(store, audit.Filters()) == []


def test_rows_cannot_be_updated_or_removed_by_sql(store: Store) -> None:
    _fill(store, 3)
    conn = store.read_connection()
    with pytest.raises(sqlcipher.IntegrityError, match="audit.append_only"):
        conn.execute("UPDATE audit_entry SET person_id = 'other' WHERE seq = 2")
    with pytest.raises(sqlcipher.IntegrityError, match="audit.append_only"):
        conn.execute("DELETE FROM audit_entry WHERE seq = 1")
    conn.rollback()
    assert audit_service.verify(store).ok


def _tamper(store: Store, sql: str) -> None:
    """What someone with the key and a SQL shell could do: drop the guard, edit, put it back."""
    conn = store.read_connection()
    conn.execute("DROP TRIGGER audit_entry_no_update")
    conn.execute("DROP TRIGGER audit_entry_no_delete")
    conn.execute(sql)
    conn.commit()


def test_an_edited_row_breaks_the_chain_and_check_says_where(store: Store) -> None:
    _fill(store, 6)
    _tamper(store, "UPDATE audit_entry SET person_id = 'someone-else' WHERE seq = 4")
    verdict = audit_service.verify(store)
    assert (verdict.ok, verdict.first_bad_seq, verdict.reason) == (False, 4, "hash")
    report = check_store(store)
    assert not report.ok
    assert "audit trail: entry 4 was changed" in report.problems


def test_a_removed_row_breaks_the_link(store: Store) -> None:
    _fill(store, 6)
    _tamper(store, "DELETE FROM audit_entry WHERE seq = 3")
    verdict = audit_service.verify(store)
    assert (verdict.ok, verdict.first_bad_seq, verdict.reason) == (False, 4, "link")


def test_a_rewritten_chain_tail_is_found_by_its_link(store: Store) -> None:
    _fill(store, 4)
    # Recomputing the edited row's own hash is not enough: the next row still holds the old one.
    conn = store.read_connection()
    row = conn.execute(f"SELECT {', '.join(audit.COLUMNS)}, prev_hash FROM audit_entry WHERE seq = 2").fetchone()
    changed = (*row[:6], "other", *row[7:10])
    _tamper(store, f"UPDATE audit_entry SET person_id = 'other', entry_hash = '{audit.entry_hash(row[10], changed)}' "
                   "WHERE seq = 2")
    verdict = audit_service.verify(store)
    assert (verdict.ok, verdict.first_bad_seq, verdict.reason) == (False, 3, "link")


def test_retention_removes_old_entries_only_and_the_chain_still_verifies(store: Store) -> None:
    _fill(store, 10)  # one entry a day from T0
    keep = audit_service.retention_days()
    assert keep >= 365
    now = T0 + dt.timedelta(days=keep + 4, hours=1)
    assert audit_service.retention_pass(store, now) == 5
    assert audit_service.retention_pass(store, now) == 0  # twice changes nothing
    remaining = audit_service.search(store, audit.Filters())
    assert [r[0] for r in remaining] == [10, 9, 8, 7, 6]
    assert audit_service.verify(store) == audit.Verdict(True, 5)
    audit_service.record(store, "case.read", person_id="p9")  # the chain goes on from its anchor
    assert audit_service.verify(store) == audit.Verdict(True, 6)
    # Beyond the anchor the guard still holds.
    with pytest.raises(sqlcipher.IntegrityError):
        store.read_connection().execute("DELETE FROM audit_entry WHERE seq = 7")
    store.read_connection().rollback()


def test_filters_and_pages(store: Store) -> None:
    _fill(store, 9)
    first = audit_service.search(store, audit.Filters(person_id="p0"), limit=2)
    assert [r[0] for r in first] == [7, 4]
    rest = audit_service.search(store, audit.Filters(person_id="p0"), limit=2,
                                before=(str(first[-1][1]), int(first[-1][0])))
    assert [r[0] for r in rest] == [1]
    period = audit.Filters(since=T0 + dt.timedelta(days=2), until=T0 + dt.timedelta(days=4))
    assert [r[0] for r in audit_service.search(store, period)] == [4, 3]


def test_csv_export_answers_who_saw_my_file_in_both_languages(store: Store, tmp_path: Path) -> None:
    _fill(store, 4)
    target = tmp_path / "who-saw-p1.csv"
    assert audit_service.export_csv(store, audit.Filters(person_id="p1"), target, "de") == 1
    text = target.read_text("utf-8-sig")
    assert text.splitlines()[0].startswith("Nr.;Datum und Zeit (UTC)")
    assert "Dossier geöffnet" in text and ";p1;" in text
    assert target.stat().st_mode & 0o777 == 0o600
    assert not list(tmp_path.glob(".*.part"))
    with pytest.raises(FileExistsError):
        audit_service.export_csv(store, audit.Filters(person_id="p1"), target, "fr")
    # the export itself is audited
    assert audit_service.search(store, audit.Filters(operations=("export",)))[0][6] == "p1"
    fr = audit_service.csv_text(store, audit.Filters(person_id="p1"), "fr")
    assert "Ouverture du dossier" in fr


def test_the_trail_is_encrypted_on_disk(store: Store) -> None:
    audit_service.record(store, "case.read", person_id="person-id-visible", case_id="c1")
    store.close()
    raw = (Path(store.path).parent / DB_FILENAME).read_bytes()
    assert b"person-id-visible" not in raw and b"case.read" not in raw


def test_every_operation_has_both_labels_and_a_known_category() -> None:
    from cii_desktop.domain import rule_tables

    categories = {row["code"] for row in rule_tables.load("audit")["categories"]}
    for code, row in audit_service.operations().items():
        assert row["fr"] and row["de"] and "ß" not in row["de"], code
        assert row["category"] in categories, code


def test_who_saw_my_file_pdf_in_french_and_german(demo_store: Store, tmp_path: Path) -> None:
    from tests.support.pdf import flat_text

    conn = demo_store.read_connection()
    person_id, case_id, reference = conn.execute(
        "SELECT p.id, c.id, c.reference FROM person p JOIN case_file c ON c.person_id = p.id LIMIT 1").fetchone()
    other = conn.execute("SELECT id FROM person WHERE id != ? LIMIT 1", (person_id,)).fetchone()[0]
    audit_service.record(demo_store, "case.read", person_id=person_id, case_id=case_id,
                         at=dt.datetime(2026, 7, 1, 22, 30, tzinfo=dt.timezone.utc))
    audit_service.record(demo_store, "sync.sent", person_id=person_id, case_id=case_id, recipients=["CMS", "ORP"],
                         at=dt.datetime(2026, 7, 2, 9, 0, tzinfo=dt.timezone.utc))
    audit_service.record(demo_store, "case.read", person_id=other, at=dt.datetime(2026, 7, 2, 9, 5,
                                                                                  tzinfo=dt.timezone.utc))
    from cii_desktop.services.permissions import PermissionDenied
    from cii_desktop.services.profile import Profile, save_profile

    refused = tmp_path / "refused.pdf"
    with pytest.raises(PermissionDenied):  # everyone's entries about a person: the officer's report
        audit_service.export_access_pdf(demo_store, person_id, dt.date(2026, 6, 1), dt.date(2026, 7, 31),
                                        refused, "fr")
    assert not refused.exists()
    save_profile(demo_store, Profile("Paul Garde", "data_protection_officer", "BUREAU", "SION"))
    for language, expected in (("fr", ("Qui a consulté mon dossier", "Ouverture du dossier", "Entrées : 2")),
                               ("de", ("Wer hat mein Dossier eingesehen", "Dossier geöffnet", "Einträge: 2"))):
        target = tmp_path / f"access-{language}.pdf"
        count = audit_service.export_access_pdf(demo_store, person_id, dt.date(2026, 6, 1), dt.date(2026, 7, 31),
                                                target, language)
        assert count == 2
        text = flat_text(target.read_bytes())
        for words in expected:
            assert words in text, (language, words)
        assert reference in text
        assert "02.07.2026 00:30" in text  # 22:30 UTC is past midnight in Zurich (summer time)
        assert target.stat().st_mode & 0o777 == 0o600
    exports = audit_service.search(demo_store, audit.Filters(operations=("export",)))
    assert len(exports) == 2 and {r[6] for r in exports} == {person_id}


def test_every_written_record_of_a_person_is_audited_with_ids_only(store: Store) -> None:
    from cii_desktop.services import cases
    from cii_desktop.services.profile import Profile, save_profile
    from cii_desktop.storage.models import Person
    from tests.support.network import add_shared_case

    save_profile(store, Profile("Anne Test", "counsellor", "ORP", "SION"))
    assert audit_service.search(store, audit.Filters()) == []  # reference rows and profiles: no person
    person_id, case_id = add_shared_case(store)
    with store.unit_of_work() as uow:
        cases.add_journal_entry(uow, case_id, "Entretien du 3 mars", "Anne Test")
        person = uow.get(Person, person_id)
        assert person is not None
        person.commune = "Sierre"
    with store.unit_of_work() as uow:
        note = uow.get(Person, person_id)
        assert note is not None
        uow.delete(note)
    rows = audit_service.search(store, audit.Filters(person_id=person_id))
    kinds = sorted((str(r[5]), json_table(r[9])) for r in rows)
    assert ("record.created", "person") in kinds and ("record.created", "case_file") in kinds
    assert ("record.created", "journal_entry") in kinds and ("record.changed", "person") in kinds
    assert ("record.erased", "person") in kinds
    assert all(r[6] == person_id for r in rows)
    assert {r[7] for r in rows if json_table(r[9]) != "person"} == {case_id}
    profile_id = store.read_connection().execute("SELECT value FROM local_setting WHERE key = 'user_profile_id'"
                                                 ).fetchone()[0]
    assert {r[3] for r in rows} == {profile_id} and {r[4] for r in rows} == {"ORP"}
    for row in rows:  # no value, no name: ids and codes
        assert "Sierre" not in str(row) and "Délèze" not in str(row) and "Entretien" not in str(row)
    assert audit_service.verify(store).ok


def json_table(detail: object) -> str:
    import json

    return str(json.loads(str(detail))["table"])


def test_a_case_sent_and_received_by_sync_is_audited_on_both_sides(tmp_path: Path, memory_keystore) -> None:  # type: ignore[no-untyped-def]
    from tests.support.network import add_shared_case, make_network, sync_all

    a, b = make_network(tmp_path, 2)
    person_id, case_id = add_shared_case(a.store)
    add_shared_case(a.store, "Local", consent=False)  # kept here: never disclosed
    sync_all([a, b])
    sent = audit_service.search(a.store, audit.Filters(operations=("sync.sent",)))
    assert {(r[6], r[7]) for r in sent} == {(person_id, case_id)}
    from cii_desktop.sync import config

    network = config.load(a.store)
    assert network is not None
    institutions = {m.institution for m in network.roster.members if m.id != a.id}
    assert set(str(sent[0][8]).split(",")) == institutions
    received = audit_service.search(b.store, audit.Filters(operations=("sync.received",)))
    assert {(r[6], r[7]) for r in received} == {(person_id, case_id)}
    assert json.loads(str(received[0][9]))["from"] == a.id
    assert audit_service.verify(a.store).ok and audit_service.verify(b.store).ok
    for station in (a, b):
        station.store.close()
