"""The encrypted store on real SQLCipher files: keys, wrong keys, keystore loss, passphrase, recovery."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

import pytest
from sqlalchemy import func, select

from cii_desktop.domain.person import PersonInput
from cii_desktop.services import case_list, cases
from cii_desktop.services.data_folder import DataFolder, create_database, open_database
from cii_desktop.storage import keystore
from cii_desktop.storage.database import DB_FILENAME, HMAC_CURRENT, connect, make_engine, verify_key
from cii_desktop.storage.errors import (
    DatabaseExistsError,
    KeyMissingError,
    KeystoreUnavailableError,
    PassphraseRequiredError,
    WeakPassphraseError,
    WrongKeyError,
    WrongPassphraseError,
    WrongRecoveryKeyError,
)
from cii_desktop.storage.models import Person
from tests.conftest import PASSPHRASE
from tests.support.memory_keyring import MemoryKeyring

NAME = "Zénobie-Quintessa"


def _digest(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.iterdir()) if p.is_file()}


def _add_person(store, last_name: str = NAME) -> str:  # type: ignore[no-untyped-def]
    with store.unit_of_work() as uow:
        person = cases.create_person(uow, PersonInput(
            first_name="Émilie", last_name=last_name, birth_date=dt.date(1985, 4, 2),
            avs_number="756.9217.0769.85", commune="Savièse"))
        uow.flush()
        return person.id


def test_reopen_with_key_from_keystore(tmp_path: Path, memory_keystore: MemoryKeyring) -> None:
    created = create_database(tmp_path, "keystore")
    person_id = _add_person(created.store)
    created.store.close()
    assert len(memory_keystore.entries) == 1
    store = open_database(tmp_path)
    with store.reading() as session:
        assert session.get(Person, person_id).last_name == NAME  # type: ignore[union-attr]
    store.close()


def test_file_on_disk_has_no_plaintext(tmp_path: Path, memory_keystore: MemoryKeyring) -> None:
    created = create_database(tmp_path, "keystore")
    _add_person(created.store)
    created.store.close()
    for path in tmp_path.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            assert NAME.encode() not in data, path
            assert NAME.encode("utf-16-le") not in data, path
            assert b"756.9217.0769.85" not in data, path
            assert b"SQLite format 3" not in data, path
            assert memory_keystore.entries[next(iter(memory_keystore.entries))].encode() not in data


def test_wrong_key_is_refused_and_nothing_is_created(tmp_path: Path,
                                                     memory_keystore: MemoryKeyring) -> None:
    created = create_database(tmp_path, "keystore")
    _add_person(created.store)
    created.store.close()
    before = _digest(tmp_path)
    with pytest.raises(WrongKeyError):
        make_engine(tmp_path / DB_FILENAME, b"\x01" * 32)
    entry = next(iter(memory_keystore.entries))
    memory_keystore.entries[entry] = (b"\x02" * 32).hex()
    with pytest.raises(WrongKeyError):
        open_database(tmp_path)
    assert _digest(tmp_path) == before


def test_missing_keystore_entry_never_creates_a_new_key(tmp_path: Path,
                                                        memory_keystore: MemoryKeyring) -> None:
    created = create_database(tmp_path, "keystore")
    person_id = _add_person(created.store)
    created.store.close()
    memory_keystore.entries.clear()
    before = _digest(tmp_path)
    with pytest.raises(KeyMissingError):
        open_database(tmp_path)
    with pytest.raises(DatabaseExistsError):
        create_database(tmp_path, "keystore")
    assert memory_keystore.entries == {}
    assert _digest(tmp_path) == before
    # The recovery key opens it and puts the key back into the keystore.
    store = open_database(tmp_path, recovery_key=created.recovery_key)
    store.close()
    assert len(memory_keystore.entries) == 1
    store = open_database(tmp_path)
    with store.reading() as session:
        assert session.get(Person, person_id) is not None
    store.close()


def test_wrong_recovery_key(tmp_path: Path, memory_keystore: MemoryKeyring) -> None:
    created = create_database(tmp_path, "keystore")
    created.store.close()
    with pytest.raises(WrongRecoveryKeyError):
        open_database(tmp_path, recovery_key="AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH")
    with pytest.raises(WrongRecoveryKeyError):
        open_database(tmp_path, recovery_key="not a key")


def test_no_keystore_offers_passphrase(tmp_path: Path, no_keystore: None) -> None:
    assert not keystore.keystore_available()
    with pytest.raises(KeystoreUnavailableError):
        create_database(tmp_path / "a", "keystore")
    assert not (tmp_path / "a" / DB_FILENAME).exists()
    with pytest.raises(WeakPassphraseError):
        create_database(tmp_path / "b", "passphrase", "short")
    created = create_database(tmp_path / "c", "passphrase", PASSPHRASE)
    person_id = _add_person(created.store)
    created.store.close()
    info = DataFolder(tmp_path / "c").read_keyinfo()
    assert info["kdf"]["name"] == "scrypt" and len(bytes.fromhex(info["kdf"]["salt"])) == 16
    assert PASSPHRASE not in (tmp_path / "c" / "cii.keyinfo.json").read_text()
    with pytest.raises(PassphraseRequiredError):
        open_database(tmp_path / "c")
    with pytest.raises(WrongPassphraseError):
        open_database(tmp_path / "c", "wrong passphrase, long enough")
    store = open_database(tmp_path / "c", PASSPHRASE)
    with store.reading() as session:
        assert session.get(Person, person_id) is not None
    store.close()
    store = open_database(tmp_path / "c", recovery_key=created.recovery_key)
    store.close()


def test_half_created_database_is_not_left_behind(tmp_path: Path, no_keystore: None) -> None:
    with pytest.raises(KeystoreUnavailableError):
        create_database(tmp_path, "keystore")
    assert list(tmp_path.iterdir()) == []


def test_store_settings(store) -> None:  # type: ignore[no-untyped-def]
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA temp_store").scalar() == 2
        assert conn.exec_driver_sql("PRAGMA cipher_version").scalar().startswith("4.")
        assert conn.exec_driver_sql("PRAGMA kdf_iter").scalar() is not None


def test_search_ignores_case_accents_and_umlauts(demo_store) -> None:  # type: ignore[no-untyped-def]
    _add_person(demo_store, "Müller-Délèze")
    with demo_store.unit_of_work() as uow:
        person = uow.session.scalars(select(Person).where(Person.last_name == "Müller-Délèze")).one()
        cases.create_case(uow, person.id, "SION", "ORP", "test")
    for query in ("muller-deleze", "mueller deleze", "MÜLLER", "délèze", "emilie mull",
                  "756.9217.0769", "savi"):
        names = {r.person_name for r in case_list.list_cases(demo_store, case_list.CaseFilter(text=query))}
        assert "Müller-Délèze Émilie" in names, query
    francois = case_list.list_cases(demo_store, case_list.CaseFilter(text="francois"))
    assert francois and all("François" in r.person_name for r in francois)
    assert case_list.list_cases(demo_store, case_list.CaseFilter(text="zzzzqqq")) == []


def test_the_three_search_plans_agree(demo_store, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Index order (default sort), from the matches, or along a sort index: the same cases."""
    for text in ("sion", "ma", "müller", "756", "fr", "de"):
        flt = case_list.CaseFilter(text=text)
        by_date = case_list.list_cases(demo_store, flt, limit=500)
        monkeypatch.setattr(case_list, "DENSE_MATCHES", 10**9)
        sparse = case_list.list_cases(demo_store, flt, sort="reference", limit=500)
        monkeypatch.setattr(case_list, "DENSE_MATCHES", 0)
        dense = case_list.list_cases(demo_store, flt, sort="reference", limit=500)
        assert sparse == dense, text
        assert {r.id for r in by_date} == {r.id for r in sparse}, text
        assert len(sparse) == case_list.count_cases(demo_store, flt)
        dates = [r.opened_on for r in by_date]
        assert dates == sorted(dates, reverse=True), text
        office = case_list.CaseFilter(text=text, office_code="SION")
        assert {r.id for r in case_list.list_cases(demo_store, office, limit=500)} == {
            r.id for r in sparse if r.office_code == "SION"}


def test_paging_in_index_order(demo_store) -> None:  # type: ignore[no-untyped-def]
    flt = case_list.CaseFilter(text="7")  # every AVS number holds a 7
    whole = case_list.list_cases(demo_store, flt, limit=500)
    pages = [case_list.list_cases(demo_store, flt, offset=o, limit=10) for o in range(0, len(whole), 10)]
    assert [r for page in pages for r in page] == whole
    everything = case_list.list_cases(demo_store, limit=500)
    assert [r.opened_on for r in everything] == sorted((r.opened_on for r in everything), reverse=True)


def test_changing_the_opening_date_keeps_search_and_order(demo_store) -> None:  # type: ignore[no-untyped-def]
    from cii_desktop.storage.models import Case

    first = case_list.list_cases(demo_store, limit=1)[0]
    with demo_store.unit_of_work() as uow:
        case = uow.get(Case, first.id)
        assert case is not None
        case.opened_on = dt.date(2001, 1, 1)
    everything = case_list.list_cases(demo_store, limit=500)
    assert everything[-1].id == first.id
    found = case_list.list_cases(demo_store, case_list.CaseFilter(text=first.reference))
    assert [r.id for r in found] == [first.id]


def test_search_follows_edits(demo_store) -> None:  # type: ignore[no-untyped-def]
    person_id = _add_person(demo_store, "Ancien")
    with demo_store.unit_of_work() as uow:
        cases.create_case(uow, person_id, "MONTHEY", "CMS", "test")
    with demo_store.unit_of_work() as uow:
        data = PersonInput(first_name="Émilie", last_name="Nouveau", birth_date=dt.date(1985, 4, 2))
        cases.update_person(uow, person_id, data)
    assert case_list.count_cases(demo_store, case_list.CaseFilter(text="ancien")) == 0
    assert case_list.count_cases(demo_store, case_list.CaseFilter(text="nouveau")) == 1
    with demo_store.reading() as session:
        assert session.scalar(select(func.count()).select_from(Person)) == 61


def test_cancelled_demo_leaves_nothing(tmp_path: Path, memory_keystore: MemoryKeyring) -> None:
    from cii_desktop.cli import create_demo

    class Stop(Exception):
        pass

    def cancel_at_ten(done: int, total: int) -> None:
        if done == 10:
            raise Stop()

    with pytest.raises(Stop):
        create_demo(tmp_path / "demo", persons=60, seed=7, passphrase=None, progress=cancel_at_ten)
    assert list((tmp_path / "demo").iterdir()) == []
    assert memory_keystore.entries == {}
    store, count = create_demo(tmp_path / "demo", persons=5, seed=7, passphrase=None)
    store.close()
    assert count >= 5


def _to_sqlcipher4_default_format(database: Path, key: bytes) -> None:
    """Rewrite the file as the first builds made it: SQLCipher 4's default HMAC-SHA512."""
    old = database.with_name("old.db")
    conn = connect(database, key)
    conn.execute(f"ATTACH '{old}' AS old KEY \"x'{key.hex()}'\"")
    conn.execute("PRAGMA old.cipher_hmac_algorithm = HMAC_SHA512")
    conn.execute("SELECT sqlcipher_export('old')")
    conn.execute("DETACH old")
    conn.close()
    for suffix in ("", "-wal", "-shm"):
        Path(f"{database}{suffix}").unlink(missing_ok=True)
    old.rename(database)


def test_new_databases_use_hmac_sha256_and_older_sha512_ones_still_open(
        tmp_path: Path, memory_keystore: MemoryKeyring) -> None:
    created = create_database(tmp_path, "keystore")
    first = _add_person(created.store)
    created.store.close()
    database = tmp_path / DB_FILENAME
    key = bytes.fromhex(next(iter(memory_keystore.entries.values())))
    assert verify_key(database, key) == HMAC_CURRENT == "HMAC_SHA256"

    _to_sqlcipher4_default_format(database, key)
    with pytest.raises(WrongKeyError):  # the format is really the older one
        connect(database, key, hmac=HMAC_CURRENT)
    assert verify_key(database, key) == "HMAC_SHA512"
    with pytest.raises(WrongKeyError):  # a wrong key is still a wrong key, in either format
        verify_key(database, b"\x03" * 32)

    store = open_database(tmp_path)
    second = _add_person(store, "Muster")
    found = [r.person for r in case_list.list_cases(store)]  # plain reads on the same file
    with store.reading() as session:
        assert session.get(Person, first).last_name == NAME  # type: ignore[union-attr]
        assert session.get(Person, second).last_name == "Muster"  # type: ignore[union-attr]
    store.close()
    assert found == []  # no case yet, but the list query ran on the old format
    assert verify_key(database, key) == "HMAC_SHA512"  # opened as it is, never rewritten
