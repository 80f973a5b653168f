"""The batch file: plaintext header, chunked authenticated encryption, Ed25519 signature.

Layout: MAGIC | version (1 byte) | header length (4) | header JSON | chunks | signature (64).
Each chunk is its length (4) and AES-256-GCM ciphertext; the SHA-256 of everything before the
chunks is the associated data of every chunk, and each nonce ends with the chunk index (4) and a
last-chunk flag (1), so reordered, dropped or truncated chunks fail.

Format 2 (written now): each batch has its own AES key, derived by HKDF-SHA256 from the network's
batch key and a random 32-byte salt of the signed header; the nonce is 7 zero bytes, the index and
the flag (one key per batch: no random nonce whose collisions would count across the network).
The workstation signs the SHA-256 of everything before the signature, so a reader checks a file
of any size while reading it in blocks (:func:`open_file`) and never holds it whole.
Format 1 (read only, older batches): one key per epoch, a random 7-byte nonce prefix in the
header, and the signature over the bytes themselves.

A reader checks structure, network, signer and signature before it decrypts anything.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import struct
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import BinaryIO

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

MAGIC = b"CIIBATCH"
FORMAT_VERSION = 2
READABLE_FORMATS = (1, 2)
BLOCK = 1024 * 1024  # read size while hashing a file
MAX_FILE = 192 * 1024 * 1024  # larger than any batch the app writes (50 MB files): refused unread
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
    nonce_prefix: str = ""  # format 1
    format: int = FORMAT_VERSION
    salt: str = ""  # format 2: the per-batch key's HKDF salt (hex)

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
                 "schema": str, "count": int, "chunks": int, "nonce_prefix": str, "format": int, "salt": str}
        if any(not isinstance(getattr(header, k), t) or isinstance(getattr(header, k), bool)
               for k, t in types.items()):
            raise BatchError("batch.not_a_batch")
        if header.sequence < 1 or header.chunks < 1:
            raise BatchError("batch.not_a_batch")
        if (header.format, len(header.nonce_prefix), len(header.salt)) not in ((1, 14, 0), (2, 0, 64)):
            raise BatchError("batch.not_a_batch")
        try:
            bytes.fromhex(header.nonce_prefix or header.salt)
        except ValueError:
            raise BatchError("batch.not_a_batch") from None
        return header


def _nonce(prefix: bytes, index: int, last: bool) -> bytes:
    return prefix + struct.pack(">IB", index, 1 if last else 0)


def _cipher(header: BatchHeader, batch_key: bytes) -> tuple[AESGCM, bytes]:
    """The AEAD and nonce prefix of a batch: its own HKDF key (format 2), or the epoch key (1)."""
    if header.format == 1:
        return AESGCM(batch_key), bytes.fromhex(header.nonce_prefix)
    key = HKDF(hashes.SHA256(), 32, bytes.fromhex(header.salt),
               b"cii-desktop batch v2|" + header.network.encode("utf-8")).derive(batch_key)
    return AESGCM(key), bytes(7)


def batch_hash(data: bytes) -> str:
    """The identity of a batch file (chained by the next batch's ``previous_hash``)."""
    return hashlib.sha256(data).hexdigest()


def file_hash(path: Path) -> str:
    """:func:`batch_hash` of a file, read in blocks."""
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        while block := fh.read(BLOCK):
            digest.update(block)
    return digest.hexdigest()


def sign(unsigned: bytes, signing_key: Ed25519PrivateKey) -> bytes:
    """The signature of a format-2 batch: over the SHA-256 of the bytes before it."""
    return signing_key.sign(hashlib.sha256(unsigned).digest())


def signed_message(header: BatchHeader, data: bytes) -> bytes:
    """What the signature at the end of ``data`` (a whole batch in memory) signs, by format."""
    unsigned = data[:-SIGNATURE_SIZE]
    return unsigned if header.format == 1 else hashlib.sha256(unsigned).digest()


def seal(header: BatchHeader, body: bytes, batch_key: bytes, signing_key: Ed25519PrivateKey) -> bytes:
    """Encrypt ``body`` with a key of its own (derived from the network's batch key) and sign the file."""
    view = memoryview(body)
    count = max(1, -(-len(body) // CHUNK_SIZE))
    header = BatchHeader(**{**asdict(header), "chunks": count, "nonce_prefix": "", "format": FORMAT_VERSION,
                            "salt": os.urandom(32).hex()})
    raw_header = header.to_bytes()
    start = MAGIC + bytes([FORMAT_VERSION]) + struct.pack(">I", len(raw_header)) + raw_header
    aad = hashlib.sha256(start).digest()
    aead, prefix = _cipher(header, batch_key)
    out = io.BytesIO()
    out.write(start)
    for index in range(count):
        sealed = aead.encrypt(_nonce(prefix, index, index == count - 1),
                              view[index * CHUNK_SIZE:(index + 1) * CHUNK_SIZE], aad)
        out.write(struct.pack(">I", len(sealed)))
        out.write(sealed)
    unsigned = out.getvalue()
    return unsigned + sign(unsigned, signing_key)


def read_header(data: bytes) -> tuple[BatchHeader, int]:
    """The header and where the chunks begin; no check of signature or content yet."""
    return _read_header(io.BytesIO(data), len(data))


def _read_header(fh: BinaryIO, size: int) -> tuple[BatchHeader, int]:
    fh.seek(0)
    prefix = fh.read(_PREFIX)
    if len(prefix) < _PREFIX or prefix[:len(MAGIC)] != MAGIC:
        raise BatchError("batch.not_a_batch")
    if prefix[len(MAGIC)] not in READABLE_FORMATS:
        raise BatchError("batch.unsupported_format")
    (length,) = struct.unpack(">I", prefix[len(MAGIC) + 1:_PREFIX])
    if length > MAX_HEADER:
        raise BatchError("batch.not_a_batch")
    if size < _PREFIX + length:
        raise BatchError("batch.truncated")
    header = BatchHeader.from_bytes(fh.read(length))
    if header.format != prefix[len(MAGIC)]:
        raise BatchError("batch.not_a_batch")
    return header, _PREFIX + length


def _chunk_spans(fh: BinaryIO, size: int, header: BatchHeader, offset: int) -> list[tuple[int, int]]:
    spans = []
    for _ in range(header.chunks):
        if offset + 4 > size:
            raise BatchError("batch.truncated")
        fh.seek(offset)
        (length,) = struct.unpack(">I", fh.read(4))
        if length < _TAG or length > CHUNK_SIZE + _TAG:
            raise BatchError("batch.tampered")
        spans.append((offset + 4, offset + 4 + length))
        offset += 4 + length
    end = offset + SIGNATURE_SIZE
    if end > size:
        raise BatchError("batch.truncated")
    if end < size:
        raise BatchError("batch.tampered")  # bytes appended after the signature
    return spans


def open_batch(data: bytes, batch_key: bytes, network: str,
               public_key_for: Callable[[str], Ed25519PublicKey | None]) -> tuple[BatchHeader, bytes]:
    """Check and decrypt a batch held in memory; raise :class:`BatchError` before anything is applied."""
    header, body, _hash = _open(io.BytesIO(data), len(data), batch_key, network, public_key_for)
    return header, bytes(body)


def open_file(path: Path, batch_key: bytes, network: str,
              public_key_for: Callable[[str], Ed25519PublicKey | None]) -> tuple[BatchHeader, bytearray, str]:
    """Check and decrypt a batch file read in blocks (memory: its plaintext, never the file twice).

    Returns the header, the body and the file's :func:`batch_hash`. A file changed between the
    signature check and the decryption is refused (its hash is taken again while decrypting).
    """
    with open(path, "rb") as fh:
        return _open(fh, os.fstat(fh.fileno()).st_size, batch_key, network, public_key_for)


def _hashes(fh: BinaryIO, size: int) -> tuple[str, bytes]:
    """The file's hash and the hash of its signed part (all but the signature), in one read."""
    whole, signed = hashlib.sha256(), hashlib.sha256()
    fh.seek(0)
    position, cut = 0, size - SIGNATURE_SIZE
    while block := fh.read(BLOCK):
        whole.update(block)
        if position < cut:
            signed.update(block[:cut - position])
        position += len(block)
    return whole.hexdigest(), signed.digest()


def _open(fh: BinaryIO, size: int, batch_key: bytes, network: str,
          public_key_for: Callable[[str], Ed25519PublicKey | None]) -> tuple[BatchHeader, bytearray, str]:
    header, offset = _read_header(fh, size)
    spans = _chunk_spans(fh, size, header, offset)
    if header.network != network:
        raise BatchError("batch.foreign_network")
    public_key = public_key_for(header.workstation)
    if public_key is None:
        raise BatchError("batch.unknown_signer")
    identity, signed_digest = _hashes(fh, size)
    fh.seek(size - SIGNATURE_SIZE)
    signature = fh.read(SIGNATURE_SIZE)
    if header.format == 1:
        fh.seek(0)
        message = fh.read(size - SIGNATURE_SIZE)  # format 1 signs the bytes themselves
    else:
        message = signed_digest
    try:
        public_key.verify(signature, message)
    except InvalidSignature:
        raise BatchError("batch.bad_signature") from None
    del message
    fh.seek(0)
    start = fh.read(offset)
    again = hashlib.sha256(start)
    aad = hashlib.sha256(start).digest()
    aead, prefix = _cipher(header, batch_key)
    body = bytearray(sum(end - begin - _TAG for begin, end in spans))
    position = 0
    for index, (begin, end) in enumerate(spans):
        piece = fh.read(end - begin + 4)
        again.update(piece)
        try:
            plain = aead.decrypt(_nonce(prefix, index, index == len(spans) - 1), piece[4:], aad)
        except InvalidTag:
            raise BatchError("batch.tampered") from None
        body[position:position + len(plain)] = plain
        position += len(plain)
    again.update(fh.read(SIGNATURE_SIZE + 1))
    if again.hexdigest() != identity:
        raise BatchError("batch.tampered")  # changed while it was being read
    return header, body, identity
