"""The batch file: plaintext header, chunked authenticated encryption, Ed25519 signature.

Layout: MAGIC | version (1 byte) | header length (4) | header JSON | chunks | signature (64).
Each chunk is its length (4) and AES-256-GCM ciphertext; its nonce is a random 7-byte prefix,
the chunk index (4) and a last-chunk flag (1), so reordered, dropped or truncated chunks fail; the
SHA-256 of the header is the associated data of every chunk. The workstation signs everything
before the signature. A reader checks structure, network, signer and signature before it
decrypts anything.
"""

from __future__ import annotations

import hashlib
import json
import os
import struct
from collections.abc import Callable
from dataclasses import asdict, dataclass

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

MAGIC = b"CIIBATCH"
FORMAT_VERSION = 1
CHUNK_SIZE = 64 * 1024
MAX_HEADER = 16 * 1024
SIGNATURE_SIZE = 64
_TAG = 16
_PREFIX = len(MAGIC) + 1 + 4


class BatchError(ValueError):
    """A batch that must not be applied; ``code`` says why (shown in the quarantine list)."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


@dataclass(frozen=True)
class BatchHeader:
    """The plaintext part: enough to route, order and check a batch without decrypting it."""

    network: str
    workstation: str
    sequence: int
    previous_hash: str  # hash of this workstation's previous batch file, "" for its first
    schema: str
    count: int
    chunks: int = 0
    nonce_prefix: str = ""
    format: int = FORMAT_VERSION

    def to_bytes(self) -> bytes:
        return json.dumps(asdict(self), sort_keys=True, separators=(",", ":")).encode("utf-8")

    @classmethod
    def from_bytes(cls, raw: bytes) -> BatchHeader:
        try:
            data = json.loads(raw.decode("utf-8"))
            header = cls(**data)
        except (ValueError, TypeError, UnicodeDecodeError):
            raise BatchError("batch.not_a_batch") from None
        types = {"network": str, "workstation": str, "sequence": int, "previous_hash": str,
                 "schema": str, "count": int, "chunks": int, "nonce_prefix": str, "format": int}
        if any(not isinstance(getattr(header, k), t) or isinstance(getattr(header, k), bool)
               for k, t in types.items()):
            raise BatchError("batch.not_a_batch")
        if header.format != FORMAT_VERSION or header.sequence < 1 or header.chunks < 1 \
                or len(header.nonce_prefix) != 14:
            raise BatchError("batch.not_a_batch")
        return header


def _nonce(prefix: bytes, index: int, last: bool) -> bytes:
    return prefix + struct.pack(">IB", index, 1 if last else 0)


def batch_hash(data: bytes) -> str:
    """The identity of a batch file (chained by the next batch's ``previous_hash``)."""
    return hashlib.sha256(data).hexdigest()


def seal(header: BatchHeader, body: bytes, batch_key: bytes, signing_key: Ed25519PrivateKey) -> bytes:
    """Encrypt ``body`` with the network's batch key and sign the whole file."""
    pieces = [body[i:i + CHUNK_SIZE] for i in range(0, len(body), CHUNK_SIZE)] or [b""]
    prefix = os.urandom(7)
    header = BatchHeader(**{**asdict(header), "chunks": len(pieces), "nonce_prefix": prefix.hex()})
    raw_header = header.to_bytes()
    start = MAGIC + bytes([FORMAT_VERSION]) + struct.pack(">I", len(raw_header)) + raw_header
    aad = hashlib.sha256(start).digest()
    aead = AESGCM(batch_key)
    out = [start]
    for index, piece in enumerate(pieces):
        sealed = aead.encrypt(_nonce(prefix, index, index == len(pieces) - 1), piece, aad)
        out.append(struct.pack(">I", len(sealed)) + sealed)
    unsigned = b"".join(out)
    return unsigned + signing_key.sign(unsigned)


def read_header(data: bytes) -> tuple[BatchHeader, int]:
    """The header and where the chunks begin; no check of signature or content yet."""
    if len(data) < _PREFIX or data[:len(MAGIC)] != MAGIC:
        raise BatchError("batch.not_a_batch")
    if data[len(MAGIC)] != FORMAT_VERSION:
        raise BatchError("batch.unsupported_format")
    (length,) = struct.unpack(">I", data[len(MAGIC) + 1:_PREFIX])
    if length > MAX_HEADER:
        raise BatchError("batch.not_a_batch")
    if len(data) < _PREFIX + length:
        raise BatchError("batch.truncated")
    return BatchHeader.from_bytes(data[_PREFIX:_PREFIX + length]), _PREFIX + length


def _chunk_spans(data: bytes, header: BatchHeader, offset: int) -> list[tuple[int, int]]:
    spans = []
    for _ in range(header.chunks):
        if offset + 4 > len(data):
            raise BatchError("batch.truncated")
        (size,) = struct.unpack(">I", data[offset:offset + 4])
        if size < _TAG or size > CHUNK_SIZE + _TAG:
            raise BatchError("batch.tampered")
        spans.append((offset + 4, offset + 4 + size))
        offset += 4 + size
    end = offset + SIGNATURE_SIZE
    if end > len(data):
        raise BatchError("batch.truncated")
    if end < len(data):
        raise BatchError("batch.tampered")  # bytes appended after the signature
    return spans


def open_batch(data: bytes, batch_key: bytes, network: str,
               public_key_for: Callable[[str], Ed25519PublicKey | None]) -> tuple[BatchHeader, bytes]:
    """Check and decrypt a batch; raise :class:`BatchError` before anything is applied."""
    header, offset = read_header(data)
    spans = _chunk_spans(data, header, offset)
    if header.network != network:
        raise BatchError("batch.foreign_network")
    public_key = public_key_for(header.workstation)
    if public_key is None:
        raise BatchError("batch.unknown_signer")
    signed, signature = data[:-SIGNATURE_SIZE], data[-SIGNATURE_SIZE:]
    try:
        public_key.verify(signature, signed)
    except InvalidSignature:
        raise BatchError("batch.bad_signature") from None
    aad = hashlib.sha256(data[:offset]).digest()
    prefix = bytes.fromhex(header.nonce_prefix)
    aead = AESGCM(batch_key)
    body = []
    for index, (begin, end) in enumerate(spans):
        try:
            body.append(aead.decrypt(_nonce(prefix, index, index == len(spans) - 1), data[begin:end], aad))
        except InvalidTag:
            raise BatchError("batch.tampered") from None
    return header, b"".join(body)
