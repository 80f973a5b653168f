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
from ..sync import key_epochs as epochs
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
    kex = cfg.pending_kex_key(store)
    me = Member(id=store.workstation_id, name=name, institution=institution, office=office,
                public_key=rost.public_hex(signing), valid_from=dt.date.today().isoformat(),
                kex_key=epochs.kex_public_hex(kex))
    roster = Roster(network=network, version=1, admin_key=rost.public_hex(admin), members=(me,))
    roster_file = roster.signed(admin)
    publish_roster(share_dir, network, roster.version, roster_file)
    first_key = secrets.token_bytes(32)
    cfg.write_settings(store, {cfg.NETWORK: network, cfg.BATCH_KEY: first_key.hex(),
                               cfg.BATCH_KEYS: cfg.encode_batch_keys({0: first_key}),
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
    kex = cfg.pending_kex_key(store)
    cfg.write_settings(store, {cfg.NAME: name})
    return rost.make_request(store.workstation_id, name, institution, office, rost.public_hex(key),
                             epochs.kex_public_hex(kex))


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
                    valid_from=dt.date.today().isoformat(), valid_until=valid_until, kex_key=data["kex_key"])
    roster_file = _update_roster(store, config, admin, config.roster.with_member(member))
    passphrase = new_passphrase()
    # Every epoch's key: the new workstation reads the batches written before it joined too.
    first = config.batch_keys[min(config.batch_keys)].hex()
    sealed = rost.seal_enrolment({"network": config.network, "batch_key": first,
                                  "batch_keys": cfg.encode_batch_keys(config.batch_keys)}, roster_file, passphrase)
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
    keys = secrets_.get("batch_keys") or cfg.encode_batch_keys({0: bytes.fromhex(secrets_["batch_key"])})
    cfg.write_settings(store, {cfg.NETWORK: secrets_["network"], cfg.BATCH_KEY: secrets_["batch_key"],
                               cfg.BATCH_KEYS: keys, cfg.ROSTER: roster_file.decode(), cfg.SHARE: str(share_dir)})
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
    rotate_batch_key(store, roster)
    return roster


def rotate_batch_key(store: Store, roster: Roster) -> list[Member]:
    """A new batch key for the active members only; returns the members it could not reach (enrolled
    before key rotation existed: re-enrol them)."""
    config, admin = _require_admin(store)
    today = dt.date.today()
    active = [m for m in roster.members if m.active(today)]
    recipients = {m.id: m.kex_key for m in active if m.kex_key}
    epoch, key = config.epoch + 1, secrets.token_bytes(32)
    key_file = epochs.seal_keys(config.network, epoch, key, recipients, admin)
    cfg.write_settings(store, {cfg.BATCH_KEYS: cfg.encode_batch_keys({**config.batch_keys, epoch: key}),
                               KEY_FILE_SETTING.format(epoch): key_file.decode()})
    if config.share is not None:
        with contextlib.suppress(share.ShareError):  # else published at the next sync
            publish_key_file(config.share, config.network, epoch, key_file)
    return [m for m in active if not m.kex_key]


KEY_FILE_SETTING = "sync.key_file.{}"


def publish_key_file(share_dir: Path, network: str, epoch: int, key_file: bytes) -> None:
    with contextlib.suppress(share.AlreadyExists):  # never rewritten
        share.write_new(share_dir / network, epochs.keys_name(epoch), key_file)


def refresh_keys(store: Store, config: cfg.NetworkConfig, share_dir: Path) -> tuple[cfg.NetworkConfig, list[str]]:
    """Take the newer batch keys sealed to this workstation; the administrator republishes missing files."""
    notices: list[str] = []
    folder = config.network_dir(share_dir)
    try:
        names = sorted(p.name for p in folder.iterdir()
                       if p.name.startswith(epochs.KEYS_PREFIX) and p.name.endswith(".json"))
    except FileNotFoundError:
        names = []
    except OSError as exc:
        raise share.ShareError("share.unreachable", str(exc)) from exc
    kex = cfg.pending_kex_key(store)
    for name in names:
        try:
            epoch = int(name[len(epochs.KEYS_PREFIX):-len(".json")])
        except ValueError:
            continue
        if epoch in config.batch_keys:
            continue
        try:
            opened, key = epochs.open_keys(share.read(folder / name), config.network, config.roster.admin_key,
                                           config.workstation, kex)
        except RosterError as exc:
            notices.append(exc.code)
            continue
        if opened != epoch:
            notices.append("keys.invalid")
        elif key is None:
            notices.append("keys.not_for_this_workstation")
        else:
            config = cfg.add_batch_key(store, config, epoch, key)
    if config.is_admin:
        settings = store.read_connection().execute(
            "SELECT key, value FROM local_setting WHERE key LIKE 'sync.key_file.%'").fetchall()
        for setting, value in settings:
            epoch = int(str(setting).rsplit(".", 1)[1])
            if epochs.keys_name(epoch) not in names:
                publish_key_file(share_dir, config.network, epoch, str(value).encode("utf-8"))
    return config, notices


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
