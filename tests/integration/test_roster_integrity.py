"""Roster versions on the share: a chain signed by the administrator, checked by content.

A member never goes back and reports every roster file that is not what the administrator signed;
the administrator puts it back at its next sync or ``network`` command.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from cii_desktop.services import network
from cii_desktop.services.sync import run_sync
from cii_desktop.sync import config as cfg
from cii_desktop.sync import roster as rost
from cii_desktop.sync.roster import Notice, Roster
from tests.support.memory_keyring import MemoryKeyring
from tests.support.network import Workstation, make_network


@pytest.fixture
def trio(tmp_path: Path, memory_keystore: MemoryKeyring) -> Iterator[list[Workstation]]:
    stations = make_network(tmp_path, 3)
    yield stations
    for station in stations:
        station.store.close()


def roster_file(tmp_path: Path, station: Workstation, version: int) -> Path:
    return tmp_path / "share" / cfg.require(station.store).network / f"roster-{version:06d}.json"


def check(station: Workstation, tmp_path: Path) -> tuple[Roster, list[Notice]]:
    config, notices = network.check_share(station.store, cfg.require(station.store), tmp_path / "share")
    return config.roster, notices


def test_a_rolled_back_roster_is_reported_and_put_back_by_the_administrator(trio: list[Workstation],
                                                                           tmp_path: Path) -> None:
    office, colleague, laptop = trio
    network.revoke(office.store, laptop.id)  # roster version 4
    v3, v4 = roster_file(tmp_path, office, 3), roster_file(tmp_path, office, 4)
    signed_v4 = v4.read_bytes()
    v4.write_bytes(v3.read_bytes())  # the attack: version 4 overwritten with version 3

    roster, notices = check(colleague, tmp_path)
    assert roster.version == 3
    assert Notice("roster.rolled_back", v4.name) in notices
    assert "roster.rolled_back" in run_sync(colleague.store).notices

    report = run_sync(office.store)  # the administrator checks content, not just the file name
    assert "roster.republished" in report.notices
    assert v4.read_bytes() == signed_v4
    roster, notices = check(colleague, tmp_path)
    assert roster.version == 4 and roster.member(laptop.id).revoked  # type: ignore[union-attr]
    assert notices == []


def test_a_member_never_goes_back(trio: list[Workstation], tmp_path: Path) -> None:
    office, colleague, laptop = trio
    network.revoke(office.store, laptop.id)
    assert check(colleague, tmp_path)[0].version == 4
    v4 = roster_file(tmp_path, office, 4)
    v4.write_bytes(roster_file(tmp_path, office, 3).read_bytes())
    roster, notices = check(colleague, tmp_path)
    assert roster.version == 4 and Notice("roster.rolled_back", v4.name) in notices
    # the older files are not even read: removing them changes nothing
    for version in (1, 2, 3):
        roster_file(tmp_path, office, version).unlink()
    assert check(colleague, tmp_path)[0].version == 4


@pytest.mark.parametrize("damage", ["truncated", "forged", "garbage", "empty", "huge"])
def test_a_damaged_or_forged_roster_file_is_reported_then_repaired(trio: list[Workstation], tmp_path: Path,
                                                                   damage: str) -> None:
    office, colleague, laptop = trio
    network.revoke(office.store, laptop.id)
    v4 = roster_file(tmp_path, office, 4)
    good = v4.read_bytes()
    if damage == "truncated":
        v4.write_bytes(good[:len(good) // 2])
    elif damage == "garbage":
        v4.write_bytes(b"\x00\xff" * 3000)
    elif damage == "empty":
        v4.write_bytes(b"")
    elif damage == "huge":  # never read whole
        with open(v4, "r+b") as fh:
            fh.truncate(64 * 1024 * 1024)
    else:  # a roster that reactivates the laptop, signed with a key that is not the administrator's
        from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

        config = cfg.require(colleague.store)
        forged = config.roster.with_member(config.roster.members[0], config.roster_file)
        v4.write_bytes(forged.signed(Ed25519PrivateKey.generate()))
    roster, notices = check(colleague, tmp_path)
    assert roster.version == 3
    assert [n.subject for n in notices] == [v4.name]
    assert notices[0].code in ("roster.invalid", "roster.bad_signature")

    _tend_with_cli(office, tmp_path)  # any network command of the administrator repairs it
    assert v4.read_bytes() == good
    assert check(colleague, tmp_path) == (cfg.require(office.store).roster, [])


def _tend_with_cli(station: Workstation, tmp_path: Path) -> None:
    from cii_desktop.cli import main

    station.store.close()
    assert main(["network", "list", "--data-dir", str(station.folder)]) == 0
    from cii_desktop.services.data_folder import open_database

    station.store = open_database(station.folder)


def test_planted_newer_roster_files_are_moved_aside_by_the_administrator(trio: list[Workstation],
                                                                         tmp_path: Path) -> None:
    office, colleague, _laptop = trio
    planted = roster_file(tmp_path, office, 99)
    planted.write_bytes(roster_file(tmp_path, office, 3).read_bytes())  # a valid roster, wrong number
    _roster, notices = check(colleague, tmp_path)
    assert notices == [Notice("roster.rolled_back", planted.name)]
    _roster, notices = check(office, tmp_path)
    assert Notice("roster.refused", planted.name) in notices
    assert not planted.exists() and (planted.parent / f".refused-{planted.name}").exists()
    assert check(colleague, tmp_path)[1] == []


def test_versions_form_a_chain_and_a_broken_link_is_not_adopted(trio: list[Workstation],
                                                                tmp_path: Path) -> None:
    office, colleague, laptop = trio
    config = cfg.require(office.store)
    assert config.roster.previous == rost.payload_hash(roster_file(tmp_path, office, 2).read_bytes())
    assert config.admin_key is not None
    # version 4 signed by the administrator but chained to something else than version 3 (a fork)
    fork = Roster(config.network, 4, config.roster.admin_key, config.roster.members, previous="00" * 32)
    roster_file(tmp_path, office, 4).write_bytes(fork.signed(config.admin_key))
    roster, notices = check(colleague, tmp_path)
    assert roster.version == 3 and notices == [Notice("roster.chain_broken", "roster-000004.json")]
    del laptop


def test_a_roster_without_the_chain_field_still_loads(trio: list[Workstation], tmp_path: Path) -> None:
    """A roster file written by the previous version: no ``previous``, members without ``revoked_after``."""
    office, colleague, _laptop = trio
    config = cfg.require(office.store)
    assert config.admin_key is not None
    members = []
    for member in config.roster.members:
        data = dict(member.__dict__)
        data.pop("revoked_after")
        members.append(data)
    payload = json.dumps({"network": config.network, "version": 4, "admin_key": config.roster.admin_key,
                          "members": members}, sort_keys=True, separators=(",", ":")).encode()
    old_style = json.dumps({"roster": base64.b64encode(payload).decode(),
                            "signature": config.admin_key.sign(payload).hex()}).encode()
    roster_file(tmp_path, office, 4).write_bytes(old_style)
    roster, notices = check(colleague, tmp_path)
    assert roster.version == 4 and notices == []
    assert all(m.revoked_after == -1 for m in roster.members) and roster.previous == ""
    cfg.write_settings(office.store, {cfg.ROSTER: old_style.decode()})
    network.revoke(office.store, _laptop.id)  # the next version chains to the old-style one
    assert cfg.require(office.store).roster.previous == rost.payload_hash(old_style)
    assert check(colleague, tmp_path)[0].version == 5


def test_network_commands_print_the_notices_in_the_users_language(trio: list[Workstation], tmp_path: Path,
                                                                  capsys: pytest.CaptureFixture[str]) -> None:
    from cii_desktop.cli import main
    from cii_desktop.services.data_folder import open_database

    office, colleague, laptop = trio
    network.revoke(office.store, laptop.id)
    v4 = roster_file(tmp_path, office, 4)
    v4.write_bytes(roster_file(tmp_path, office, 3).read_bytes())
    colleague.store.close()
    try:
        for language, words in (("fr", "liste des postes"), ("de", "Liste der Arbeitsplätze")):
            capsys.readouterr()
            assert main(["network", "list", "--data-dir", str(colleague.folder), "--lang", language]) == 0
            err = capsys.readouterr().err
            assert words in err and v4.name in err
    finally:
        colleague.store = open_database(colleague.folder)


def test_planted_key_files_are_reported_then_set_aside_and_damaged_ones_put_back(
        trio: list[Workstation], tmp_path: Path) -> None:
    from cii_desktop.sync.key_epochs import keys_name

    office, colleague, laptop = trio
    network.revoke(office.store, laptop.id)
    folder = roster_file(tmp_path, office, 1).parent
    good = (folder / keys_name(1)).read_bytes()
    (folder / keys_name(1)).write_bytes(good[:40])  # damaged before the colleague took the key
    (folder / keys_name(50)).write_bytes(b"{}")  # planted
    _roster, notices = check(colleague, tmp_path)
    assert set(notices) == {Notice("keys.invalid", keys_name(1)), Notice("keys.invalid", keys_name(50))}
    assert cfg.require(colleague.store).epoch == 0

    _roster, notices = check(office, tmp_path)
    assert Notice("keys.refused", keys_name(50)) in notices
    assert (folder / keys_name(1)).read_bytes() == good and not (folder / keys_name(50)).exists()
    assert check(colleague, tmp_path)[1] == [] and cfg.require(colleague.store).epoch == 1


def test_a_folder_in_place_of_a_newer_roster_file_is_a_notice_not_an_outage(trio: list[Workstation],
                                                                             tmp_path: Path) -> None:
    office, colleague, _laptop = trio
    odd = roster_file(tmp_path, office, 7)
    odd.mkdir()
    config, notices = network.check_share(colleague.store, cfg.require(colleague.store), tmp_path / "share")
    assert notices == [Notice("roster.invalid", odd.name)] and config.roster.version == 3
    _roster, notices = check(office, tmp_path)
    assert notices == [Notice("roster.refused", odd.name)] and not odd.exists()
