"""Enrolment and revocation on real data folders and a real share: checked first, all or nothing."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from cii_desktop.services import network
from cii_desktop.services.data_folder import create_database
from cii_desktop.services.sync import run_sync
from cii_desktop.storage.models import Case
from cii_desktop.sync import config as cfg
from cii_desktop.sync import roster as rost
from cii_desktop.sync.key_epochs import keys_name
from cii_desktop.sync.roster import Member, RosterError
from tests.support.memory_keyring import MemoryKeyring
from tests.support.network import Workstation, add_shared_case, make_network, sync_all


@pytest.fixture
def trio(tmp_path: Path, memory_keystore: MemoryKeyring) -> Iterator[list[Workstation]]:
    stations = make_network(tmp_path, 3)
    yield stations
    for station in stations:
        station.store.close()


def share_files(share_dir: Path) -> dict[str, bytes]:
    return {str(p.relative_to(share_dir)): p.read_bytes() for p in sorted(share_dir.rglob("*")) if p.is_file()}


def settings(station: Workstation) -> dict[str, str]:
    rows = station.store.read_connection().execute("SELECT key, value FROM local_setting "
                                                   "WHERE key LIKE 'sync.%'").fetchall()
    return {str(k): str(v) for k, v in rows}


def case_ids(station: Workstation) -> set[str]:
    with station.store.reading() as session:
        return {c.id for c in session.query(Case)}


def request_of(member: Member, **changes: str) -> bytes:
    """A request built from the public roster (what anyone who can read the share can do)."""
    fields = {"workstation": member.id, "name": member.name, "institution": member.institution,
              "office": member.office, "key_hex": member.public_key, "kex_hex": member.kex_key}
    return rost.make_request(**{**fields, **changes})


def new_request(tmp_path: Path, name: str = "ws-new") -> tuple[bytes, object]:
    store = create_database(tmp_path / name, "keystore").store
    return network.make_request(store, "Portable neuf", "CMS", "SION"), store


# --- revocation --------------------------------------------------------------------------------

def test_revocation_records_the_last_batch_the_workstation_published(trio: list[Workstation],
                                                                     tmp_path: Path) -> None:
    office, colleague, laptop = trio
    share_dir = tmp_path / "share"
    add_shared_case(laptop.store, "Un")
    run_sync(laptop.store)
    add_shared_case(laptop.store, "Deux")
    run_sync(laptop.store)  # batches 1 and 2 on the share; the office has applied none
    config = cfg.require(office.store)
    folder = config.outbox(share_dir, laptop.id)
    # Planted under the next numbers: a colleague's genuine batch and garbage. Neither is the laptop's.
    add_shared_case(colleague.store, "Collègue")
    run_sync(colleague.store)
    colleague_batch = sorted(config.outbox(share_dir, colleague.id).glob("*.ciibatch"))[0]
    (folder / "00000003.ciibatch").write_bytes(colleague_batch.read_bytes())
    (folder / "00000004.ciibatch").write_bytes(b"CIIBATCH" + b"\x00" * 200)

    roster = network.revoke(office.store, laptop.id)
    revoked = roster.member(laptop.id)
    assert revoked is not None and revoked.revoked and revoked.revoked_after == 2
    # The published roster says so, signed, and chained to the version before it
    published = rost.parse_signed((share_dir / config.network / "roster-000004.json").read_bytes(),
                                  config.network, config.roster.admin_key)
    assert published.member(laptop.id) == revoked
    assert published.previous == rost.payload_hash(config.roster_file)


def test_revocation_counts_what_the_administrator_applied_when_the_share_lost_it(
        trio: list[Workstation], tmp_path: Path) -> None:
    office, _colleague, laptop = trio
    add_shared_case(laptop.store, "Un")
    sync_all([laptop, office])
    config = cfg.require(office.store)
    for path in config.outbox(tmp_path / "share", laptop.id).glob("*.ciibatch"):
        path.unlink()  # an antivirus took it
    roster = network.revoke(office.store, laptop.id)
    member = roster.member(laptop.id)
    assert member is not None and member.revoked_after == 1


def test_revocation_with_a_damaged_member_key_changes_nothing(trio: list[Workstation],
                                                              tmp_path: Path) -> None:
    office, colleague, laptop = trio
    config = cfg.require(office.store)
    member = config.roster.member(colleague.id)
    assert member is not None and config.admin_key is not None
    # A roster made by an older version that accepted the malformed key "abcd"
    damaged = config.roster.with_member(Member(**{**member.__dict__, "kex_key": "abcd"}), config.roster_file)
    cfg.write_settings(office.store, {cfg.ROSTER: damaged.signed(config.admin_key).decode()})
    before_settings, before_share = settings(office), share_files(tmp_path / "share")

    with pytest.raises(RosterError) as exc:
        network.revoke(office.store, laptop.id)
    assert exc.value.code == "network.member_key_invalid"
    assert settings(office) == before_settings
    assert share_files(tmp_path / "share") == before_share


def test_revocation_the_share_refuses_is_kept_and_a_rerun_publishes_it(trio: list[Workstation],
                                                                       tmp_path: Path) -> None:
    office, colleague, laptop = trio
    share_dir = tmp_path / "share"
    config = cfg.require(office.store)
    blocker = share_dir / config.network / keys_name(1)
    blocker.mkdir()  # the key file cannot be written there

    with pytest.raises(RosterError) as exc:
        network.revoke(office.store, laptop.id)
    assert exc.value.code == "network.not_published"
    admin = cfg.require(office.store)  # done here, all of it: roster, key, key file
    assert admin.epoch == 1 and admin.roster.member(laptop.id).revoked  # type: ignore[union-attr]
    assert not (share_dir / config.network / "roster-000004.json").exists()

    blocker.rmdir()
    network.revoke(office.store, laptop.id)  # the re-run completes
    assert (share_dir / config.network / keys_name(1)).is_file()
    assert (share_dir / config.network / "roster-000004.json").is_file()
    _, after = add_shared_case(office.store, "Après")
    sync_all([office, colleague])
    assert cfg.require(colleague.store).epoch == 1 and after in case_ids(colleague)


def test_revocation_needs_the_share_to_know_the_cut_off(trio: list[Workstation], tmp_path: Path) -> None:
    office, _colleague, laptop = trio
    before = settings(office)
    (tmp_path / "share").rename(tmp_path / "unmounted")
    with pytest.raises(RosterError) as exc:
        network.revoke(office.store, laptop.id)
    assert exc.value.code == "network.revoke_offline"
    assert settings(office) == before


# --- enrolment ---------------------------------------------------------------------------------

@pytest.mark.parametrize(("changes", "code"), [
    ({"kex_key": "abcd"}, "enrolment.invalid_exchange_key"),
    ({"kex_key": ""}, "enrolment.invalid_exchange_key"),
    ({"kex_key": "00" * 32}, "enrolment.invalid_exchange_key"),  # a low-order point
    ({"kex_key": "zz" * 32}, "enrolment.invalid_exchange_key"),
    ({"public_key": "abcd"}, "enrolment.invalid_signing_key"),
    ({"public_key": "02" + "00" * 31}, "enrolment.invalid_signing_key"),  # not a curve point
    ({"public_key": "ff" * 32}, "enrolment.invalid_signing_key"),
    ({"workstation": "../../outbox/x"}, "enrolment.invalid_request"),
    ({"workstation": ""}, "enrolment.invalid_request"),
    ({"name": "Poste\x00\x1b[2J"}, "enrolment.invalid_request"),
    ({"name": "P" * 20_000}, "enrolment.invalid_request"),
    ({"name": 42}, "enrolment.invalid_request"),
    ({"public_key": "01" + "00" * 31}, "enrolment.invalid_signing_key"),  # the neutral point: no secret
    ({"public_key": "26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc05"},
     "enrolment.invalid_signing_key"),  # a point of order 8
])
def test_enrolment_checks_every_key_of_the_request(trio: list[Workstation], tmp_path: Path,
                                                   changes: dict[str, object], code: str) -> None:
    office = trio[0]
    request, store = new_request(tmp_path)
    store.close()  # type: ignore[attr-defined]
    data = json.loads(request)
    data.update(changes)
    before, out = settings(office), tmp_path / "enrolment.cii"
    with pytest.raises(RosterError) as exc:
        network.enrol(office.store, json.dumps(data).encode(), out=out)
    assert exc.value.code == code
    assert settings(office) == before and not out.exists()


def test_enrolment_refuses_an_id_of_the_roster_and_re_enrolment_never_revives_a_revoked_one(
        trio: list[Workstation], tmp_path: Path) -> None:
    office, colleague, laptop = trio
    network.revoke(office.store, laptop.id)
    roster = cfg.require(office.store).roster
    for station in (laptop, colleague):
        member = roster.member(station.id)
        assert member is not None
        with pytest.raises(RosterError) as exc:
            network.enrol(office.store, request_of(member))
        assert exc.value.code == "network.already_enrolled"
    revoked = roster.member(laptop.id)
    assert revoked is not None
    with pytest.raises(RosterError) as exc:
        network.re_enrol(office.store, request_of(revoked))
    assert exc.value.code == "network.revoked_id"
    assert cfg.require(office.store).roster == roster


def test_re_enrolment_keeps_the_end_of_validity(trio: list[Workstation], tmp_path: Path) -> None:
    office = trio[0]
    request, store = new_request(tmp_path)
    try:
        _, _, member = network.enrol(office.store, request, "2099-12-31")
        again = network.make_request(store, "Portable neuf", "CMS", "SION")
        _, _, renewed = network.re_enrol(office.store, again)
        assert renewed.valid_until == "2099-12-31"
        _, _, shortened = network.re_enrol(office.store, again, "2098-01-31")
        assert shortened.valid_until == "2098-01-31"
        assert cfg.require(office.store).roster.member(member.id) == shortened
    finally:
        store.close()  # type: ignore[attr-defined]


@pytest.mark.parametrize(("until", "code"), [("1999-01-01", "network.valid_until_past"),
                                             ("31.12.2099", "network.valid_until_invalid")])
def test_enrolment_refuses_a_bad_end_of_validity(trio: list[Workstation], tmp_path: Path,
                                                 until: str, code: str) -> None:
    request, store = new_request(tmp_path)
    store.close()  # type: ignore[attr-defined]
    before = settings(trio[0])
    with pytest.raises(RosterError) as exc:
        network.enrol(trio[0].store, request, until)
    assert exc.value.code == code and settings(trio[0]) == before


def test_enrolment_writes_its_file_before_the_roster_moves(trio: list[Workstation], tmp_path: Path) -> None:
    office = trio[0]
    request, store = new_request(tmp_path)
    store.close()  # type: ignore[attr-defined]
    share_dir = tmp_path / "share"
    existing = tmp_path / "taken.cii"
    existing.write_bytes(b"someone else's file")
    before_settings, before_share = settings(office), share_files(share_dir)
    for out in (existing, tmp_path / "no-such-folder" / "enrolment.cii"):
        with pytest.raises(RosterError):
            network.enrol(office.store, request, out=out)
        assert settings(office) == before_settings and share_files(share_dir) == before_share
    assert existing.read_bytes() == b"someone else's file"

    out = tmp_path / "enrolment.cii"
    network.enrol(office.store, request, out=out)
    assert out.stat().st_mode & 0o777 == 0o600
    assert cfg.require(office.store).roster.version == 4


def test_a_newcomer_gets_only_the_keys_of_batches_it_can_find(trio: list[Workstation], tmp_path: Path) -> None:
    office, _colleague, laptop = trio
    network.revoke(office.store, laptop.id)  # before anything was published: epoch 0 opens nothing
    add_shared_case(office.store, "Après")
    run_sync(office.store)
    request, store = new_request(tmp_path)
    try:
        enrolment, passphrase, _ = network.enrol(office.store, request)
        network.join(store, enrolment, passphrase, tmp_path / "share")  # type: ignore[arg-type]
        assert sorted(cfg.require(store).batch_keys) == [1]  # type: ignore[arg-type]
    finally:
        store.close()  # type: ignore[attr-defined]


def test_cli_enrol_refuses_an_existing_out_before_anything_moves(trio: list[Workstation], tmp_path: Path,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    from cii_desktop.cli import main
    from cii_desktop.services.data_folder import open_database

    office = trio[0]
    request, store = new_request(tmp_path)
    store.close()  # type: ignore[attr-defined]
    (tmp_path / "request.json").write_bytes(request)
    out = tmp_path / "enrolment.cii"
    out.write_bytes(b"keep me")
    before_share = share_files(tmp_path / "share")
    office.store.close()
    try:
        args = ["network", "enrol", "--data-dir", str(office.folder), "--request", str(tmp_path / "request.json"),
                "--out", str(out), "--lang", "fr"]
        assert main(args) == 1
        assert "existe déjà" in capsys.readouterr().err
        assert out.read_bytes() == b"keep me" and share_files(tmp_path / "share") == before_share
        out.unlink()
        assert main([*args[:-2], "--valid-until", "1999-01-01"]) == 1
        assert not out.exists()
        assert main(args) == 0 and out.stat().st_size > 0
        assert "roster-000004.json" in {Path(p).name for p in share_files(tmp_path / "share")}
    finally:
        office.store = open_database(office.folder)


def test_re_enrolment_gives_a_workstation_without_exchange_key_the_current_batch_key(
        trio: list[Workstation], tmp_path: Path) -> None:
    office, colleague, laptop = trio
    config = cfg.require(office.store)
    member = config.roster.member(colleague.id)
    assert member is not None and config.admin_key is not None
    # enrolled by a version before key rotation: no exchange key in the roster
    old = config.roster.with_member(Member(**{**member.__dict__, "kex_key": ""}), config.roster_file)
    cfg.write_settings(office.store, {cfg.ROSTER: old.signed(config.admin_key).decode()})
    network.revoke(office.store, laptop.id)
    report = run_sync(colleague.store)
    assert "keys.not_for_this_workstation" in report.notices and cfg.require(colleague.store).epoch == 0

    request = network.make_request(colleague.store, "Poste 1", "CMS", "MONTHEY")
    network.re_enrol(office.store, request)
    _, after = add_shared_case(office.store, "Après")
    run_sync(office.store)
    report = run_sync(colleague.store)
    assert cfg.require(colleague.store).epoch == 1 and report.notices == []
    assert after in case_ids(colleague)
