"""Database keys: random raw keys, passphrase derivation (scrypt) and the printed recovery key."""

from __future__ import annotations

import base64
import binascii
import os
import secrets

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

KEY_BYTES = 32
RECOVERY_BYTES = 20  # 160 bits, 32 base32 characters in 8 groups of 4
# scrypt cost: ~0.3 s and 128 MiB on an office PC; stored with the salt so it can be raised later.
SCRYPT_N = 2**17
SCRYPT_R = 8
SCRYPT_P = 1


class RecoveryKeyError(ValueError):
    """The recovery key is malformed or does not open this database."""


def new_database_key() -> bytes:
    """A random 256-bit raw SQLCipher key."""
    return secrets.token_bytes(KEY_BYTES)


def new_salt() -> bytes:
    return os.urandom(16)


def derive_passphrase_key(passphrase: str, salt: bytes, n: int = SCRYPT_N, r: int = SCRYPT_R,
                          p: int = SCRYPT_P) -> bytes:
    """Derive the raw database key from a passphrase (scrypt, memory-hard)."""
    return Scrypt(salt=salt, length=KEY_BYTES, n=n, r=r, p=p).derive(passphrase.encode("utf-8"))


def new_recovery_key() -> str:
    """A recovery key for people: 8 groups of 4 base32 characters."""
    raw = base64.b32encode(secrets.token_bytes(RECOVERY_BYTES)).decode("ascii")
    return "-".join(raw[i:i + 4] for i in range(0, len(raw), 4))


def _recovery_wrapping_key(recovery_key: str, db_id: str) -> bytes:
    text = "".join(ch for ch in recovery_key.upper() if ch.isalnum())
    text = text.replace("0", "O").replace("1", "I").replace("8", "B")  # common misreadings
    try:
        raw = base64.b32decode(text)
    except (ValueError, binascii.Error) as exc:
        raise RecoveryKeyError("malformed") from exc
    if len(raw) != RECOVERY_BYTES:
        raise RecoveryKeyError("malformed")
    hkdf = HKDF(algorithm=hashes.SHA256(), length=KEY_BYTES, salt=db_id.encode(),
                info=b"cii-desktop recovery key v1")
    return hkdf.derive(raw)


def wrap_with_recovery_key(db_key: bytes, recovery_key: str, db_id: str) -> dict[str, str]:
    """Encrypt the database key under the recovery key (AES-256-GCM, bound to the database id)."""
    nonce = os.urandom(12)
    sealed = AESGCM(_recovery_wrapping_key(recovery_key, db_id)).encrypt(nonce, db_key, db_id.encode())
    return {"alg": "AES-256-GCM", "nonce": nonce.hex(), "sealed": sealed.hex()}


def unwrap_with_recovery_key(wrapped: dict[str, str], recovery_key: str, db_id: str) -> bytes:
    """Recover the database key; raise :class:`RecoveryKeyError` when the recovery key is wrong."""
    key = _recovery_wrapping_key(recovery_key, db_id)
    try:
        return AESGCM(key).decrypt(bytes.fromhex(wrapped["nonce"]), bytes.fromhex(wrapped["sealed"]),
                                   db_id.encode())
    except (InvalidTag, KeyError, ValueError) as exc:
        raise RecoveryKeyError("wrong") from exc
