"""The audit stream to the data-protection officer: sealed to the officer, signed, chained; real files."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from cii_desktop.services import audit as audit_service
from cii_desktop.services.data_folder import create_database
from cii_desktop.storage.store import Store
from cii_desktop.sync import audit_stream
from cii_desktop.sync.key_epochs import kex_public_hex
from cii_desktop.sync.roster import public_hex

NETWORK = "net-1"


@pytest.fixture
def two(tmp_path: Path, memory_keystore):  # type: ignore[no-untyped-def]
    sender = create_database(tmp_path / "a", "keystore").store
    officer = create_database(tmp_path / "dpo", "keystore").store
    yield sender, officer
    sender.close()
    officer.close()


PERSON = "person-7Qz!x"  # "!" never occurs in base64 or hex: found only if the id leaked


def _entries(store: Store, count: int, person: str = PERSON) -> None:
    for i in range(count):
        audit_service.record(store, "case.read", person_id=person, case_id=f"c{i}",
                             at=dt.datetime(2026, 3, 1, tzinfo=dt.timezone.utc) + dt.timedelta(minutes=i))


def _keys():  # type: ignore[no-untyped-def]
    return Ed25519PrivateKey.generate(), X25519PrivateKey.generate(), X25519PrivateKey.generate()


def test_entries_reach_the_officer_only_and_stay_apart(two, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    sender, officer = two
    net = tmp_path / "share" / NETWORK
    signing, officer_kex, other_kex = _keys()
    _entries(sender, 7)
    sent = audit_stream.export(sender.read_connection(), net, NETWORK, "ws-a", signing,
                               {"ws-dpo": kex_public_hex(officer_kex)})
    assert sent == 7
    assert audit_stream.export(sender.read_connection(), net, NETWORK, "ws-a", signing,
                               {"ws-dpo": kex_public_hex(officer_kex)}) == 0  # nothing new, nothing sent
    files = list((net / "audit" / "ws-a").iterdir())
    assert len(files) == 1 and b"case.read" not in files[0].read_bytes() \
        and PERSON.encode() not in files[0].read_bytes()
    # Another workstation of the network cannot read it, even with the file in hand.
    with pytest.raises(audit_stream.StreamError, match="not_for_me"):
        audit_stream.open_segment(files[0].read_bytes(), NETWORK, public_hex(signing), "ws-b", other_kex)
    got = audit_stream.receive(officer.read_connection(), net, NETWORK, "ws-dpo", officer_kex,
                               {"ws-a": public_hex(signing)})
    assert (got.entries, got.problems) == (7, [])
    rows = officer.read_connection().execute("SELECT source, seq, operation, person_id FROM audit_received "
                                              "ORDER BY seq").fetchall()
    assert [r[1] for r in rows] == list(range(1, 8)) and {r[0] for r in rows} == {"ws-a"}
    # The officer's own trail is not mixed with what it received.
    assert officer.read_connection().execute("SELECT count(*) FROM audit_entry").fetchone()[0] == 0
    _entries(sender, 3)
    audit_stream.export(sender.read_connection(), net, NETWORK, "ws-a", signing,
                        {"ws-dpo": kex_public_hex(officer_kex)})
    again = audit_stream.receive(officer.read_connection(), net, NETWORK, "ws-dpo", officer_kex,
                                 {"ws-a": public_hex(signing)})
    assert (again.entries, again.problems) == (3, [])
    assert audit_stream.receive(officer.read_connection(), net, NETWORK, "ws-dpo", officer_kex,
                                {"ws-a": public_hex(signing)}).entries == 0  # twice: nothing twice


def test_no_officer_in_the_network_nothing_leaves(two, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    sender, _officer = two
    _entries(sender, 2)
    assert audit_stream.export(sender.read_connection(), tmp_path / "share" / NETWORK, NETWORK, "ws-a",
                               Ed25519PrivateKey.generate(), {}) == 0
    assert not (tmp_path / "share").exists()


def test_forged_altered_and_missing_segments_are_reported(two, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    sender, officer = two
    net = tmp_path / "share" / NETWORK
    signing, officer_kex, _ = _keys()
    recipients = {"ws-dpo": kex_public_hex(officer_kex)}
    signers = {"ws-a": public_hex(signing)}
    _entries(sender, 2)
    audit_stream.export(sender.read_connection(), net, NETWORK, "ws-a", signing, recipients)
    _entries(sender, 2)
    audit_stream.export(sender.read_connection(), net, NETWORK, "ws-a", signing, recipients)
    first, second = sorted((net / "audit" / "ws-a").iterdir())
    # A segment signed by someone else (a forger with write access to the share).
    forged = audit_stream.seal(NETWORK, "ws-a", [["1"] * 12], Ed25519PrivateKey.generate(), recipients)
    saved = first.read_bytes()
    first.write_bytes(forged)
    got = audit_stream.receive(officer.read_connection(), net, NETWORK, "ws-dpo", officer_kex, signers)
    assert got.entries == 0 and got.problems == [("ws-a", first.name, "audit_stream.bad_signature")]
    # The first segment is lost: the second one does not continue a chain... it starts it (nothing held
    # yet), but once the first is back, an older gap is never filled silently out of order.
    first.write_bytes(saved)
    assert audit_stream.receive(officer.read_connection(), net, NETWORK, "ws-dpo", officer_kex, signers).entries == 4
    # An unknown sender's folder is reported, not read.
    (net / "audit" / "ws-x").mkdir()
    assert ("ws-x", "", "audit_stream.unknown_sender") in audit_stream.receive(
        officer.read_connection(), net, NETWORK, "ws-dpo", officer_kex, signers).problems
    assert second.exists()


def test_a_file_planted_under_the_next_name_is_moved_aside(two, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    sender, officer = two
    net = tmp_path / "share" / NETWORK
    signing, officer_kex, _ = _keys()
    _entries(sender, 2)
    target = net / "audit" / "ws-a"
    target.mkdir(parents=True)
    (target / "0000000001-0000000002.ciiaudit").write_bytes(b"garbage")
    assert audit_stream.export(sender.read_connection(), net, NETWORK, "ws-a", signing,
                               {"ws-dpo": kex_public_hex(officer_kex)}) == 2
    assert [p.name.startswith(".planted-") for p in sorted(target.iterdir())].count(True) == 1
    got = audit_stream.receive(officer.read_connection(), net, NETWORK, "ws-dpo", officer_kex,
                               {"ws-a": public_hex(signing)})
    assert (got.entries, got.problems) == (2, [])
