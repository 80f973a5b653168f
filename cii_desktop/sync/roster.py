"""The network's roster of workstations, signed by the administrator key; enrolment files.

The roster says which workstations belong to the network and with which public key they sign their
batches. It lives on the share (``<share>/<network>/roster.json``) and is pinned in each local
database: a higher version replaces a lower one, never the reverse. The enrolment file carries the
network's secrets to a new workstation, encrypted under a one-time passphrase.
"""

from __future__ import annotations

import base64
import datetime as dt
import json
import os
from dataclasses import asdict, dataclass, field, replace

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from .batch_format import BatchError

ROSTER_FILENAME = "roster.json"
ENROLMENT_FORMAT = "cii-desktop-enrolment-1"
REQUEST_FORMAT = "cii-desktop-request-1"


class RosterError(BatchError):
    """A roster or enrolment file that must not be used; ``code`` says why."""


def public_hex(key: Ed25519PrivateKey) -> str:
    return key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw).hex()


def public_key(hex_key: str) -> Ed25519PublicKey:
    return Ed25519PublicKey.from_public_bytes(bytes.fromhex(hex_key))


@dataclass(frozen=True)
class Member:
    """One workstation of the network."""

    id: str
    name: str
    institution: str
    office: str
    public_key: str
    valid_from: str
    valid_until: str = ""  # ISO date, "" for no end
    revoked: bool = False
    kex_key: str = ""  # X25519 public key (hex) new batch keys are sealed to; "" for an older member
    revoked_after: int = -1  # last sequence still valid after a revocation; -1: none recorded

    def active(self, today: dt.date) -> bool:
        expired = bool(self.valid_until) and dt.date.fromisoformat(self.valid_until) < today
        return not (self.revoked or expired)


@dataclass(frozen=True)
class Roster:
    network: str
    version: int
    admin_key: str
    members: tuple[Member, ...] = field(default_factory=tuple)

    def member(self, workstation: str) -> Member | None:
        return next((m for m in self.members if m.id == workstation), None)

    def signer_key(self, workstation: str, today: dt.date | None = None) -> Ed25519PublicKey | None:
        """The public key of an active member; None for an unknown, expired or revoked one."""
        member = self.member(workstation)
        if member is None or not member.active(today or dt.date.today()):
            return None
        return public_key(member.public_key)

    def with_member(self, member: Member) -> Roster:
        others = tuple(m for m in self.members if m.id != member.id)
        return replace(self, version=self.version + 1, members=(*others, member))

    def payload(self) -> bytes:
        data = {"network": self.network, "version": self.version, "admin_key": self.admin_key,
                "members": [asdict(m) for m in self.members]}
        return json.dumps(data, sort_keys=True, separators=(",", ":")).encode("utf-8")

    def signed(self, admin: Ed25519PrivateKey) -> bytes:
        """The roster file: the payload and the administrator's signature over it."""
        payload = self.payload()
        return json.dumps({"roster": base64.b64encode(payload).decode("ascii"),
                           "signature": admin.sign(payload).hex()}, indent=1).encode("utf-8")


def parse_signed(data: bytes, network: str, admin_key: str) -> Roster:
    """Check a roster file against the pinned network and administrator key."""
    try:
        outer = json.loads(data.decode("utf-8"))
        payload = base64.b64decode(outer["roster"], validate=True)
        signature = bytes.fromhex(outer["signature"])
    except (ValueError, KeyError, TypeError, UnicodeDecodeError):
        raise RosterError("roster.invalid") from None
    try:
        public_key(admin_key).verify(signature, payload)
    except (InvalidSignature, ValueError):
        raise RosterError("roster.bad_signature") from None
    roster = _from_payload(payload)
    if roster.network != network or roster.admin_key != admin_key:
        raise RosterError("roster.foreign_network")
    return roster


def _from_payload(payload: bytes) -> Roster:
    try:
        data = json.loads(payload.decode("utf-8"))
        members = tuple(Member(**m) for m in data["members"])
        return Roster(str(data["network"]), int(data["version"]), str(data["admin_key"]), members)
    except (ValueError, KeyError, TypeError, UnicodeDecodeError):
        raise RosterError("roster.invalid") from None


def unpinned(data: bytes) -> Roster:
    """Read a roster file without checking it (only for a roster already verified when pinned)."""
    outer = json.loads(data.decode("utf-8"))
    return _from_payload(base64.b64decode(outer["roster"]))


# --- enrolment -------------------------------------------------------------------------------

def make_request(workstation: str, name: str, institution: str, office: str, key_hex: str,
                 kex_hex: str = "") -> bytes:
    """What a new workstation hands to the administrator: no secret, no personal data."""
    return json.dumps({"format": REQUEST_FORMAT, "workstation": workstation, "name": name,
                       "institution": institution, "office": office, "public_key": key_hex,
                       "kex_key": kex_hex}, indent=1).encode("utf-8")


def read_request(data: bytes) -> dict[str, str]:
    try:
        request = json.loads(data.decode("utf-8"))
        if request.get("format") != REQUEST_FORMAT:
            raise ValueError
        public_key(request["public_key"])
        kex = str(request.get("kex_key", ""))
        if kex:
            bytes.fromhex(kex)
        fields = {k: str(request[k]) for k in ("workstation", "name", "institution", "office", "public_key")}
        return {**fields, "kex_key": kex}
    except (ValueError, KeyError, TypeError, AttributeError, UnicodeDecodeError):
        raise RosterError("enrolment.invalid_request") from None


def seal_enrolment(secrets: dict[str, str], roster_file: bytes, passphrase: str) -> bytes:
    """The enrolment file: network secrets and signed roster under a one-time passphrase (scrypt)."""
    from ..storage.keys import derive_passphrase_key

    salt = os.urandom(16)
    nonce = os.urandom(12)
    body = json.dumps({"secrets": secrets, "roster": roster_file.decode("utf-8")}).encode("utf-8")
    sealed = AESGCM(derive_passphrase_key(passphrase, salt)).encrypt(nonce, body,
                                                                     ENROLMENT_FORMAT.encode())
    return json.dumps({"format": ENROLMENT_FORMAT, "salt": salt.hex(), "nonce": nonce.hex(),
                       "sealed": base64.b64encode(sealed).decode("ascii")}).encode("utf-8")


def open_enrolment(data: bytes, passphrase: str) -> tuple[dict[str, str], bytes]:
    from ..storage.keys import derive_passphrase_key

    try:
        outer = json.loads(data.decode("utf-8"))
        if outer.get("format") != ENROLMENT_FORMAT:
            raise ValueError
        salt, nonce = bytes.fromhex(outer["salt"]), bytes.fromhex(outer["nonce"])
        sealed = base64.b64decode(outer["sealed"])
    except (ValueError, KeyError, TypeError, AttributeError, UnicodeDecodeError):
        raise RosterError("enrolment.invalid") from None
    try:
        body = AESGCM(derive_passphrase_key(passphrase, salt)).decrypt(nonce, sealed,
                                                                       ENROLMENT_FORMAT.encode())
    except InvalidTag:
        raise RosterError("enrolment.wrong_passphrase") from None
    content = json.loads(body.decode("utf-8"))
    return dict(content["secrets"]), str(content["roster"]).encode("utf-8")
