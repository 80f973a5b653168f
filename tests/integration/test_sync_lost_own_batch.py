"""A workstation restored from a backup whose own last batch was lost from the share after colleagues
had applied it (no copy anywhere it can read): it goes on after that batch by itself instead of
publishing under a number colleagues have already used (three real workstations, real files)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from cii_desktop.services.sync import quarantine, run_sync
from cii_desktop.sync import config as cfg
from cii_desktop.sync.state import STATE_DIR, encode
from tests.integration.test_sync_restore import _history, _outbox, _own_batches, _restore, _same, _summary
from tests.support.memory_keyring import MemoryKeyring
from tests.support.network import Workstation, add_shared_case, make_network, set_summary

CONTINUED, LOST = "sync.own_batches_continued", "sync.own_batches_lost"


@pytest.fixture
def trio(tmp_path: Path, memory_keystore: MemoryKeyring) -> Iterator[list[Workstation]]:
    stations = make_network(tmp_path, 3)
    yield stations
    for station in stations:
        station.store.close()


def _lose(a: Workstation, how: str) -> None:
    path = _outbox(a) / "00000003.ciibatch"
    if how == "deleted":
        path.unlink()
    else:
        path.write_bytes(path.read_bytes()[:-200])


@pytest.mark.parametrize("how", ["deleted", "damaged"])
def test_a_restored_workstation_goes_on_after_its_own_lost_batch(trio: list[Workstation], tmp_path: Path,
                                                                how: str) -> None:
    a, b, c = trio
    saved, first, later = _history(trio, tmp_path)  # A/1..3 applied by B and C; the backup after A/1
    _lose(a, how)
    _restore(a, saved)
    report = run_sync(a.store)
    assert ("sync.own_batches_taken_back", "1") in report.problems and (CONTINUED, "3") in report.problems
    assert report.exit_code == 3  # once: what the lost batch carried is not here, the notice says what to do
    assert _summary(a, first) == "modifié après la sauvegarde" and _summary(a, later) is None
    _p, new_case = add_shared_case(a.store, "Nouveau")
    report = run_sync(a.store)
    assert report.exit_code == 0 and report.sent_batches == 1 and report.problems == []
    assert _own_batches(a) == [(1, True), (2, True), (3, True), (4, True)]  # 3: a stand-in, never written
    for station in (b, c):
        report = run_sync(station.store)
        assert report.exit_code == 0 and report.received_batches == 1 and report.waiting == {}
        assert _summary(station, new_case) == "Situation" and _summary(station, later) == "Situation"
    set_summary(a.store, new_case, "suite")  # and what follows goes on as usual, both ways
    set_summary(b.store, first, "par B")
    for station in (a, b, c, a):
        assert run_sync(station.store).exit_code == 0
    assert _summary(b, new_case) == "suite" and _summary(a, first) == "par B"
    assert _same(b, c) and all(quarantine(s.store) == [] for s in trio)


def test_without_the_readers_word_nothing_is_sent_under_a_used_number(trio: list[Workstation],
                                                                     tmp_path: Path) -> None:
    """Colleagues of an older version (their state files say nothing of hashes): the restored
    workstation sends nothing - its changes are kept, not refused - and goes on once they have
    synchronised with this version."""
    a, b, c = trio
    saved, _first, _later = _history(trio, tmp_path)
    _lose(a, "deleted")
    config = cfg.require(b.store)
    assert config.share is not None
    folder = config.network_dir(config.share) / STATE_DIR
    for station in (b, c):  # their states as an older version writes them: signed, without hashes
        own = cfg.require(station.store)
        (folder / f"{station.id}.json").write_bytes(encode(own, {a.id: 3}, {}))
    _restore(a, saved)
    _p, new_case = add_shared_case(a.store, "Nouveau")
    report = run_sync(a.store)
    assert (LOST, "3") in report.problems and report.exit_code == 3 and report.sent_batches == 0
    assert sorted(p.name for p in _outbox(a).glob("*.ciibatch")) == ["00000001.ciibatch", "00000002.ciibatch"]
    for station in (b, c):
        assert run_sync(station.store).exit_code == 0  # this version: their states say the hash
    report = run_sync(a.store)
    assert (CONTINUED, "3") in report.problems and report.sent_batches == 1
    for station in (b, c):
        assert run_sync(station.store).received_batches == 1 and _summary(station, new_case) == "Situation"
    assert _same(b, c) and all(quarantine(s.store) == [] for s in trio)
