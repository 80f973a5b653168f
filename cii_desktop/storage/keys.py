"""Database keys: random raw keys, passphrase derivation (scrypt) and the printed recovery key."""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import os
import secrets
from typing import Any

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
# Bounds on the parameters read from a key information file (a planted or damaged file must not
# make the app ask for gigabytes or hours): at least today's n / 8, at most 512 MiB of memory.
SCRYPT_MIN_N = 2**14
SCRYPT_MAX_MEMORY = 512 * 1024 * 1024
SCRYPT_MAX_P = 4


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


def kdf_parameters(kdf: Any) -> tuple[bytes, int, int, int]:
    """Salt, n, r, p of a stored scrypt block, checked against the bounds; ValueError otherwise."""
    if not isinstance(kdf, dict) or kdf.get("name", "scrypt") != "scrypt":
        raise ValueError("kdf")
    salt = bytes.fromhex(str(kdf["salt"]))
    n, r, p = int(kdf["n"]), int(kdf["r"]), int(kdf["p"])
    if len(salt) < 16 or n < SCRYPT_MIN_N or n & (n - 1) or not 1 <= r <= 32 \
            or not 1 <= p <= SCRYPT_MAX_P or 128 * n * r > SCRYPT_MAX_MEMORY:
        raise ValueError("kdf bounds")
    return salt, n, r, p


def key_check(key: bytes, db_id: str) -> str:
    """A short value that tells a wrong key from a damaged file without opening the database.

    An HMAC of the database id under the key: it reveals nothing of the key, and a guess of a
    passphrase costs the same scrypt derivation as trying it on the database itself.
    """
    return hmac.new(key, b"cii-desktop key check v1|" + db_id.encode(), hashlib.sha256).hexdigest()[:32]


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
