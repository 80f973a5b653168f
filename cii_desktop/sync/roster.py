"""The network's roster of workstations, signed by the administrator key; enrolment files.

The roster says which workstations belong to the network and with which public key they sign their
batches. It lives on the share (``<share>/<network>/roster.json``) and is pinned in each local
database: a higher version replaces a lower one, never the reverse. The enrolment file carries the
network's secrets to a new workstation, encrypted under a one-time passphrase.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
import os
import unicodedata
import uuid
from dataclasses import asdict, dataclass, field, replace

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from .batch_format import BatchError

ROSTER_FILENAME = "roster.json"
ENROLMENT_FORMAT = "cii-desktop-enrolment-1"
REQUEST_FORMAT = "cii-desktop-request-1"
MAX_NAME = 200  # characters of a workstation's name


class RosterError(BatchError):
    """A roster or enrolment file that must not be used; ``code`` says why."""


@dataclass(frozen=True)
class Notice:
    """Something on the share that people should know about (a damaged roster file...).

    ``code`` is a message code of ``domain/errors.py`` (translated like every other message);
    ``subject`` names what it is about: a file on the share or a workstation id.
    """

    code: str
    subject: str = ""


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
    role: str = ""  # the network role of the workstation's user (domain/tables/permissions.json); "": not stated

    def active(self, today: dt.date) -> bool:
        expired = bool(self.valid_until) and dt.date.fromisoformat(self.valid_until) < today
        return not (self.revoked or expired)


@dataclass(frozen=True)
class Roster:
    network: str
    version: int
    admin_key: str
    members: tuple[Member, ...] = field(default_factory=tuple)
    previous: str = ""  # SHA-256 of the previous version's signed payload; "" for version 1 (or older files)

    def member(self, workstation: str) -> Member | None:
        return next((m for m in self.members if m.id == workstation), None)

    def signer_key(self, workstation: str, today: dt.date | None = None) -> Ed25519PublicKey | None:
        """The public key of an active member; None for an unknown, expired or revoked one."""
        member = self.member(workstation)
        if member is None or not member.active(today or dt.date.today()):
            return None
        return public_key(member.public_key)

    def with_member(self, member: Member, previous_file: bytes) -> Roster:
        """The next version, chained to ``previous_file`` (this version's signed file)."""
        members = tuple(member if m.id == member.id else m for m in self.members)
        if member.id not in {m.id for m in self.members}:
            members = (*members, member)
        return replace(self, version=self.version + 1, members=members,
                       previous=payload_hash(previous_file))

    def payload(self) -> bytes:
        data: dict[str, object] = {"network": self.network, "version": self.version,
                                   "admin_key": self.admin_key, "members": [_member_data(m) for m in self.members]}
        if self.previous:
            data["previous"] = self.previous
        return json.dumps(data, sort_keys=True, separators=(",", ":")).encode("utf-8")

    def signed(self, admin: Ed25519PrivateKey) -> bytes:
        """The roster file: the payload and the administrator's signature over it."""
        payload = self.payload()
        return json.dumps({"roster": base64.b64encode(payload).decode("ascii"),
                           "signature": admin.sign(payload).hex()}, indent=1).encode("utf-8")


def _member_data(member: Member) -> dict[str, object]:
    """A member as the roster carries it: a role only when one is stated, so that a roster without
    roles reads the same as before roles existed."""
    data = asdict(member)
    if not member.role:
        del data["role"]
    return data


_MEMBER_FIELDS = frozenset(Member.__dataclass_fields__)


def payload_of(roster_file: bytes) -> bytes:
    """The signed payload inside a roster file (RosterError when the file is not one)."""
    try:
        outer = json.loads(roster_file.decode("utf-8"))
        return base64.b64decode(outer["roster"], validate=True)
    except (ValueError, KeyError, TypeError, UnicodeDecodeError):
        raise RosterError("roster.invalid") from None


def payload_hash(roster_file: bytes) -> str:
    """What the next version's ``previous`` names: the SHA-256 of this version's signed payload."""
    return hashlib.sha256(payload_of(roster_file)).hexdigest()


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
        # Fields a newer version added are left aside: the signature covers them all the same.
        members = tuple(Member(**{k: v for k, v in m.items() if k in _MEMBER_FIELDS}) for m in data["members"])
        return Roster(str(data["network"]), int(data["version"]), str(data["admin_key"]), members,
                      str(data.get("previous", "")))
    except (ValueError, KeyError, TypeError, AttributeError, UnicodeDecodeError):
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


_P = 2 ** 255 - 19
_D = -121665 * pow(121666, _P - 2, _P) % _P


def valid_ed25519(hex_key: str) -> bool:
    """32 bytes in hex that decode to a point of the Ed25519 curve (RFC 8032, 5.1.3)."""
    try:
        raw = bytes.fromhex(hex_key)
    except (ValueError, TypeError):
        return False
    if len(raw) != 32 or len(hex_key) != 64:
        return False
    y = int.from_bytes(raw, "little") & ((1 << 255) - 1)
    if y >= _P:
        return False
    x2 = (y * y - 1) * pow(_D * y * y + 1, _P - 2, _P) % _P
    if x2 == 0:
        return False  # y = 1 or -1: the neutral point or a point of order 2
    x = pow(x2, (_P + 3) // 8, _P)
    if (x * x - x2) % _P:
        x = x * pow(2, (_P - 1) // 4, _P) % _P
    if (x * x - x2) % _P:
        return False
    point = (x, y)
    for _ in range(3):  # 8P: the neutral point for the 8 points of small order (no secret behind them)
        point = _edwards_add(point, point)
    return point != (0, 1)


def _edwards_add(p: tuple[int, int], q: tuple[int, int]) -> tuple[int, int]:
    """Addition on -x^2 + y^2 = 1 + d x^2 y^2 (complete: the denominators never vanish)."""
    (x1, y1), (x2, y2) = p, q
    t = _D * x1 * x2 * y1 * y2 % _P
    x3 = (x1 * y2 + y1 * x2) * pow(1 + t, _P - 2, _P) % _P
    y3 = (y1 * y2 + x1 * x2) * pow(1 - t, _P - 2, _P) % _P
    return x3, y3


def valid_x25519(hex_key: str) -> bool:
    """32 bytes in hex that give a usable shared secret (low-order points are refused)."""
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey

    try:
        raw = bytes.fromhex(hex_key)
        if len(raw) != 32 or len(hex_key) != 64:
            return False
        X25519PrivateKey.generate().exchange(X25519PublicKey.from_public_bytes(raw))
    except (ValueError, TypeError):
        return False
    return True


def read_request(data: bytes) -> dict[str, str]:
    """A request's fields, every key checked: an Ed25519 signing key and an X25519 exchange key."""
    try:
        request = json.loads(data.decode("utf-8"))
        if request.get("format") != REQUEST_FORMAT:
            raise ValueError
        fields = {k: request[k] for k in ("workstation", "name", "institution", "office", "public_key")}
        fields["kex_key"] = request.get("kex_key", "")
        if not all(isinstance(v, str) for v in fields.values()):
            raise ValueError
        if str(uuid.UUID(fields["workstation"])) != fields["workstation"]:
            raise ValueError  # a workstation id names a folder on the share: nothing else passes
        if not fields["name"].strip() or len(fields["name"]) > MAX_NAME or \
                any(unicodedata.category(c) == "Cc" for c in fields["name"]):
            raise ValueError
    except (ValueError, KeyError, TypeError, AttributeError, UnicodeDecodeError):
        raise RosterError("enrolment.invalid_request") from None
    if not valid_ed25519(fields["public_key"]):
        raise RosterError("enrolment.invalid_signing_key")
    if not valid_x25519(fields["kex_key"]):
        raise RosterError("enrolment.invalid_exchange_key")
    return {k: str(v) for k, v in fields.items()}


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
