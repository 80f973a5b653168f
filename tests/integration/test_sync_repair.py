"""Sync that never gets stuck: lost, damaged or planted files on the share, large attachments, a
revoked workstation's cut-off (real workstations, real files)."""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from cii_desktop.services import cases, network
from cii_desktop.services.sync import canonical_dump, quarantine, run_sync
from cii_desktop.storage.models import Attachment
from cii_desktop.sync import config as cfg
from cii_desktop.sync.state import STATE_DIR
from tests.support.memory_keyring import MemoryKeyring
from tests.support.network import Workstation, add_shared_case, make_network, set_summary


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


@pytest.mark.parametrize("megabytes", [9, 49])
def test_a_large_attachment_travels_with_its_record(trio: list[Workstation], tmp_path: Path,
                                                   megabytes: int) -> None:
    a, b, _c = trio
    _person, case_id = add_shared_case(a.store)
    scan = tmp_path / "scan.pdf"
    content = os.urandom(megabytes * 1024 * 1024)
    scan.write_bytes(content)
    with a.store.unit_of_work() as uow:
        attachment_id = cases.add_attachment(uow, case_id, scan).id
    scan.unlink()
    run_sync(a.store)
    report = run_sync(b.store)
    assert report.exit_code == 0 and report.quarantined == 0 and report.waiting == {}
    with b.store.unit_of_work() as uow:
        row = uow.get(Attachment, attachment_id)
        assert row is not None and row.content == content
    set_summary(a.store, case_id, "après la pièce jointe")  # and what follows is not blocked
    run_sync(a.store)
    assert run_sync(b.store).exit_code == 0 and _same(a, b)


def test_a_deleted_batch_is_published_again_by_its_writer(trio: list[Workstation]) -> None:
    a, b, _c = trio
    _p, case_id = add_shared_case(a.store)
    run_sync(a.store)
    set_summary(a.store, case_id, "deuxième")
    run_sync(a.store)
    (_outbox(a) / "00000001.ciibatch").unlink()  # an antivirus, a person
    report = run_sync(b.store)
    assert report.waiting == {a.id: 1} and report.exit_code == 3
    assert any(code == "sync.waiting" for code, _d in report.problems)
    report = run_sync(a.store)
    assert report.repaired == 1 and report.exit_code == 0
    report = run_sync(b.store)
    assert report.received_batches == 2 and report.exit_code == 0 and _same(a, b)


def test_a_batch_altered_in_place_is_repaired_after_its_reader_says_so(trio: list[Workstation]) -> None:
    a, b, _c = trio
    add_shared_case(a.store)
    run_sync(a.store)
    batch = _outbox(a) / "00000001.ciibatch"
    good = batch.read_bytes()
    damaged = bytearray(good)
    damaged[len(damaged) // 2] ^= 0xFF  # same size: only its bytes tell
    os.chmod(batch, 0o644)
    batch.write_bytes(bytes(damaged))
    assert run_sync(a.store).repaired == 0  # the writer cannot tell by size
    report = run_sync(b.store)
    assert report.quarantined == 1 and report.exit_code == 3
    state = cfg.require(b.store).network_dir(cfg.require(b.store).share or Path()) / STATE_DIR / f"{b.id}.json"
    assert state.exists() and b"stuck" not in state.read_bytes()  # signed and encoded, nothing in clear
    assert run_sync(a.store).repaired == 1 and batch.read_bytes() == good
    report = run_sync(b.store)
    assert report.received_batches == 1 and report.exit_code == 0 and quarantine(b.store) == []


@pytest.mark.parametrize("planted", ["garbage", "replay", "other_workstation"])
def test_a_file_planted_under_a_workstations_next_number_never_blocks_it(trio: list[Workstation],
                                                                        planted: str) -> None:
    a, b, c = trio
    _p, case_id = add_shared_case(a.store)
    add_shared_case(c.store, "Clausen")
    run_sync(a.store)
    run_sync(c.store)
    target = _outbox(a) / "00000002.ciibatch"
    source = {"garbage": None, "replay": _outbox(a) / "00000001.ciibatch",
              "other_workstation": _outbox(c) / "00000001.ciibatch"}[planted]
    target.write_bytes(source.read_bytes() if source else os.urandom(3000))
    set_summary(a.store, case_id, "après le fichier déposé")
    report = run_sync(a.store)  # the writer skips the number it did not write
    assert report.sent_batches == 1 and (_outbox(a) / "00000003.ciibatch").exists()
    assert report.problems == [("share.own_number_taken", f"{a.id}/00000002")] and report.exit_code == 3
    assert run_sync(a.store).exit_code == 0  # said once: the next syncs are clean
    report = run_sync(b.store)
    assert report.received_batches == 3  # a/1, a/3 and c/1
    assert ("share.planted", f"{a.id}/00000002.ciibatch") in report.problems and report.exit_code == 3
    assert [(q[0], q[1]) for q in quarantine(b.store)] == [(a.id, "00000002.ciibatch")]
    assert run_sync(b.store).exit_code == 0 and _same(a, b)
    set_summary(a.store, case_id, "et la suite")
    run_sync(a.store)
    assert run_sync(b.store).received_batches == 1 and _same(a, b)


def test_skipping_a_planted_number_renumbers_only_its_own_changes(trio: list[Workstation]) -> None:
    """The writer's skip moves its own unpublished changes one number on; what it received keeps
    its sender's batch numbers (they say which of the sender's batches brought them)."""
    a, _b, c = trio
    _p, case_id = add_shared_case(c.store, "Clausen")
    run_sync(c.store)
    set_summary(c.store, case_id, "deuxième lot")
    run_sync(c.store)  # c/1 and c/2
    add_shared_case(a.store)
    run_sync(a.store)  # a/1 sent, c/1 and c/2 received
    received_before = _batch_numbers(a, c.id)
    assert {2} <= set(received_before)
    (_outbox(a) / "00000002.ciibatch").write_bytes(os.urandom(3000))
    set_summary(a.store, case_id, "après le fichier déposé")
    assert run_sync(a.store).sent_batches == 1
    assert _batch_numbers(a, c.id) == received_before
    assert set(_batch_numbers(a, a.id)) == {1, 3}


def _batch_numbers(station: Workstation, author: str) -> list[int]:
    return [int(r[0]) for r in station.store.read_connection().execute(
        "SELECT batch_seq FROM change_log WHERE workstation_id = ? AND batch_seq > 0 ORDER BY seq", (author,))]


def test_a_file_planted_further_ahead_is_skipped_even_with_nothing_to_send(trio: list[Workstation]) -> None:
    a, b, _c = trio
    add_shared_case(a.store)
    run_sync(a.store)
    (_outbox(a) / "00000003.ciibatch").write_bytes(os.urandom(500))
    assert run_sync(b.store).exit_code == 3  # refused: it cannot know yet whether it is a's
    report = run_sync(a.store)  # a sees a file it did not write: an empty batch 4 says "3 is not mine"
    assert report.problems == [("share.own_number_taken", f"{a.id}/00000003")]
    report = run_sync(b.store)
    assert ("share.planted", f"{a.id}/00000003.ciibatch") in report.problems and report.waiting == {}
    assert run_sync(b.store).exit_code == 0 and run_sync(a.store).exit_code == 0
    assert _same(a, b)


def test_a_restored_database_still_stops_before_overwriting_its_own_batches(trio: list[Workstation],
                                                                           tmp_path: Path) -> None:
    import shutil

    from cii_desktop.services.data_folder import open_database

    a, b, _c = trio
    add_shared_case(a.store)
    run_sync(a.store)
    a.store.close()
    backup = tmp_path / "backup"
    shutil.copytree(a.folder, backup)  # yesterday's backup of a's data folder
    a.store = open_database(a.folder)
    _p, case_id = add_shared_case(a.store, "Après la sauvegarde")
    run_sync(a.store)  # batch 2, then the disk dies; the backup comes back
    a.store.close()
    shutil.rmtree(a.folder)
    shutil.copytree(backup, a.folder)
    a.store = open_database(a.folder)
    add_shared_case(a.store, "Autre")
    from cii_desktop.sync.share import ShareError

    with pytest.raises(ShareError) as info:
        run_sync(a.store)
    assert info.value.code == "share.sequence_taken"  # a person must look: nothing is forked


def test_a_huge_planted_file_is_refused_unread(trio: list[Workstation]) -> None:
    a, b, _c = trio
    _p, case_id = add_shared_case(a.store)
    run_sync(a.store)
    huge = _outbox(a) / "00000002.ciibatch"
    with open(huge, "wb") as fh:  # 4 GB, sparse: nothing is really written
        fh.truncate(4 * 1024 ** 3)
    report = run_sync(b.store)
    assert report.received_batches == 1 and report.exit_code == 3
    assert [q[2] for q in quarantine(b.store)] == ["batch.too_large"]
    set_summary(a.store, case_id, "après")
    assert run_sync(a.store).sent_batches == 1  # published as 3
    assert run_sync(b.store).received_batches == 1 and _same(a, b)
    if os.name != "nt":  # neither the reader nor the writer read the 4 GB file
        import resource

        assert resource.getrusage(resource.RUSAGE_SELF).ru_maxrss < 1_500_000  # KiB


def _revoke_with_cutoff(admin: Workstation, workstation: str, cutoff: int) -> None:
    """The administrator's revocation (services.network.revoke reads the cut-off from the share)."""
    roster = network.revoke(admin.store, workstation)
    member = roster.member(workstation)
    assert member is not None and member.revoked and member.revoked_after == cutoff


def test_batches_up_to_a_revocation_cutoff_are_applied_and_nobody_waits_past_it(
        trio: list[Workstation]) -> None:
    a, b, c = trio
    _p, case_id = add_shared_case(c.store, "Clausen")
    run_sync(c.store)
    set_summary(c.store, case_id, "C/2, publié avant la révocation")
    run_sync(c.store)
    run_sync(b.store)  # B applies C/1 and C/2, then publishes a batch that depends on them
    set_summary(b.store, case_id, "B après C/2")
    run_sync(b.store)
    _revoke_with_cutoff(a, c.id, 2)  # A revokes C before it has synced at all
    set_summary(c.store, case_id, "C/3, après la révocation")
    run_sync(c.store)
    report = run_sync(a.store)
    assert report.received_batches == 3  # C/1, C/2 (up to the cut-off) and B's batch
    assert report.waiting == {}
    assert ("sync.revoked_publishing", c.id) in report.problems and report.exit_code == 3
    assert [(q[1], q[2]) for q in quarantine(a.store)] == [("00000003.ciibatch", "batch.revoked")]
    assert _same(a, b)
    row = a.store.read_connection().execute("SELECT summary FROM case_file WHERE id = ?", (case_id,)).fetchone()
    assert row[0] == "B après C/2"


def test_a_forged_or_foreign_state_file_is_not_believed(trio: list[Workstation]) -> None:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from cii_desktop.sync.state import encode, suspects

    a, b, _c = trio
    add_shared_case(a.store)
    run_sync(a.store)
    run_sync(b.store)
    config_a, config_b = cfg.require(a.store), cfg.require(b.store)
    assert config_a.share is not None
    folder = config_a.network_dir(config_a.share) / STATE_DIR
    honest = (folder / f"{b.id}.json").read_bytes()
    forged = dataclasses.replace(config_b, signing_key=Ed25519PrivateKey.generate())
    (folder / f"{b.id}.json").write_bytes(encode(forged, {a.id: 0}, {a.id: 1}))
    (folder / "intruder.json").write_bytes(encode(forged, {}, {a.id: 1}))
    assert suspects(config_a, config_a.share) == frozenset()
    (folder / f"{b.id}.json").write_bytes(encode(config_b, {a.id: 0}, {a.id: 1}))  # b's own, signed
    assert suspects(config_a, config_a.share) == frozenset({1})
    assert run_sync(a.store).repaired == 0  # the file is intact: checked, not rewritten
    (folder / f"{b.id}.json").write_bytes(honest)
