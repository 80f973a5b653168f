"""The sync network: create it, enrol and revoke workstations, keep the signed roster current.

The cantonal CII bureau's workstation creates the network and is its administrator. A new
workstation makes a request (its id and public key: no secret), the administrator enrols it and
hands back an enrolment file sealed under a one-time passphrase, and the new workstation joins.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import secrets
import uuid
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from ..domain import reference
from ..storage.store import Store
from ..sync import config as cfg
from ..sync import roster as rost
from ..sync import share
from ..sync.roster import Member, Roster, RosterError

ROSTER_PREFIX = "roster-"


def _roster_name(version: int) -> str:
    return f"{ROSTER_PREFIX}{version:06d}.json"


def _check_codes(institution: str, office: str) -> None:
    if institution not in reference.codes(reference.INSTITUTIONS) or \
            office not in reference.codes(reference.OFFICES):
        raise RosterError("network.unknown_code")


def create_network(store: Store, share_dir: Path, name: str, institution: str, office: str) -> Roster:
    """Make this workstation the administrator of a new network and publish its roster."""
    _check_codes(institution, office)
    if cfg.load(store) is not None:
        raise RosterError("network.already_member")
    admin = Ed25519PrivateKey.generate()
    signing = cfg.pending_signing_key(store)
    network = str(uuid.uuid4())
    me = Member(id=store.workstation_id, name=name, institution=institution, office=office,
                public_key=rost.public_hex(signing), valid_from=dt.date.today().isoformat())
    roster = Roster(network=network, version=1, admin_key=rost.public_hex(admin), members=(me,))
    roster_file = roster.signed(admin)
    publish_roster(share_dir, network, roster.version, roster_file)
    cfg.write_settings(store, {cfg.NETWORK: network, cfg.BATCH_KEY: secrets.token_bytes(32).hex(),
                               cfg.ADMIN_KEY: cfg.private_hex(admin), cfg.ROSTER: roster_file.decode(),
                               cfg.SHARE: str(share_dir), cfg.NAME: name})
    return roster


def publish_roster(share_dir: Path, network: str, version: int, roster_file: bytes) -> None:
    with contextlib.suppress(share.AlreadyExists):  # that version is there already (never rewritten)
        share.write_new(share_dir / network, _roster_name(version), roster_file)


def make_request(store: Store, name: str, institution: str, office: str) -> bytes:
    """The request file a new workstation gives the administrator."""
    _check_codes(institution, office)
    key = cfg.pending_signing_key(store)
    cfg.write_settings(store, {cfg.NAME: name})
    return rost.make_request(store.workstation_id, name, institution, office, rost.public_hex(key))


def new_passphrase() -> str:
    """A one-time passphrase for an enrolment file: 6 groups of 4 characters."""
    alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    raw = "".join(secrets.choice(alphabet) for _ in range(24))
    return "-".join(raw[i:i + 4] for i in range(0, 24, 4))


def _require_admin(store: Store) -> tuple[cfg.NetworkConfig, Ed25519PrivateKey]:
    config = cfg.require(store)
    if config.admin_key is None:
        raise RosterError("network.not_admin")
    return config, config.admin_key


def _update_roster(store: Store, config: cfg.NetworkConfig, admin: Ed25519PrivateKey,
                   roster: Roster) -> bytes:
    roster_file = roster.signed(admin)
    cfg.write_settings(store, {cfg.ROSTER: roster_file.decode()})
    if config.share is not None:
        with contextlib.suppress(share.ShareError):  # else published at the next sync
            publish_roster(config.share, config.network, roster.version, roster_file)
    return roster_file


def enrol(store: Store, request: bytes, valid_until: str = "") -> tuple[bytes, str, Member]:
    """Add the requesting workstation to the roster; return the sealed enrolment file and its passphrase."""
    config, admin = _require_admin(store)
    data = rost.read_request(request)
    _check_codes(data["institution"], data["office"])
    if valid_until:
        dt.date.fromisoformat(valid_until)
    member = Member(id=data["workstation"], name=data["name"], institution=data["institution"],
                    office=data["office"], public_key=data["public_key"],
                    valid_from=dt.date.today().isoformat(), valid_until=valid_until)
    roster_file = _update_roster(store, config, admin, config.roster.with_member(member))
    passphrase = new_passphrase()
    sealed = rost.seal_enrolment({"network": config.network, "batch_key": config.batch_key.hex()},
                                 roster_file, passphrase)
    return sealed, passphrase, member


def join(store: Store, enrolment: bytes, passphrase: str, share_dir: Path) -> Roster:
    """Join the network of an enrolment file made for this workstation."""
    if cfg.load(store) is not None:
        raise RosterError("network.already_member")
    secrets_, roster_file = rost.open_enrolment(enrolment, passphrase.strip().upper())
    roster = rost.unpinned(roster_file)
    roster = rost.parse_signed(roster_file, secrets_["network"], roster.admin_key)
    member = roster.member(store.workstation_id)
    key = cfg.pending_signing_key(store)
    if member is None or member.public_key != rost.public_hex(key):
        raise RosterError("enrolment.other_workstation")
    cfg.write_settings(store, {cfg.NETWORK: secrets_["network"], cfg.BATCH_KEY: secrets_["batch_key"],
                               cfg.ROSTER: roster_file.decode(), cfg.SHARE: str(share_dir)})
    return roster


def revoke(store: Store, workstation: str) -> Roster:
    """Take a workstation (a lost laptop) out of the network: its batches are refused from now on."""
    config, admin = _require_admin(store)
    member = config.roster.member(workstation)
    if member is None:
        raise RosterError("network.unknown_workstation")
    if workstation == config.workstation:
        raise RosterError("network.revoke_self")
    roster = config.roster.with_member(Member(**{**member.__dict__, "revoked": True}))
    _update_roster(store, config, admin, roster)
    return roster


def refresh_roster(store: Store, config: cfg.NetworkConfig,
                   share_dir: Path) -> tuple[cfg.NetworkConfig, list[str]]:
    """Adopt a newer signed roster from the share; report a rolled-back or forged one."""
    notices: list[str] = []
    folder = config.network_dir(share_dir)
    try:
        names = sorted(p.name for p in folder.iterdir()
                       if p.name.startswith(ROSTER_PREFIX) and p.name.endswith(".json"))
    except FileNotFoundError:
        names = []
    except OSError as exc:
        raise share.ShareError("share.unreachable", str(exc)) from exc
    best = config.roster
    best_file = config.roster_file
    for name in names:
        try:
            candidate = rost.parse_signed(share.read(folder / name), config.network, config.roster.admin_key)
        except RosterError as exc:
            notices.append(exc.code)
            continue
        if candidate.version > best.version:
            best, best_file = candidate, share.read(folder / name)
    if best.version > config.roster.version:
        cfg.write_settings(store, {cfg.ROSTER: best_file.decode()})
        config = cfg.require(store)
    elif config.is_admin and _roster_name(config.roster.version) not in names:
        publish_roster(share_dir, config.network, config.roster.version, config.roster_file)
    return config, notices


def share_reachable(share_dir: Path | None) -> bool:
    return share_dir is not None and share_dir.is_dir() and os.access(share_dir, os.W_OK)
