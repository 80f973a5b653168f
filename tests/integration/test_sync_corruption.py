"""Damaged, forged and replayed batches are refused before any write, and shown in the quarantine list."""

from __future__ import annotations

import shutil
import uuid
from collections.abc import Callable
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from cii_desktop.services.sync import canonical_dump, quarantine, run_sync
from cii_desktop.sync import config as cfg
from cii_desktop.sync.batch_format import SIGNATURE_SIZE, read_header, sign
from tests.support.memory_keyring import MemoryKeyring
from tests.support.network import Workstation, add_shared_case, make_network


def _truncated(batches: list[bytes], _other: Ed25519PrivateKey) -> bytes:
    return batches[0][:-100]


def _bit_flipped(batches: list[bytes], _other: Ed25519PrivateKey) -> bytes:
    data = bytearray(batches[0])
    data[len(data) // 2] ^= 0x10
    return bytes(data)


def _appended(batches: list[bytes], _other: Ed25519PrivateKey) -> bytes:
    return batches[0] + b"\x00extra"


def _header_swapped(batches: list[bytes], _other: Ed25519PrivateKey) -> bytes:
    _h1, start1 = read_header(batches[0])
    _h2, start2 = read_header(batches[1])
    return batches[1][:start2] + batches[0][start1:]


def _resigned_by_another(batches: list[bytes], other: Ed25519PrivateKey) -> bytes:
    unsigned = batches[0][:-SIGNATURE_SIZE]
    return unsigned + sign(unsigned, other)


def _foreign_file(batches: list[bytes], _other: Ed25519PrivateKey) -> bytes:
    return b"PK\x03\x04 a zip file that someone dropped here"


VARIANTS: dict[str, tuple[Callable[[list[bytes], Ed25519PrivateKey], bytes], str]] = {
    "truncated": (_truncated, "batch.truncated"),
    "bit_flipped": (_bit_flipped, "batch.bad_signature"),
    "appended": (_appended, "batch.tampered"),
    "header_swapped": (_header_swapped, "batch.bad_signature"),
    "resigned_by_another": (_resigned_by_another, "batch.bad_signature"),
    "foreign_file": (_foreign_file, "batch.not_a_batch"),
}


def _state(station: Workstation) -> tuple[object, int]:
    count = station.store.read_connection().execute("SELECT count(*) FROM change_log").fetchone()[0]
    return canonical_dump(station.store), count


@pytest.fixture
def pair(tmp_path: Path, memory_keystore: MemoryKeyring):  # type: ignore[no-untyped-def]
    stations = make_network(tmp_path / "net", 3)
    a = stations[0]
    add_shared_case(a.store, "Premier")
    run_sync(a.store)
    add_shared_case(a.store, "Second")
    run_sync(a.store)
    yield stations, tmp_path / "net" / "share"
    for station in stations:
        station.store.close()


def _view(share_dir: Path, target: Path) -> Path:
    """A copy of the share without any batch: the tests put their own files in."""
    shutil.copytree(share_dir, target, ignore=shutil.ignore_patterns("*.ciibatch"))
    return target


@pytest.mark.parametrize("variant", sorted(VARIANTS))
def test_damaged_or_forged_batch_is_quarantined_before_any_write(pair, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                                 variant: str) -> None:
    (a, b, c), share_dir = pair
    outbox = cfg.require(a.store).outbox(share_dir)
    batches = [p.read_bytes() for p in sorted(outbox.iterdir())]
    make, code = VARIANTS[variant]
    view = _view(share_dir, tmp_path / "view")
    target = cfg.require(a.store).outbox(view)
    target.mkdir(parents=True, exist_ok=True)
    (target / "00000001.ciibatch").write_bytes(make(batches, cfg.require(c.store).signing_key))
    before = _state(b)
    report = run_sync(b.store, view)
    assert report.received_batches == 0 and report.quarantined == 1
    assert [q[2] for q in quarantine(b.store)] == [code]
    assert _state(b) == before
    run_sync(b.store, view)  # seen again: listed once, still nothing applied
    assert len(quarantine(b.store)) == 1 and _state(b) == before
    # the real batches, once there, are applied (the quarantined file is replaced by an admin)
    (target / "00000001.ciibatch").unlink()
    shutil.copy(outbox / "00000001.ciibatch", target)
    assert run_sync(b.store, view).received_batches == 1


def test_replayed_sequence_and_unenrolled_signer_are_refused(pair, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    (a, b, _c), share_dir = pair
    outbox = cfg.require(a.store).outbox(share_dir)
    view = _view(share_dir, tmp_path / "view")
    target = cfg.require(a.store).outbox(view)
    target.mkdir(parents=True, exist_ok=True)
    shutil.copy(outbox / "00000001.ciibatch", target)
    shutil.copy(outbox / "00000001.ciibatch", target / "00000002.ciibatch")  # replay as the next one
    stranger = cfg.require(a.store).outbox(view, str(uuid.uuid4()))
    stranger.mkdir(parents=True)
    shutil.copy(outbox / "00000002.ciibatch", stranger / "00000001.ciibatch")
    before_count = b.store.read_connection().execute("SELECT count(*) FROM change_log").fetchone()[0]
    report = run_sync(b.store, view)
    assert report.received_batches == 1
    # the replay is refused; a folder of a workstation not in the roster is not read, but reported
    assert sorted(q[2] for q in quarantine(b.store)) == ["batch.replayed"]
    assert ("share.unknown_folder", stranger.name) in report.problems and report.exit_code == 3
    after = b.store.read_connection().execute("SELECT count(*) FROM change_log").fetchone()[0]
    assert after - before_count == read_header((outbox / "00000001.ciibatch").read_bytes())[0].count
