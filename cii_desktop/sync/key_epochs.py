"""Batch-key rotation: a new key after a revocation, sealed to each remaining workstation (X25519).

A key file ``<share>/<network>/keys-NNNNNN.json`` carries epoch N's batch key once per active member,
each sealed to that member's X25519 public key from the roster (ephemeral X25519, HKDF-SHA256,
AES-GCM), and is signed by the administrator. A revoked laptop has no entry: it cannot read what is
written after its revocation. Old epochs are kept locally to read older batches.
"""

from __future__ import annotations

import base64
import json
import os

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat, PublicFormat

from .roster import RosterError, public_key

KEYS_FORMAT = "cii-desktop-keys-1"
KEYS_PREFIX = "keys-"


def keys_name(epoch: int) -> str:
    return f"{KEYS_PREFIX}{epoch:06d}.json"


def kex_public_hex(key: X25519PrivateKey) -> str:
    return key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw).hex()


def kex_private_hex(key: X25519PrivateKey) -> str:
    return key.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption()).hex()


def _wrap_key(shared: bytes, network: str, epoch: int, workstation: str) -> bytes:
    info = f"cii-desktop batch key|{network}|{epoch}|{workstation}".encode()
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=info).derive(shared)


def seal_keys(network: str, epoch: int, batch_key: bytes, recipients: dict[str, str],
              admin: Ed25519PrivateKey) -> bytes:
    """The key file of ``epoch``: ``batch_key`` for each recipient (workstation -> X25519 public hex)."""
    entries = {}
    for workstation, kex_hex in sorted(recipients.items()):
        ephemeral = X25519PrivateKey.generate()
        shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(bytes.fromhex(kex_hex)))
        nonce = os.urandom(12)
        sealed = AESGCM(_wrap_key(shared, network, epoch, workstation)).encrypt(nonce, batch_key, None)
        entries[workstation] = {"ephemeral": kex_public_hex(ephemeral), "nonce": nonce.hex(),
                                "sealed": base64.b64encode(sealed).decode("ascii")}
    payload = json.dumps({"format": KEYS_FORMAT, "network": network, "epoch": epoch, "entries": entries},
                         sort_keys=True, separators=(",", ":")).encode("utf-8")
    return json.dumps({"keys": base64.b64encode(payload).decode("ascii"),
                       "signature": admin.sign(payload).hex()}, indent=1).encode("utf-8")


def open_keys(data: bytes, network: str, admin_key: str, workstation: str,
              kex_key: X25519PrivateKey) -> tuple[int, bytes | None]:
    """(epoch, this workstation's batch key or None when the file has no entry for it)."""
    try:
        outer = json.loads(data.decode("utf-8"))
        payload = base64.b64decode(outer["keys"], validate=True)
        signature = bytes.fromhex(outer["signature"])
    except (ValueError, KeyError, TypeError, UnicodeDecodeError):
        raise RosterError("keys.invalid") from None
    try:
        public_key(admin_key).verify(signature, payload)
    except (InvalidSignature, ValueError):
        raise RosterError("roster.bad_signature") from None
    try:
        content = json.loads(payload.decode("utf-8"))
        if content["format"] != KEYS_FORMAT or content["network"] != network:
            raise RosterError("roster.foreign_network")
        epoch = int(content["epoch"])
        entry = content["entries"].get(workstation)
    except (ValueError, KeyError, TypeError, AttributeError, UnicodeDecodeError):
        raise RosterError("keys.invalid") from None
    if entry is None:
        return epoch, None
    try:
        shared = kex_key.exchange(X25519PublicKey.from_public_bytes(bytes.fromhex(entry["ephemeral"])))
        key = AESGCM(_wrap_key(shared, network, epoch, workstation)).decrypt(
            bytes.fromhex(entry["nonce"]), base64.b64decode(entry["sealed"]), None)
    except (InvalidTag, ValueError, KeyError, TypeError):
        raise RosterError("keys.invalid") from None
    return epoch, key
