"""`network revoke` (and what the administrator publishes) uses the same share check as sync: an empty
folder, an unmounted mount point or another network's share is not the network's share - a clear
message, exit 2, nothing changed and nothing written there (real workstations, real folders, the CLI)."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from cii_desktop.cli import main
from cii_desktop.services import network
from cii_desktop.services.data_folder import create_database, open_database
from cii_desktop.sync import config as cfg
from cii_desktop.sync.roster import RosterError
from tests.support.memory_keyring import MemoryKeyring
from tests.support.network import Workstation, make_network


@pytest.fixture
def trio(tmp_path: Path, memory_keystore: MemoryKeyring) -> Iterator[list[Workstation]]:
    stations = make_network(tmp_path, 3)
    yield stations
    for station in stations:
        station.store.close()


def _settings(station: Workstation) -> dict[str, str]:
    rows = station.store.read_connection().execute(
        "SELECT key, value FROM local_setting WHERE key LIKE 'sync.%'").fetchall()
    return {str(k): str(v) for k, v in rows}


def _unmount(tmp_path: Path) -> Path:
    """The share's server folder disconnected: its mount point is left, empty."""
    share_dir = tmp_path / "share"
    share_dir.rename(tmp_path / "server-away")
    share_dir.mkdir()
    return share_dir


def _foreign(tmp_path: Path, memory_keystore: MemoryKeyring) -> Path:
    """Another network's share, at the path of this one."""
    other = make_network(tmp_path / "other", 2, share_dir=tmp_path / "other-share")
    for station in other:
        station.store.close()
    share_dir = tmp_path / "share"
    share_dir.rename(tmp_path / "server-away")
    shutil.copytree(tmp_path / "other-share", share_dir)
    return share_dir


def _files(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.mark.parametrize("place", ["unmounted", "foreign"])
def test_revoke_refuses_a_folder_that_is_not_the_networks_share(
        trio: list[Workstation], tmp_path: Path, memory_keystore: MemoryKeyring, place: str,
        capsys: pytest.CaptureFixture[str]) -> None:
    office, _colleague, laptop = trio
    share_dir = _unmount(tmp_path) if place == "unmounted" else _foreign(tmp_path, memory_keystore)
    before, there = _settings(office), _files(share_dir)
    with pytest.raises(RosterError) as exc:
        network.revoke(office.store, laptop.id)
    assert exc.value.code == "network.revoke_not_network"
    office.store.close()
    try:
        for language, words in (("fr", "n'est pas le dossier partagé du réseau"),
                                ("de", "ist nicht der gemeinsame Ordner des Netzwerks")):
            code = main(["network", "revoke", "--data-dir", str(office.folder), "--workstation", laptop.id,
                         "--lang", language])
            err = capsys.readouterr().err
            assert code == 2 and words in err and "Traceback" not in err
    finally:
        office.store = open_database(office.folder)
    assert _settings(office) == before and _files(share_dir) == there  # nothing changed, nothing planted
    assert not cfg.require(office.store).roster.member(laptop.id).revoked  # type: ignore[union-attr]


def test_revoke_with_the_share_back_works(trio: list[Workstation], tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    office, _colleague, laptop = trio
    share_dir = _unmount(tmp_path)
    office.store.close()
    try:
        args = ["network", "revoke", "--data-dir", str(office.folder), "--workstation", laptop.id, "--lang", "fr"]
        assert main(args) == 2
        share_dir.rmdir()
        (tmp_path / "server-away").rename(share_dir)  # connected again
        assert main(args) == 0
        assert "révoqué" in capsys.readouterr().out  # the user's French
    finally:
        office.store = open_database(office.folder)
    assert cfg.require(office.store).roster.member(laptop.id).revoked  # type: ignore[union-attr]


def test_an_enrolment_is_never_published_into_an_unmounted_mount_point(trio: list[Workstation],
                                                                      tmp_path: Path) -> None:
    office = trio[0]
    share_dir = _unmount(tmp_path)
    newcomer = create_database(tmp_path / "newcomer", "keystore").store
    try:
        request = network.make_request(newcomer, "Nouveau poste", "CMS", "SION")
        network.enrol(office.store, request)
    finally:
        newcomer.close()
    assert _files(share_dir) == {}  # kept here, published at the next sync that finds the share
