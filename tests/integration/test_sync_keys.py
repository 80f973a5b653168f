"""Revoking a lost laptop rotates the batch key: it cannot read what the network writes afterwards."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from cii_desktop.services import network
from cii_desktop.services.data_folder import create_database
from cii_desktop.services.sync import run_sync
from cii_desktop.storage.models import Case
from cii_desktop.sync import config as cfg
from cii_desktop.sync.batch_format import BatchError, open_batch
from cii_desktop.sync.key_epochs import keys_name
from tests.support.memory_keyring import MemoryKeyring
from tests.support.network import Workstation, add_shared_case, make_network, sync_all


@pytest.fixture
def trio(tmp_path: Path, memory_keystore: MemoryKeyring) -> Iterator[list[Workstation]]:
    stations = make_network(tmp_path, 3)
    yield stations
    for station in stations:
        station.store.close()


def case_refs(station: Workstation) -> set[str]:
    with station.store.reading() as session:
        return {c.id for c in session.query(Case)}


def newest_batch(share_dir: Path, network_id: str, workstation: str) -> bytes:
    folder = share_dir / network_id / "outbox" / workstation
    return sorted(folder.glob("*.ciibatch"))[-1].read_bytes()


def test_revocation_rotates_the_key_and_the_lost_laptop_cannot_read_on(trio: list[Workstation],
                                                                      tmp_path: Path) -> None:
    office, colleague, laptop = trio
    _, before = add_shared_case(office.store, "Avant")
    sync_all(trio)
    assert before in case_refs(laptop)

    network.revoke(office.store, laptop.id)
    admin = cfg.require(office.store)
    assert admin.epoch == 1
    share_dir = tmp_path / "share"
    assert (share_dir / admin.network / keys_name(1)).exists()

    _, after = add_shared_case(office.store, "Après")
    run_sync(office.store)
    report = run_sync(colleague.store)
    assert cfg.require(colleague.store).epoch == 1
    assert after in case_refs(colleague)

    # The laptop, still holding its copy of the database, gets no key and cannot open the new batch
    laptop_report = run_sync(laptop.store)
    laptop_config = cfg.require(laptop.store)
    assert laptop_config.epoch == 0 and "keys.not_for_this_workstation" in laptop_report.notices
    assert after not in case_refs(laptop)
    data = newest_batch(share_dir, admin.network, office.id)
    with pytest.raises(BatchError) as exc:
        open_batch(data, laptop_config.batch_key, admin.network, admin.roster.signer_key)
    assert exc.value.code == "batch.tampered"
    # The colleague's own new batches are sealed with the new key too
    _, from_colleague = add_shared_case(colleague.store, "Collègue")
    run_sync(colleague.store)
    with pytest.raises(BatchError):
        open_batch(newest_batch(share_dir, admin.network, colleague.id), laptop_config.batch_key,
                   admin.network, cfg.require(colleague.store).roster.signer_key)
    run_sync(office.store)
    assert from_colleague in case_refs(office)
    assert report.notices == []


def test_a_workstation_enrolled_after_the_rotation_reads_old_and_new_batches(trio: list[Workstation],
                                                                           tmp_path: Path) -> None:
    office, colleague, laptop = trio
    _, before = add_shared_case(colleague.store, "Avant")
    sync_all(trio)
    network.revoke(office.store, laptop.id)
    _, after = add_shared_case(office.store, "Après")
    sync_all([office, colleague])

    newcomer = create_database(tmp_path / "ws-new", "keystore").store
    try:
        request = network.make_request(newcomer, "Portable neuf", "CMS", "SION")
        enrolment, passphrase, _ = network.enrol(office.store, request)
        network.join(newcomer, enrolment, passphrase, tmp_path / "share")
        assert sorted(cfg.require(newcomer).batch_keys) == [0, 1]
        run_sync(newcomer)
        with newcomer.reading() as session:
            ids = {c.id for c in session.query(Case)}
        assert {before, after} <= ids
    finally:
        newcomer.close()
