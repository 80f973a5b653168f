"""Decrypt every page of a SQLCipher 4 file (raw key, 4096-byte pages, HMAC-SHA256 or -SHA512),
free pages and write-ahead-log frames included: what an attacker holding the key would read."""

from __future__ import annotations

from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

PAGE = 4096


def _decrypt_page(key: bytes, page: bytes, first: bool, reserve: int) -> bytes:
    start = 16 if first else 0
    iv = page[PAGE - reserve: PAGE - reserve + 16]
    body = page[start: PAGE - reserve]
    decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    return decryptor.update(body) + decryptor.finalize()


def plaintext(path: Path, key: bytes, hmac_bytes: int = 32) -> bytes:
    """The decrypted content of ``path`` and of its ``-wal`` (if any), page after page."""
    reserve = 16 + hmac_bytes
    out = bytearray()
    data = path.read_bytes()
    for n in range(len(data) // PAGE):
        out += _decrypt_page(key, data[n * PAGE:(n + 1) * PAGE], n == 0, reserve)
    wal = Path(f"{path}-wal")
    if wal.exists():
        raw = wal.read_bytes()
        offset = 32
        while offset + 24 + PAGE <= len(raw):
            page_no = int.from_bytes(raw[offset:offset + 4], "big")
            out += _decrypt_page(key, raw[offset + 24: offset + 24 + PAGE], page_no == 1, reserve)
            offset += 24 + PAGE
    return bytes(out)
