"""A workstation restored from a backup takes back its own batches from the share and goes on
(three real workstations, real SQLCipher files, real batch files; issue 14 point 4)."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from cii_desktop.services import backup
from cii_desktop.services.data_folder import open_database
from cii_desktop.services.sync import canonical_dump, quarantine, run_sync
from cii_desktop.storage.models import Case
from cii_desktop.sync import config as cfg
from cii_desktop.sync import own_history
from cii_desktop.sync.share import ShareError
from tests.support.memory_keyring import MemoryKeyring
from tests.support.network import Workstation, add_shared_case, make_network, set_summary

TAKEN_BACK = "sync.own_batches_taken_back"


@pytest.fixture
def trio(tmp_path: Path, memory_keystore: MemoryKeyring) -> Iterator[list[Workstation]]:
    stations = make_network(tmp_path, 3)
    yield stations
    for station in stations:
        station.store.close()


def _outbox(station: Workstation) -> Path:
    config = cfg.require(station.store)
    assert config.share is not None
    return config.outbox(config.share)


def _same(*stations: Workstation) -> bool:
    first = canonical_dump(stations[0].store)
    return all(canonical_dump(s.store) == first for s in stations[1:])


def _summary(station: Workstation, case_id: str) -> str | None:
    with station.store.unit_of_work() as uow:
        case = uow.get(Case, case_id)
        return None if case is None else case.summary


def _own_batches(station: Workstation) -> list[tuple[int, bool]]:
    return [(int(s), p is not None) for s, p in station.store.read_connection().execute(
        "SELECT seq, published_at FROM sync_outgoing ORDER BY seq")]


def _history(trio: list[Workstation], tmp_path: Path) -> tuple[Path, str, str]:
    """A publishes batch 1, is backed up, publishes 2 and 3; B and C apply all three. Returns the
    backup (kept outside A's folder), the case of batch 1 and the case of batch 3."""
    a, b, c = trio
    _p, first = add_shared_case(a.store, "Avant")
    assert run_sync(a.store).exit_code == 0  # batch 1
    saved = tmp_path / "saved-backup"
    shutil.copytree(backup.make_backup(a.store, a.folder), saved)
    set_summary(a.store, first, "modifié après la sauvegarde")
    assert run_sync(a.store).exit_code == 0  # batch 2
    _p, later = add_shared_case(a.store, "Après")
    assert run_sync(a.store).exit_code == 0  # batch 3
    assert sorted(p.name for p in _outbox(a).glob("*.ciibatch"))[-1] == "00000003.ciibatch"
    for station in (b, c):
        assert run_sync(station.store).exit_code == 0
    return saved, first, later


def _restore(a: Workstation, saved: Path) -> None:
    """A's disk dies: its data folder is replaced by the restore of the backup."""
    a.store.close()
    shutil.rmtree(a.folder)
    assert backup.restore(saved, a.folder).ok
    a.store = open_database(a.folder)


def test_a_restored_workstation_takes_back_its_batches_and_goes_on(trio: list[Workstation],
                                                                  tmp_path: Path) -> None:
    a, b, c = trio
    saved, first, later = _history(trio, tmp_path)
    _restore(a, saved)
    assert _summary(a, first) == "Situation" and _summary(a, later) is None  # the backup's day
    _p, unpublished = add_shared_case(a.store, "Après la restauration")  # never published yet
    report = run_sync(a.store)
    assert (TAKEN_BACK, "2") in report.problems and report.exit_code == 3  # told once, then 0
    assert not [p for p in report.problems if p[0] != TAKEN_BACK], report.problems
    assert _summary(a, first) == "modifié après la sauvegarde" and _summary(a, later) == "Situation"
    assert _own_batches(a) == [(1, True), (2, True), (3, True), (4, True)]  # the new change: number 4
    assert report.sent_batches == 1
    for station in (b, c):
        got = run_sync(station.store)
        assert got.exit_code == 0 and got.received_batches == 1, got.problems
        assert _summary(station, unpublished) == "Situation"
    for station in trio:
        assert quarantine(station.store) == []
    assert _same(a, b, c)
    before = (canonical_dump(a.store), _own_batches(a), sorted(p.name for p in _outbox(a).iterdir()))
    again = run_sync(a.store)  # a second sync changes nothing
    assert again.exit_code == 0 and again.sent_batches == 0 and again.problems == []
    assert (canonical_dump(a.store), _own_batches(a), sorted(p.name for p in _outbox(a).iterdir())) == before
    assert own_history.adopted_total(a.store) == 2
    set_summary(a.store, later, "et ensuite")  # life goes on: number 5, applied everywhere
    assert run_sync(a.store).exit_code == 0
    assert all(run_sync(s.store).exit_code == 0 for s in (b, c)) and _same(a, b, c)
    assert _own_batches(a)[-1] == (5, True)


def test_an_offline_sync_after_the_restore_is_sealed_again_after_the_taken_back_ones(
        trio: list[Workstation], tmp_path: Path) -> None:
    """Changes sealed under number 2 while the share was away go out as number 4."""
    a, b, c = trio
    saved, first, _later = _history(trio, tmp_path)
    _restore(a, saved)
    _p, offline_case = add_shared_case(a.store, "Hors ligne")
    assert run_sync(a.store, tmp_path / "unmounted").offline
    assert _own_batches(a) == [(1, True), (2, False)]  # sealed, not published: clashes on the share
    report = run_sync(a.store)
    assert (TAKEN_BACK, "2") in report.problems and report.sent_batches == 1
    assert _own_batches(a) == [(1, True), (2, True), (3, True), (4, True)]
    for station in (b, c):
        assert run_sync(station.store).exit_code == 0
        assert _summary(station, offline_case) == "Situation"
    assert _same(a, b, c) and all(quarantine(s.store) == [] for s in trio)


def test_a_crash_in_the_middle_of_taking_back_loses_nothing(trio: list[Workstation], tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    a, b, c = trio
    saved, first, later = _history(trio, tmp_path)
    _restore(a, saved)
    real = own_history._adopt
    calls: list[int] = []

    def dies_on_the_second(*args: object, **kwargs: object) -> tuple[str, int]:
        calls.append(1)
        if len(calls) == 2:
            raise KeyboardInterrupt  # the process stops between two batches
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(own_history, "_adopt", dies_on_the_second)
    with pytest.raises(KeyboardInterrupt):
        run_sync(a.store)
    monkeypatch.setattr(own_history, "_adopt", real)
    assert _own_batches(a) == [(1, True), (2, True)]  # batch 2 taken back, in one transaction
    report = run_sync(a.store)
    assert (TAKEN_BACK, "1") in report.problems
    assert _summary(a, first) == "modifié après la sauvegarde" and _summary(a, later) == "Situation"
    assert own_history.adopted_total(a.store) == 2 and _same(a, b, c)


def test_a_file_not_signed_by_the_workstation_is_never_taken_back(trio: list[Workstation],
                                                                 tmp_path: Path) -> None:
    """A batch in A's folder and name, sealed with the network key but signed by B, chained to
    A's last batch: refused for adoption; A's real batches are taken back, the forged one skipped."""
    import dataclasses

    from cii_desktop.storage import migrate
    from cii_desktop.sync.batch_format import BatchHeader, seal
    from cii_desktop.sync.codec import encode_body

    a, b, c = trio
    saved, first, later = _history(trio, tmp_path)
    config_b = cfg.require(b.store)
    last = a.store.read_connection().execute(
        "SELECT file_hash FROM sync_outgoing WHERE seq = 3").fetchone()[0]
    raw = encode_body({"author": "x", "written_ms": 0, "depends": {}},
                      [["case_file", later, "summary", '"forgé"', "0" * 15 + "0000" + a.id, None]], {})
    header = BatchHeader(network=config_b.network, workstation=a.id, sequence=4, previous_hash=str(last),
                         schema=migrate.HEAD, count=1)
    forged = seal(dataclasses.replace(header), raw, config_b.batch_key, config_b.signing_key)
    (_outbox(a) / "00000004.ciibatch").write_bytes(forged)
    _restore(a, saved)
    report = run_sync(a.store)
    assert (TAKEN_BACK, "2") in report.problems
    assert ("share.own_number_taken", f"{a.id}/00000004") in report.problems  # existing planted rule
    assert _summary(a, later) == "Situation"  # nothing of the forged file
    assert own_history.adopted_total(a.store) == 2


def test_a_copy_that_was_not_restored_still_stops(trio: list[Workstation], tmp_path: Path) -> None:
    """Only a database the restore marked adopts: a plain copy of a data folder running elsewhere
    still stops with share.sequence_taken (nothing forked, nothing merged)."""
    a, _b, _c = trio
    saved, _first, _later = _history(trio, tmp_path)
    _restore(a, saved)
    with a.store.raw_transaction() as conn:
        conn.execute("DELETE FROM local_setting WHERE key = ?", (own_history.RESTORED,))
    add_shared_case(a.store, "Autre")
    with pytest.raises(ShareError) as info:
        run_sync(a.store)
    assert info.value.code == "share.sequence_taken"
    assert own_history.adopted_total(a.store) == 0


def test_restore_and_sync_through_the_cli(trio: list[Workstation], tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    from cii_desktop.cli import main

    a, b, c = trio
    _p, first = add_shared_case(a.store, "Avant")
    run_sync(a.store)
    a.store.close()
    assert main(["backup", "--data-dir", str(a.folder)]) == 0
    made = backup.list_backups(a.folder)[0].path
    saved = tmp_path / "saved-backup"
    shutil.copytree(made, saved)
    a.store = open_database(a.folder)
    set_summary(a.store, first, "modifié après la sauvegarde")
    run_sync(a.store)
    _p, later = add_shared_case(a.store, "Après")
    run_sync(a.store)
    a.store.close()
    shutil.rmtree(a.folder)
    assert main(["restore", "--from", str(saved), "--data-dir", str(a.folder)]) == 0
    capsys.readouterr()
    assert main(["sync", "--data-dir", str(a.folder), "--lang", "fr"]) == 3
    err = capsys.readouterr().err
    assert "Restauré depuis une sauvegarde" in err and "[2]" in err
    assert main(["sync", "--data-dir", str(a.folder), "--lang", "de"]) == 0
    a.store = open_database(a.folder)
    assert _summary(a, later) == "Situation" and _summary(a, first) == "modifié après la sauvegarde"
    set_summary(a.store, later, "suite")
    assert run_sync(a.store).exit_code == 0 and _own_batches(a)[-1] == (4, True)
    for station in (b, c):
        assert run_sync(station.store).exit_code == 0
        assert _summary(station, later) == "suite"
    assert _same(a, b, c)


def test_an_own_batch_made_after_a_peers_batch_waits_for_it(trio: list[Workstation], tmp_path: Path) -> None:
    """A's batch 2 edits a case B created after the backup: the peer's batch is imported first,
    then A's own batch is taken back on top of it (causal order, as for any batch)."""
    a, b, c = trio
    add_shared_case(a.store, "Avant")
    run_sync(a.store)
    saved = tmp_path / "saved-backup"
    shutil.copytree(backup.make_backup(a.store, a.folder), saved)
    _p, from_b = add_shared_case(b.store, "De B")
    assert run_sync(b.store).exit_code == 0
    assert run_sync(a.store).exit_code == 0 and _summary(a, from_b) == "Situation"
    set_summary(a.store, from_b, "complété par A")
    assert run_sync(a.store).exit_code == 0  # A/2, made after B's batch
    assert all(run_sync(s.store).exit_code == 0 for s in (b, c))
    _restore(a, saved)
    assert _summary(a, from_b) is None
    report = run_sync(a.store)
    assert (TAKEN_BACK, "1") in report.problems
    assert not [p for p in report.problems if p[0] != TAKEN_BACK], report.problems
    assert _summary(a, from_b) == "complété par A"
    assert run_sync(a.store).exit_code == 0
    assert all(run_sync(s.store).exit_code == 0 for s in (b, c)) and _same(a, b, c)
    assert all(quarantine(s.store) == [] for s in trio)


def test_own_batches_waiting_for_a_lost_peer_batch_hold_the_sending(trio: list[Workstation],
                                                                   tmp_path: Path) -> None:
    """The peer batch A's batch 2 was made after is gone from the share: A says so (exit 3), sends
    nothing that would clash, and takes its batch back once B has published it again."""
    a, b, c = trio
    add_shared_case(a.store, "Avant")
    run_sync(a.store)
    saved = tmp_path / "saved-backup"
    shutil.copytree(backup.make_backup(a.store, a.folder), saved)
    _p, from_b = add_shared_case(b.store, "De B")
    run_sync(b.store)
    run_sync(a.store)
    set_summary(a.store, from_b, "complété par A")
    run_sync(a.store)
    assert all(run_sync(s.store).exit_code == 0 for s in (b, c))
    _restore(a, saved)
    lost = sorted(_outbox(b).glob("*.ciibatch"))
    for path in lost:
        path.unlink()  # B's batches vanish from the share (an antivirus)
    _p, new_case = add_shared_case(a.store, "Nouveau")
    report = run_sync(a.store)
    assert ("sync.own_batches_waiting", "") in report.problems and report.exit_code == 3
    assert report.sent_batches == 0 and _own_batches(a)[-1][1] is False  # sealed, kept here
    assert run_sync(b.store).repaired == len(lost)  # B publishes them again
    report = run_sync(a.store)
    assert (TAKEN_BACK, "1") in report.problems and report.sent_batches == 1
    assert _summary(a, from_b) == "complété par A"
    assert run_sync(a.store).exit_code == 0
    for station in (b, c):
        assert run_sync(station.store).exit_code == 0 and _summary(station, new_case) == "Situation"
    assert _same(a, b, c) and all(quarantine(s.store) == [] for s in trio)


def test_an_own_batch_damaged_on_the_share_is_not_taken_back_and_the_user_is_told(
        trio: list[Workstation], tmp_path: Path) -> None:
    """A/3, already applied by B and C, is cut off on the share: A takes back batch 2 only (a
    damaged file verifies as nobody's), says that colleagues hold more than it could take back, and
    goes on after A/3 (tests/integration/test_sync_lost_own_batch.py)."""
    a, _b, _c = trio
    saved, first, later = _history(trio, tmp_path)
    damaged = _outbox(a) / "00000003.ciibatch"
    damaged.write_bytes(damaged.read_bytes()[:-200])
    _restore(a, saved)
    report = run_sync(a.store)
    assert (TAKEN_BACK, "1") in report.problems and ("sync.own_batches_continued", "3") in report.problems
    assert _summary(a, first) == "modifié après la sauvegarde" and _summary(a, later) is None
