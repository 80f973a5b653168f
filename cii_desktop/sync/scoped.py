"""Case content sealed to the workstations of the institutions in the case's scope.

Inside a batch body (``codec.encode_body``), the changes of cases shared under a procuration or a
legal basis do not travel in the open list (read by every member with the network's batch key) but
in *scoped groups*, one per set of recipients. A group is itself a body (its changes and files),
encrypted with a random AES-256-GCM content key; the content key is sealed to each recipient
workstation's X25519 exchange key from the signed roster (ephemeral X25519, HKDF-SHA256, AES-GCM),
as the key files of ``key_epochs`` and the audit stream do. The sender is always a recipient (it
takes its own batches back after a restore). The ciphertext is one of the body's files (named by
its SHA-256); ``meta["scoped"]`` lists the groups: recipients' sealed keys, institutions, number of
changes. A workstation outside a group's recipients cannot open it, even holding the batch key:
the case never reaches its database. A revoked member is no longer in the roster's active members,
so nothing written after its revocation is sealed to it.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Mapping
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from .batch_format import BatchError
from .codec import Blobs, decode_body, encode_body
from .key_epochs import kex_public_hex

META_KEY = "scoped"


def _wrap_key(shared: bytes, network: str, sender: str, recipient: str, nonce: str) -> bytes:
    info = f"cii-desktop scoped|{network}|{sender}|{recipient}|{nonce}".encode()
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=info).derive(shared)


def _aad(network: str, sender: str, count: int, institutions: list[str]) -> bytes:
    return json.dumps(["cii-desktop scoped", network, sender, count, institutions],
                      separators=(",", ":")).encode("utf-8")


def seal_group(network: str, sender: str, recipients: Mapping[str, str], institutions: list[str],
               changes: list[list[Any]], blobs: Blobs) -> tuple[dict[str, Any], str, bytes]:
    """(descriptor for ``meta["scoped"]``, digest of the ciphertext, ciphertext) of one group;
    ``recipients``: workstation id -> X25519 public key (hex)."""
    content_key, nonce = os.urandom(32), os.urandom(12)
    keys = {}
    for recipient, kex_hex in sorted(recipients.items()):
        ephemeral = X25519PrivateKey.generate()
        shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(bytes.fromhex(kex_hex)))
        wrap_nonce = os.urandom(12)
        sealed = AESGCM(_wrap_key(shared, network, sender, recipient, nonce.hex())).encrypt(
            wrap_nonce, content_key, None)
        keys[recipient] = [kex_public_hex(ephemeral), wrap_nonce.hex(), sealed.hex()]
    plain = encode_body({}, changes, blobs)
    cipher = AESGCM(content_key).encrypt(nonce, plain, _aad(network, sender, len(changes), institutions))
    del plain
    digest = hashlib.sha256(cipher).hexdigest()
    return ({"file": digest, "nonce": nonce.hex(), "count": len(changes), "institutions": institutions,
             "keys": keys}, digest, cipher)


def declared_count(meta: Mapping[str, Any]) -> int:
    """The number of changes the groups say they hold (checked against the header's count)."""
    groups = meta.get(META_KEY, [])
    if not isinstance(groups, list):
        raise BatchError("batch.tampered")
    return sum(int(g["count"]) for g in groups)


def readable(meta: Mapping[str, Any], changes: list[Any], blobs: Blobs, count: int, network: str,
             sender: str, me: str, kex_key: X25519PrivateKey | None) -> tuple[list[Any], Blobs, int]:
    """The open changes plus those of every group sealed to ``me``; the groups' ciphertexts are taken
    out of ``blobs``. Returns (changes, files, changes left unread: sealed to others). Raises
    BatchError("batch.tampered") when the counts or a group sealed to ``me`` do not check out."""
    try:
        groups = list(meta.get(META_KEY, []))
        if len(changes) + declared_count(meta) != count:
            raise BatchError("batch.tampered")
        ciphers = {str(g["file"]): blobs.pop(str(g["file"])) for g in groups}
    except (KeyError, TypeError, ValueError, AttributeError):
        raise BatchError("batch.tampered") from None
    unread = 0
    everything, files = list(changes), dict(blobs)
    for group in groups:
        entry = group["keys"].get(me) if isinstance(group.get("keys"), dict) else None
        if entry is None or kex_key is None:
            unread += int(group["count"])
            continue
        try:
            ephemeral, wrap_nonce, sealed = entry
            shared = kex_key.exchange(X25519PublicKey.from_public_bytes(bytes.fromhex(ephemeral)))
            content_key = AESGCM(_wrap_key(shared, network, sender, me, str(group["nonce"]))).decrypt(
                bytes.fromhex(wrap_nonce), bytes.fromhex(sealed), None)
            plain = AESGCM(content_key).decrypt(
                bytes.fromhex(group["nonce"]), ciphers.pop(str(group["file"])),
                _aad(network, sender, int(group["count"]), list(group["institutions"])))
            _meta, inner, inner_files = decode_body(plain)
            del plain  # the files were copied out: one copy of each held at a time
        except (InvalidTag, ValueError, KeyError, TypeError) as exc:
            raise BatchError("batch.tampered") from exc
        if len(inner) != int(group["count"]):
            raise BatchError("batch.tampered")
        everything.extend(inner)
        files.update(inner_files)
    return everything, files, unread
