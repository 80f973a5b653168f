"""Two versions of the app in one network, simulated by schema numbers (migrate.HEAD).

A database newer than the app is refused before anything is written; a batch of a newer schema
waits (never quarantined) with a notice "update CII Desktop" and is applied after the update; a
newer app reads older batches.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from cii_desktop import cli
from cii_desktop.services.data_folder import create_database, open_database
from cii_desktop.services.sync import quarantine, run_sync
from cii_desktop.storage import migrate
from cii_desktop.storage.errors import StoreError
from cii_desktop.sync import schema_compat
from tests.conftest import PASSPHRASE
from tests.support.memory_keyring import MemoryKeyring
from tests.support.network import Workstation, add_shared_case, make_network

NEXT = f"{int(migrate.HEAD) + 1:04d}"  # the schema of the next version of the app


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_schema_numbers_compare_as_numbers() -> None:
    assert migrate.is_newer("0010", "0009") and not migrate.is_newer("0009", "0010")
    assert migrate.is_newer(NEXT) and not migrate.is_newer(migrate.HEAD) and not migrate.is_newer("0001")
    assert migrate.is_newer("not-a-revision")  # nothing this version wrote: never applied as if known
    assert schema_compat.batch_is_newer(NEXT) and not schema_compat.batch_is_newer("0003")


def _make_newer(folder: Path) -> None:
    store = open_database(folder, passphrase=PASSPHRASE)
    with store.raw_transaction() as conn:
        conn.execute("UPDATE alembic_version SET version_num = ?", (NEXT,))
    store.close()


def test_database_newer_than_the_app_is_refused_untouched(
        tmp_path: Path, no_keystore: None, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "data"
    create_database(folder, "passphrase", PASSPHRASE).store.close()
    _make_newer(folder)
    before = {p.name: _digest(p) for p in folder.iterdir() if p.is_file()}

    with pytest.raises(StoreError) as refused:
        open_database(folder, passphrase=PASSPHRASE)
    assert refused.value.code == "store.app_too_old"
    after = {p.name: _digest(p) for p in folder.iterdir() if p.is_file()}
    assert after == before  # not migrated, not backed up, nothing written beside it
    assert not (folder / "backups").exists() or not any((folder / "backups").iterdir())

    monkeypatch.setenv(cli.PASSPHRASE_ENV, PASSPHRASE)
    for lang, words in (("fr", "Mettez à jour CII Desktop"), ("de", "Aktualisieren Sie CII Desktop")):
        assert cli.main(["check", "--data-dir", str(folder), "--lang", lang]) == 1
        assert words in capsys.readouterr().err
    assert {p.name: _digest(p) for p in folder.iterdir() if p.is_file()} == before

    monkeypatch.setattr(migrate, "HEAD", NEXT)  # the app updated: it opens the database again
    open_database(folder, passphrase=PASSPHRASE).close()


@pytest.fixture
def pair(tmp_path: Path, memory_keystore: MemoryKeyring) -> Iterator[list[Workstation]]:
    stations = make_network(tmp_path, 2)
    yield stations
    for station in stations:
        station.store.close()


def _case_ids(station: Workstation) -> set[str]:
    return {str(r[0]) for r in station.store.read_connection().execute("SELECT id FROM case_file")}


def test_batch_of_a_newer_schema_waits_for_the_update_then_applies(
        pair: list[Workstation], monkeypatch: pytest.MonkeyPatch) -> None:
    old, new = pair
    run_sync(old.store)
    run_sync(new.store)
    monkeypatch.setattr(migrate, "HEAD", NEXT)  # "new" writes with the next version's schema
    _p1, first = add_shared_case(new.store, "Délèze")
    assert run_sync(new.store).sent_batches == 1
    _p2, second = add_shared_case(new.store, "Zenhäusern")
    assert run_sync(new.store).sent_batches == 1
    monkeypatch.setattr(migrate, "HEAD", f"{int(NEXT) - 1:04d}")  # "old" still runs this version

    for _ in range(2):  # twice: waiting is stable, nothing is refused on a second look
        report = run_sync(old.store)
        assert report.received_batches == 0 and report.quarantined == 0
        assert report.waiting == {new.id: 1}
        assert report.problems == []  # only "update CII Desktop" (told from pending_update), not "missing or damaged"
    assert quarantine(old.store) == []
    assert schema_compat.pending_update(old.store) == NEXT
    assert first not in _case_ids(old) and second not in _case_ids(old)

    monkeypatch.setattr(migrate, "HEAD", NEXT)  # "old" is updated: the batches apply, notice gone
    report = run_sync(old.store)
    assert report.received_batches == 2 and not report.waiting
    assert {first, second} <= _case_ids(old)
    assert schema_compat.pending_update(old.store) is None


def test_newer_app_reads_batches_of_an_older_schema(pair: list[Workstation],
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    old, new = pair
    _p, case = add_shared_case(old.store, "Délèze")
    assert run_sync(old.store).sent_batches == 1  # written with this version's schema
    monkeypatch.setattr(migrate, "HEAD", NEXT)  # read by the next version
    report = run_sync(new.store)
    assert report.received_batches == 1 and report.quarantined == 0
    assert case in _case_ids(new) and schema_compat.pending_update(new.store) is None


def test_sync_command_tells_to_update(tmp_path: Path, no_keystore: None, monkeypatch: pytest.MonkeyPatch,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    """The scheduled task's output names the waiting batches in the user's language."""
    share = tmp_path / "share"
    monkeypatch.setenv(cli.PASSPHRASE_ENV, PASSPHRASE)
    assert cli.main(["demo", "--data-dir", str(tmp_path / "a"), "--persons", "3", "--seed", "1",
                     "--share", str(share)]) == 0
    assert cli.main(["demo", "--data-dir", str(tmp_path / "b"), "--persons", "3", "--seed", "2",
                     "--share", str(share), "--admin-dir", str(tmp_path / "a")]) == 0
    head = migrate.HEAD
    store = open_database(tmp_path / "b", passphrase=PASSPHRASE)
    monkeypatch.setattr(migrate, "HEAD", NEXT)  # b's app is updated (its database file is not: simulated)
    try:
        add_shared_case(store, "Délèze")
        assert run_sync(store).sent_batches >= 1
    finally:
        store.close()
    monkeypatch.setattr(migrate, "HEAD", head)
    capsys.readouterr()
    # batches wait for the update: done, but it needs attention (exit 3, as the sync documents)
    assert cli.main(["sync", "--data-dir", str(tmp_path / "a"), "--lang", "de"]) == 3
    out = capsys.readouterr()
    assert "wartet auf 1 Arbeitsplatz" in out.out and "in Quarantäne 0" in out.out  # the user's German
    assert "bis Sie CII Desktop aktualisieren" in out.err
    # only the update notice: not "a batch missing or damaged", and no internal code anywhere
    assert cli.translate("sync.waiting", "de") not in out.err
    assert "sync.waiting" not in out.out + out.err and "attention:" not in out.out
    assert not re.search(r"\b[a-z_]+\.[a-z_]+\b", out.out)
