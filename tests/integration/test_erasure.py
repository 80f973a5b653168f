"""Erasure on real files, checked on the decrypted bytes of every page of the database (free pages
and the write-ahead log included): the person's name and AVS number are gone, another person's
are still there, the anonymous counts survive, and the order carries the erasure to a second
workstation's file."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from cii_desktop.domain.avs import make_avs
from cii_desktop.services import documents, erasure
from cii_desktop.services.data_folder import create_database, open_database
from cii_desktop.services.permissions import PermissionDenied
from cii_desktop.storage.store import Store
from tests.integration.test_documents import full_case
from tests.support.cipher_pages import plaintext
from tests.support.memory_keyring import MemoryKeyring
from tests.support.referral import new_case
from tests.support.roles import as_bureau, as_case_worker

ERASED = ("Délèze".encode(), "Hélène".encode(), b"deleze", b"helene")
KEPT = ("Zenhäusern".encode(), b"zenhausern")


def _avs_forms(digits: str) -> list[bytes]:
    formatted = make_avs(digits)
    return [formatted.encode(), formatted.replace(".", "").encode()]


def _person_of(store: Store, case_id: str) -> str:
    return str(store.read_connection().execute("SELECT person_id FROM case_file WHERE id = ?",
                                               (case_id,)).fetchone()[0])


def _rich_store(folder: Path) -> tuple[Store, str, str]:
    created = create_database(folder, "keystore")
    store = created.store
    case_id = full_case(store)  # Hélène Délèze, AVS from 123456789, every record kind
    with store.unit_of_work() as uow:
        documents.print_case_document(uow, case_id, "grid", "fr")
    attachment = folder.parent / "scan.txt"
    attachment.write_text("Attestation pour Hélène Délèze")
    from cii_desktop.services import cases

    with store.unit_of_work() as uow:
        cases.add_attachment(uow, case_id, attachment)
    with store.unit_of_work() as uow:  # an old value in the journal
        from cii_desktop.storage.models import Person

        person = uow.session.get(Person, _person_of(store, case_id))
        assert person is not None
        person.address = "Chemin des Délèze 4"
    other = new_case(store, "Zenhäusern", "Beat", avs_digits="987654321")
    return store, _person_of(store, case_id), other


def test_erasure_removes_every_trace_from_the_file(tmp_path: Path, memory_keystore: MemoryKeyring) -> None:
    store, person, _other = _rich_store(tmp_path / "d")
    as_bureau(store)
    key, db = store.key, tmp_path / "d" / "cii.db"
    before = plaintext(db, key)
    assert all(word in before for word in ERASED + KEPT)  # the check can see plaintext
    stats_before = erasure.case_statistics(store)
    shown = erasure.preview(store, person)
    assert shown.display_name == "Hélène Délèze"
    assert shown.rows["person"] == 1 and shown.rows["case_file"] == 1 and shown.rows["document"] >= 1
    assert shown.rows["attachment"] == 1 and shown.journal_values > 50
    erased = erasure.order_erasure(store, person, confirmed=True)
    assert erased >= shown.total
    assert erasure.case_statistics(store) == stats_before  # anonymous counts survive
    conn = store.read_connection()
    assert conn.execute("SELECT count(*) FROM person WHERE id = ?", (person,)).fetchone()[0] == 0
    assert conn.execute("SELECT count(*) FROM person_fts WHERE person_fts MATCH 'deleze'").fetchone()[0] == 0
    order = conn.execute("SELECT person_id, rule_code FROM erasure_order").fetchall()
    assert order == [(person, "request")]
    journal = conn.execute("SELECT group_concat(new_value) FROM change_log WHERE table_name = 'erasure_order'"
                           ).fetchone()[0]
    assert "Délèze" not in journal and make_avs("123456789") not in journal
    after = plaintext(db, key)  # while the store is open: main file and write-ahead log
    for word in ERASED + tuple(_avs_forms("123456789")):
        assert word not in after, word
    for word in KEPT + tuple(_avs_forms("987654321")[:1]):
        assert word in after, word
    erasure.vacuum(store)
    store.close()
    final = plaintext(db, key)
    assert not any(word in final for word in ERASED) and all(word in final for word in KEPT)
    store = open_database(tmp_path / "d")
    from cii_desktop.services.check import check_store

    assert check_store(store).ok
    store.close()


def test_only_the_bureau_erases_and_only_when_confirmed(tmp_path: Path, memory_keystore: MemoryKeyring) -> None:
    created = create_database(tmp_path / "d", "keystore")
    case_id = new_case(created.store)
    person = _person_of(created.store, case_id)
    as_case_worker(created.store)
    with pytest.raises(PermissionDenied) as refused:
        erasure.order_erasure(created.store, person, confirmed=True)
    assert refused.value.action == "erasure.confirm"
    assert _person_of(created.store, case_id) == person  # nothing erased
    as_bureau(created.store)
    with pytest.raises(erasure.ErasureError) as unconfirmed:
        erasure.order_erasure(created.store, person, confirmed=False)
    assert unconfirmed.value.code == "erasure.not_confirmed"
    with pytest.raises(erasure.ErasureError):
        erasure.order_erasure(created.store, "no-such-person", confirmed=True)
    assert erasure.order_erasure(created.store, person, confirmed=True) > 0
    assert erasure.process_pending(created.store) == 0  # runs twice: nothing more
    created.store.close()


def test_the_order_erases_on_a_second_workstation(tmp_path: Path, memory_keystore: MemoryKeyring) -> None:
    """The order row as the sync would deliver it (same ids): the second file forgets the person
    when its pending orders are carried out (the hook the sync calls after a batch)."""
    first, person, _ = _rich_store(tmp_path / "a")
    second = create_database(tmp_path / "b", "keystore").store
    # The second workstation holds the same person (copied row by row, as a sync would).
    src, dst = first.read_connection(), second.read_connection()
    with second.raw_transaction() as conn:
        for table in ("person", "case_file"):
            rows = src.execute(f"SELECT * FROM {table} WHERE id = ? OR person_id = ?"
                               if table == "case_file" else f"SELECT * FROM {table} WHERE id = ?",
                               (person, person) if table == "case_file" else (person,)).fetchall()
            names = [d[0] for d in src.execute(f"SELECT * FROM {table} LIMIT 0").description]
            conn.executemany(f"INSERT INTO {table}({','.join(names)}) VALUES ({','.join('?' * len(names))})",
                             rows)
    assert b"deleze" in plaintext(tmp_path / "b" / "cii.db", second.key)
    as_bureau(first)
    erasure.order_erasure(first, person, confirmed=True)
    order = src.execute("SELECT * FROM erasure_order").fetchone()
    names = [d[0] for d in src.execute("SELECT * FROM erasure_order LIMIT 0").description]
    with second.raw_transaction() as conn:
        conn.execute(f"INSERT INTO erasure_order({','.join(names)}) VALUES ({','.join('?' * len(names))})",
                     order)
    assert erasure.process_pending(second) > 0
    second_bytes = plaintext(tmp_path / "b" / "cii.db", second.key)
    assert not any(word in second_bytes for word in ERASED)
    assert dst.execute("SELECT count(*) FROM erased_row WHERE row_id = ?", (person,)).fetchone()[0] == 1
    first.close()
    second.close()


def test_retention_rules_are_data_and_propose_old_closed_cases(tmp_path: Path,
                                                                memory_keystore: MemoryKeyring) -> None:
    rules = json.loads((Path(erasure.__file__).parents[1] / "domain" / "tables" / "retention.json").read_text())
    assert all(rule["source"] == "local practice, to validate" for rule in rules["erasure"])
    created = create_database(tmp_path / "d", "keystore")
    store = created.store
    old = new_case(store, "Ancien", "Cas", avs_digits="111111111")
    recent = new_case(store, "Récent", "Cas", avs_digits="222222222")
    open_case = new_case(store, "Ouvert", "Cas", avs_digits="333333333")
    with store.raw_transaction() as conn:
        conn.execute("UPDATE case_file SET status = 'closed', closed_on = '2014-05-01' WHERE id = ?", (old,))
        conn.execute("UPDATE case_file SET status = 'closed', closed_on = '2025-05-01' WHERE id = ?", (recent,))
    refused = new_case(store, "Refus", "Ancien", avs_digits="444444444")
    refused_recent = new_case(store, "Refus", "Récent", avs_digits="555555555")
    from cii_desktop.services import referral

    with store.unit_of_work() as uow:
        referral.record_refusal(uow, refused, dt.date(2023, 1, 10), "Anne Rochat", "Non", today=dt.date(2023, 1, 10))
        referral.record_refusal(uow, refused_recent, dt.date(2026, 1, 10), "Anne Rochat", "Non",
                                today=dt.date(2026, 1, 10))
    with store.raw_transaction() as conn:
        conn.execute("UPDATE case_file SET status = 'evaluated' WHERE id IN (?, ?)", (refused, refused_recent))
    today = dt.date(2026, 11, 30)
    assert sorted(erasure.due(store, today)) == sorted([(_person_of(store, old), "closed_case"),
                                                        (_person_of(store, refused), "refusal")])
    for lang, rule in (("fr", "Situation clôturée depuis plus de 10 ans"),
                       ("de", "Fall seit mehr als 10 Jahren abgeschlossen")):  # what the Bureau judges
        shown = erasure.describe_due(store, erasure.due(store, today), lang)
        assert {"name": "Cas Ancien", "birth": shown[0]["birth"], "cases": "1", "rule": rule} in shown
        assert all(len(s["birth"]) == 10 and s["birth"][2] == "." for s in shown)
    with pytest.raises(PermissionDenied):
        erasure.retention_pass(store, today, confirmed=True)  # not the Bureau
    as_bureau(store)
    assert erasure.retention_pass(store, today, confirmed=True) == 2
    assert erasure.due(store, today) == []
    remaining = {r[0] for r in store.read_connection().execute("SELECT id FROM case_file")}
    assert remaining == {recent, open_case, refused_recent}
    store.close()


def test_a_retention_pass_erases_several_persons_from_every_page_and_keeps_the_others_searchable(
        tmp_path: Path, memory_keystore: MemoryKeyring) -> None:
    """The pass removes the search entries of all its persons in one go (measured faster): each
    erased name and AVS number leaves the file's pages, the others stay found."""
    from cii_desktop.services import cases

    created = create_database(tmp_path / "d", "keystore")
    store = created.store
    due_cases = [new_case(store, "Bonvin", "Théodore", avs_digits="111222333"),
                 new_case(store, "Crettenand", "Léonie", avs_digits="444555666")]
    with store.unit_of_work() as uow:  # a second case for Léonie Crettenand
        due_cases.append(cases.create_case(uow, _person_of(store, due_cases[1]), "SION", "OAI", "Anne Rochat",
                                           summary="Situation", opened_on=dt.date(2013, 2, 1)).id)
    kept = new_case(store, "Zenhäusern", "Beat", avs_digits="987654321")
    with store.raw_transaction() as conn:
        conn.executemany("UPDATE case_file SET status = 'closed', closed_on = '2014-05-01' WHERE id = ?",
                         [(case,) for case in due_cases])
    as_bureau(store)
    key, db = store.key, tmp_path / "d" / "cii.db"
    erased = ("Théodore".encode(), b"theodore", b"Bonvin", b"bonvin", "Léonie".encode(), b"leonie",
              b"Crettenand", b"crettenand", *_avs_forms("111222333"), *_avs_forms("444555666"))
    before = plaintext(db, key)
    assert [word for word in erased if word not in before] == [_avs_forms("111222333")[1], _avs_forms("444555666")[1]]
    assert erasure.retention_pass(store, dt.date(2026, 11, 30), confirmed=True) == 2
    after = plaintext(db, key)
    for word in erased:
        assert word not in after, word
    assert all(word in after for word in KEPT + tuple(_avs_forms("987654321")[:1]))
    conn = store.read_connection()
    assert conn.execute("SELECT count(*) FROM case_fts").fetchone()[0] == 1
    assert conn.execute("SELECT entity_id FROM case_fts WHERE case_fts MATCH 'zenhausern'").fetchall() == [(kept,)]
    assert conn.execute("SELECT count(*) FROM person_fts WHERE person_fts MATCH 'zenhausern'").fetchone()[0] == 1
    assert conn.execute("SELECT count(*) FROM person_fts").fetchone()[0] == 1
    store.close()
