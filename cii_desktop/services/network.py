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
from dataclasses import replace
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from ..domain import reference
from ..storage.store import Store
from ..sync import config as cfg
from ..sync import key_epochs as epochs
from ..sync import roster as rost
from ..sync import share
from ..sync.roster import Member, Notice, Roster, RosterError
from . import network_share as ns
from .data_folder import check_share_location

ROSTER_PREFIX = ns.ROSTER_PREFIX
KEY_FILE_SETTING = ns.KEY_FILE_SETTING
_roster_name = ns.roster_name


def _check_codes(institution: str, office: str) -> None:
    if institution not in reference.codes(reference.INSTITUTIONS) or \
            office not in reference.codes(reference.OFFICES):
        raise RosterError("network.unknown_code")


def _check_role(role: str) -> None:
    from ..domain import permissions

    if role and role not in permissions.roles():
        raise RosterError("network.unknown_role")


def create_network(store: Store, share_dir: Path, name: str, institution: str, office: str,
                   role: str = "bureau") -> Roster:
    """Make this workstation the administrator of a new network and publish its roster; its user's
    role in the roster is ``role`` (the Bureau CII by default)."""
    _check_codes(institution, office)
    _check_role(role)
    if cfg.load(store) is not None:
        raise RosterError("network.already_member")
    share_dir = share_dir.absolute()  # kept: a relative path would depend on where the next run starts
    check_share_location(store.path.parent, share_dir)
    admin = Ed25519PrivateKey.generate()
    signing = cfg.pending_signing_key(store)
    network = str(uuid.uuid4())
    kex = cfg.pending_kex_key(store)
    me = Member(id=store.workstation_id, name=name, institution=institution, office=office,
                public_key=rost.public_hex(signing), valid_from=dt.date.today().isoformat(),
                kex_key=epochs.kex_public_hex(kex), role=role)
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
    """Put a signed roster version on the share (replacing a file whose content differs)."""
    ns.put_file(share_dir / network, _roster_name(version), roster_file)


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


def _valid_until(value: str, today: dt.date) -> str:
    """An ISO date not in the past ("" for no end)."""
    if not value:
        return ""
    try:
        day = dt.date.fromisoformat(value)
    except ValueError:
        raise RosterError("network.valid_until_invalid") from None
    if day < today:
        raise RosterError("network.valid_until_past")
    return day.isoformat()


def _write_out(out: Path, data: bytes) -> None:
    """The enrolment file, created (never replacing one), 0600."""
    try:
        fd = os.open(out, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
    except FileExistsError:
        raise RosterError("share.exists") from None
    except OSError:
        raise RosterError("cli.file_error") from None
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
    except OSError:
        with contextlib.suppress(OSError):
            out.unlink()
        raise RosterError("cli.file_error") from None


def _keys_for_newcomer(config: cfg.NetworkConfig) -> dict[int, bytes]:
    """The current epoch's key and the older ones that still open batches on the share (all of
    them when the share cannot be read now: better than a newcomer that can never catch up)."""
    if share_reachable(config):
        assert config.share is not None
        with contextlib.suppress(share.ShareError):
            return {e: config.batch_keys[e] for e in ns.epochs_in_use(config, config.share)}
    return dict(config.batch_keys)


def _admit(store: Store, config: cfg.NetworkConfig, admin: Ed25519PrivateKey, member: Member,
           out: Path | None, reseal: bool = False) -> tuple[bytes, str]:
    """Sign the roster with ``member``, seal the enrolment file, write ``out``, then commit and publish.

    With ``reseal``, the current epoch's key file is sealed again for the active members of the new
    roster (a re-enrolled workstation with a new exchange key receives the key at its next sync).
    """
    roster = config.roster.with_member(member, config.roster_file)
    roster_file = roster.signed(admin)
    extra: dict[str, str] = {}
    if reseal and config.epoch > 0:
        recipients = {m.id: m.kex_key for m in roster.members if m.active(dt.date.today()) and m.kex_key}
        extra[KEY_FILE_SETTING.format(config.epoch)] = epochs.seal_keys(
            config.network, config.epoch, config.batch_key, recipients, admin).decode()
    passphrase = new_passphrase()
    keys = _keys_for_newcomer(config)
    sealed = rost.seal_enrolment({"network": config.network, "batch_key": keys[min(keys)].hex(),
                                  "batch_keys": cfg.encode_batch_keys(keys)}, roster_file, passphrase)
    if out is not None:
        _write_out(out, sealed)
    try:
        cfg.write_settings(store, {cfg.ROSTER: roster_file.decode(), **extra})
    except BaseException:
        if out is not None:
            with contextlib.suppress(OSError):
                out.unlink()
        raise
    if share_reachable(config):
        assert config.share is not None
        with contextlib.suppress(share.ShareError):  # else published at the next sync
            ns.publish_signed(store, cfg.require(store), config.share)
    return sealed, passphrase


def enrol(store: Store, request: bytes, valid_until: str = "",
          out: Path | None = None, role: str = "") -> tuple[bytes, str, Member]:
    """Add a new workstation to the roster; return the sealed enrolment file and its passphrase.

    Every check comes first (keys of the request, id not in the roster, date, ``out`` absent); the
    enrolment file is written before the roster is changed, so a failure leaves nothing behind.
    """
    config, admin = _require_admin(store)
    data = rost.read_request(request)
    _check_codes(data["institution"], data["office"])
    _check_role(role)
    today = dt.date.today()
    until = _valid_until(valid_until, today)
    if config.roster.member(data["workstation"]) is not None:
        raise RosterError("network.already_enrolled")
    if out is not None and (out.exists() or out.is_symlink()):
        raise RosterError("share.exists")
    member = Member(id=data["workstation"], name=data["name"], institution=data["institution"],
                    office=data["office"], public_key=data["public_key"],
                    valid_from=today.isoformat(), valid_until=until, kex_key=data["kex_key"], role=role)
    sealed, passphrase = _admit(store, config, admin, member, out)
    return sealed, passphrase, member


def re_enrol(store: Store, request: bytes, valid_until: str | None = None,
             out: Path | None = None, role: str | None = None) -> tuple[bytes, str, Member]:
    """Give a member of the roster new keys; never a revoked one.

    For a workstation enrolled before key rotation existed (no exchange key) or whose keys changed:
    the current batch key is sealed again for it, and it takes it at its next sync. Its end of
    validity stays unless ``valid_until`` is given ("" removes it).
    """
    config, admin = _require_admin(store)
    data = rost.read_request(request)
    _check_codes(data["institution"], data["office"])
    old = config.roster.member(data["workstation"])
    if old is None:
        raise RosterError("network.unknown_workstation")
    if old.revoked:
        raise RosterError("network.revoked_id")
    until = old.valid_until if valid_until is None else _valid_until(valid_until, dt.date.today())
    if out is not None and (out.exists() or out.is_symlink()):
        raise RosterError("share.exists")
    if role is not None:
        _check_role(role)
    member = replace(old, name=data["name"], institution=data["institution"], office=data["office"],
                     public_key=data["public_key"], kex_key=data["kex_key"], valid_until=until,
                     role=old.role if role is None else role)
    sealed, passphrase = _admit(store, config, admin, member, out, reseal=True)
    return sealed, passphrase, member


def join(store: Store, enrolment: bytes, passphrase: str, share_dir: Path) -> Roster:
    """Join the network of an enrolment file made for this workstation."""
    if cfg.load(store) is not None:
        raise RosterError("network.already_member")
    share_dir = share_dir.absolute()  # kept: a relative path would depend on where the next run starts
    check_share_location(store.path.parent, share_dir)
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
    """Take a workstation (a lost laptop) out of the network, all or nothing.

    The roster entry records the cut-off: the last of its batches on the share (signed by it) or
    applied here. Its batches up to the cut-off stay valid everywhere, later ones are refused. The
    new roster, the new batch key sealed to every remaining member and the key file are checked
    and made first, then stored here in one transaction, then published. A failure before the
    transaction changes nothing; a failure to publish is reported, and running the command again
    (or a sync) publishes them.
    """
    config, admin = _require_admin(store)
    member = config.roster.member(workstation)
    if member is None:
        raise RosterError("network.unknown_workstation")
    if workstation == config.workstation:
        raise RosterError("network.revoke_self")
    state = share.probe(config.share, config.network, config.roster.admin_key)
    if state == "share.not_network":  # an empty or unmounted mount point, another network's share
        raise RosterError("network.revoke_not_network")
    if state != "ok":
        raise RosterError("network.revoke_offline")  # the cut-off is read from the share
    assert config.share is not None
    if member.revoked:  # a re-run: finish publishing what the first run could not
        _publish_or_report(store, config, config.share)
        return config.roster
    try:
        cutoff = ns.published_upto(store, config, config.share, member)
    except share.ShareError:
        raise RosterError("network.revoke_offline") from None
    roster = config.roster.with_member(replace(member, revoked=True, revoked_after=cutoff), config.roster_file)
    roster_file = roster.signed(admin)
    epoch, key, key_file = _new_epoch(config, roster, admin)
    cfg.write_settings(store, {cfg.ROSTER: roster_file.decode(),
                               cfg.BATCH_KEYS: cfg.encode_batch_keys({**config.batch_keys, epoch: key}),
                               KEY_FILE_SETTING.format(epoch): key_file.decode()})
    _publish_or_report(store, cfg.require(store), config.share)
    return roster


def _new_epoch(config: cfg.NetworkConfig, roster: Roster,
               admin: Ed25519PrivateKey) -> tuple[int, bytes, bytes]:
    """The next epoch's key and its key file for the active members; every exchange key checked first."""
    active = [m for m in roster.members if m.active(dt.date.today())]
    if any(m.kex_key and not rost.valid_x25519(m.kex_key) for m in active):
        raise RosterError("network.member_key_invalid")
    epoch, key = config.epoch + 1, secrets.token_bytes(32)
    key_file = epochs.seal_keys(config.network, epoch, key, {m.id: m.kex_key for m in active if m.kex_key},
                                admin)
    return epoch, key, key_file


def _publish_or_report(store: Store, config: cfg.NetworkConfig, share_dir: Path) -> None:
    try:
        ns.publish_signed(store, config, share_dir)
    except share.ShareError:
        raise RosterError("network.not_published") from None


def rotate_batch_key(store: Store, roster: Roster) -> list[Member]:
    """A new batch key for the active members only; returns the members it could not reach (enrolled
    before key rotation existed: re-enrol them)."""
    config, admin = _require_admin(store)
    epoch, key, key_file = _new_epoch(config, roster, admin)
    cfg.write_settings(store, {cfg.BATCH_KEYS: cfg.encode_batch_keys({**config.batch_keys, epoch: key}),
                               KEY_FILE_SETTING.format(epoch): key_file.decode()})
    if share_reachable(config):
        assert config.share is not None
        with contextlib.suppress(share.ShareError):  # else published at the next sync
            publish_key_file(config.share, config.network, epoch, key_file)
    return [m for m in roster.members if m.active(dt.date.today()) and not m.kex_key]


def publish_key_file(share_dir: Path, network: str, epoch: int, key_file: bytes) -> None:
    ns.put_file(share_dir / network, epochs.keys_name(epoch), key_file)


def refresh_keys(store: Store, config: cfg.NetworkConfig, share_dir: Path) -> tuple[cfg.NetworkConfig, list[str]]:
    """:func:`network_share.check_keys` with the notices as codes (the sync report's older shape)."""
    config, notices = ns.check_keys(store, config, share_dir)
    return config, [n.code for n in notices]


def refresh_roster(store: Store, config: cfg.NetworkConfig,
                   share_dir: Path) -> tuple[cfg.NetworkConfig, list[str]]:
    """:func:`network_share.check_roster` with the notices as codes (the sync report's older shape)."""
    config, notices = ns.check_roster(store, config, share_dir)
    return config, [n.code for n in notices]


def check_share(store: Store, config: cfg.NetworkConfig,
                share_dir: Path) -> tuple[cfg.NetworkConfig, list[Notice]]:
    """Roster and key files of the share, checked: the newest config and what people should know."""
    config, notices = ns.check_roster(store, config, share_dir)
    config, key_notices = ns.check_keys(store, config, share_dir)
    return config, notices + key_notices


def share_reachable(config: cfg.NetworkConfig) -> bool:
    """The network's share is there and writable: the same check as sync (its signed roster marks it),
    so that an empty or unmounted mount point, or another network's share, is never written to."""
    return share.probe(config.share, config.network, config.roster.admin_key) == "ok"


def share_state(store: Store, folder: Path) -> str:
    """What sync would find in ``folder`` as this workstation's network share: "ok",
    "share.read_only", "share.unreachable" (no such folder now: offline server or wrong path),
    "share.not_network" (an empty folder, another network's share). Outside any network only
    whether the folder is there ("ok" or "share.unreachable")."""
    config = cfg.load(store)
    if config is None:
        return "ok" if folder.is_dir() else "share.unreachable"
    return share.probe(folder, config.network, config.roster.admin_key)


def network_share(store: Store) -> Path | None:
    """The shared folder this workstation's network membership names (used when Settings names none)."""
    config = cfg.load(store)
    return config.share if config else None
