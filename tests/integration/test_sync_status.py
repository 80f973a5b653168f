"""Honest status and exit codes of a sync: offline, foreign or empty share, read-only share or outbox,
one unreadable peer, a second sync at once (real workstations, real share folders)."""

from __future__ import annotations

import builtins
import contextlib
import errno
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from cii_desktop import cli
from cii_desktop.services.sync import canonical_dump, quarantine, run_sync
from cii_desktop.sync import config as cfg
from cii_desktop.sync.run_lock import LOCK_NAME, sync_lock
from tests.support.memory_keyring import MemoryKeyring
from tests.support.network import Workstation, add_shared_case, make_network, set_summary, sync_all

needs_permissions = pytest.mark.skipif(os.name == "nt", reason="POSIX permissions")


@contextlib.contextmanager
def _denied(path: Path, mode: int, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """chmod ``path``; as root (who reads and writes everything) the OS calls of the sync are made
    to answer as they do for a user without those rights."""
    before = path.stat().st_mode
    os.chmod(path, mode)
    if os.geteuid() == 0:
        real_open, real_scandir, real_access = builtins.open, os.scandir, os.access

        def inside(target: object) -> bool:
            try:
                return Path(str(target)).is_relative_to(path)
            except (TypeError, ValueError):
                return False

        def fake_open(file: object, mode_: str = "r", *args: object, **kwargs: object) -> object:
            if inside(file) and (("r" in mode_ and not mode & 0o400) or
                                 (any(m in mode_ for m in "wxa") and not mode & 0o200)):
                raise PermissionError(errno.EACCES, "denied", str(file))
            return real_open(file, mode_, *args, **kwargs)  # type: ignore[call-overload]

        def fake_scandir(target: object = ".") -> object:
            if inside(target) and not mode & 0o400:
                raise PermissionError(errno.EACCES, "denied", str(target))
            return real_scandir(target)  # type: ignore[type-var]

        def fake_access(target: object, how: int, **kwargs: object) -> bool:
            if inside(target) and how & os.W_OK and not mode & 0o200:
                return False
            return real_access(target, how, **kwargs)  # type: ignore[arg-type]

        monkeypatch.setattr(builtins, "open", fake_open)
        monkeypatch.setattr(os, "scandir", fake_scandir)
        monkeypatch.setattr(os, "access", fake_access)
    try:
        yield
    finally:
        monkeypatch.undo()
        os.chmod(path, before)


@pytest.fixture
def trio(tmp_path: Path, memory_keystore: MemoryKeyring) -> Iterator[list[Workstation]]:
    stations = make_network(tmp_path, 3)
    yield stations
    for station in stations:
        station.store.close()


def _share(station: Workstation) -> Path:
    config = cfg.require(station.store)
    assert config.share is not None
    return config.share


def test_everything_exchanged_is_0_and_a_refused_batch_is_3(trio: list[Workstation]) -> None:
    a, b, _c = trio
    add_shared_case(a.store)
    assert run_sync(a.store).exit_code == 0
    report = run_sync(b.store)
    assert report.received_batches == 1 and report.exit_code == 0 and report.problems == []
    add_shared_case(a.store, "Zweiter")
    run_sync(a.store)
    batch = cfg.require(a.store).outbox(_share(a)) / "00000002.ciibatch"
    data = bytearray(batch.read_bytes())
    data[-100] ^= 1
    os.chmod(batch, 0o644)
    batch.write_bytes(bytes(data))
    report = run_sync(b.store)
    assert report.exit_code == 3 and report.quarantined == 1
    assert any(code == "batch.bad_signature" for code, _d in report.problems)
    assert "2 notices need attention" in report.summary() and "batch." not in report.summary()


def test_changes_kept_local_for_lack_of_consent_are_not_a_problem(trio: list[Workstation]) -> None:
    a = trio[0]
    add_shared_case(a.store, consent=False)
    report = run_sync(a.store)
    assert report.held_back > 0 and report.exit_code == 0


@pytest.mark.parametrize("kind", ["missing", "empty", "foreign", "unmounted"])
def test_a_folder_that_is_not_the_networks_share_is_offline(trio: list[Workstation], tmp_path: Path,
                                                           kind: str) -> None:
    a, b, _c = trio
    add_shared_case(a.store)
    wrong = tmp_path / f"wrong-{kind}"
    if kind != "missing":
        wrong.mkdir()
    if kind == "foreign":  # another network's share: a folder named like ours, with a roster not signed by our admin
        other = make_network(tmp_path / "other", 1)[0]
        other_network = cfg.require(other.store).network
        shutil.copytree(_share(other) / other_network, wrong / cfg.require(a.store).network)
        other.store.close()
    if kind == "unmounted":  # the mount point is there, the server's folders are not
        (wrong / cfg.require(a.store).network).mkdir()
    report = run_sync(a.store, wrong)
    assert report.offline and report.exit_code == 2
    assert report.offline_reason == ("share.unreachable" if kind == "missing" else "share.not_network")
    assert not any(wrong.rglob("*.ciibatch"))  # nothing was published there
    # the changes are ready and travel with the next sync to the real share
    assert "changes ready, sent at the next sync" in report.summary()
    report = run_sync(a.store)
    assert report.sent_batches == 1 and report.sent_changes > 0 and report.exit_code == 0
    assert "sent 0 changes" not in report.summary() and "(s)" not in report.summary()
    assert run_sync(b.store).received_batches == 1


@needs_permissions
def test_read_only_share_receives_and_says_so(trio: list[Workstation], monkeypatch: pytest.MonkeyPatch) -> None:
    a, b, _c = trio
    add_shared_case(a.store)
    run_sync(a.store)
    set_summary(b.store, add_shared_case(b.store, "Bregy")[1], "Neu")
    network_dir = _share(b) / cfg.require(b.store).network
    folders = [p for p in [*network_dir.rglob("*")] if p.is_dir()]
    with contextlib.ExitStack() as stack:
        for folder in folders:
            os.chmod(folder, 0o555)
            stack.callback(os.chmod, folder, 0o700)
        with _denied(network_dir, 0o555, monkeypatch):
            report = run_sync(b.store)
    assert not report.offline and report.received_batches == 1
    assert report.sent_batches == 0 and ("share.read_only", "") in report.problems
    assert report.exit_code == 3
    assert run_sync(b.store).sent_batches == 1  # writable again: sent


@needs_permissions
def test_own_outbox_not_writable_is_its_own_message(trio: list[Workstation],
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    a, b, _c = trio
    add_shared_case(b.store)
    run_sync(b.store)
    add_shared_case(b.store, "Zweiter")
    outbox = cfg.require(b.store).outbox(_share(b))
    with _denied(outbox, 0o555, monkeypatch):
        report = run_sync(b.store)
    assert ("share.outbox_read_only", "") in report.problems and report.exit_code == 3
    assert report.sent_batches == 0
    assert run_sync(b.store).sent_batches == 1


@needs_permissions
def test_one_unreadable_peer_folder_does_not_stop_the_others(trio: list[Workstation],
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    a, b, c = trio
    add_shared_case(a.store, "Anthamatten")
    add_shared_case(b.store, "Bregy")
    run_sync(a.store)
    run_sync(b.store)
    outbox_b = cfg.require(b.store).outbox(_share(b))
    with _denied(outbox_b, 0o000, monkeypatch):
        report = run_sync(c.store)
    assert report.received_batches == 1  # a's batch
    assert ("share.peer_unreadable", b.id) in report.problems and report.exit_code == 3
    batch = outbox_b / "00000001.ciibatch"
    with _denied(batch, 0o000, monkeypatch):  # one unreadable file now
        report = run_sync(c.store)
    assert ("share.peer_unreadable", b.id) in report.problems and report.exit_code == 3
    assert quarantine(c.store) == []  # unreadable is not refused: it is read once readable
    assert run_sync(c.store).received_batches == 1


def test_a_second_sync_at_once_is_refused_and_the_lock_survives_a_crash(trio: list[Workstation]) -> None:
    a, b, _c = trio
    add_shared_case(a.store)
    run_sync(a.store)
    with sync_lock(b.folder):  # another process of this data folder is syncing
        report = run_sync(b.store)
    assert report.problems == [("sync.busy", "")] and report.exit_code == 3
    assert report.received_batches == 0 and quarantine(b.store) == []
    lock = b.folder / LOCK_NAME
    assert lock.stat().st_mode & 0o777 == 0o600
    # a lock file left behind by a killed process holds no lock: the next sync runs
    assert run_sync(b.store).received_batches == 1


def test_quarantined_batch_that_later_verifies_is_applied_and_the_entry_closed(trio: list[Workstation]) -> None:
    a, b, _c = trio
    add_shared_case(a.store)
    run_sync(a.store)
    batch = cfg.require(a.store).outbox(_share(a)) / "00000001.ciibatch"
    good = batch.read_bytes()
    os.chmod(batch, 0o644)
    batch.write_bytes(good[: len(good) // 2])  # cut off on the share
    report = run_sync(b.store)
    assert report.quarantined == 1 and [q[2] for q in quarantine(b.store)] == ["batch.truncated"]
    assert report.waiting == {a.id: 1}
    run_sync(a.store)  # the sender sees the damage and writes the batch again from its journal
    assert batch.read_bytes() == good
    report = run_sync(b.store)
    assert report.received_batches == 1 and report.exit_code == 0
    assert quarantine(b.store) == []
    assert canonical_dump(a.store) == canonical_dump(b.store)


def test_cli_sync_exit_codes_and_notices_in_french(trio: list[Workstation], tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    a, b, _c = trio
    folder = b.folder
    add_shared_case(a.store)
    run_sync(a.store)
    b.store.close()
    empty = tmp_path / "empty"
    empty.mkdir()
    assert cli.main(["sync", "--data-dir", str(folder), "--share", str(empty), "--lang", "fr"]) == 2
    err = capsys.readouterr().err
    assert "n'est pas le dossier partagé de ce réseau" in err
    assert cli.main(["sync", "--data-dir", str(folder), "--lang", "de"]) == 0
    assert cli.main(["sync", "--data-dir", str(folder), "--bogus"]) == 64
    with sync_lock(folder):
        assert cli.main(["sync", "--data-dir", str(folder), "--lang", "de"]) == 3
    assert "Eine Synchronisation dieses Datenordners läuft bereits" in capsys.readouterr().err
    b.store = cli.open_store_for_cli(cli.build_parser().parse_args(["sync", "--data-dir", str(folder)]))
    sync_all(trio, 1)
