"""The batch file: round trip, and every corruption refused before anything is decrypted or applied."""

from __future__ import annotations

import os
import struct

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from hypothesis import given, settings
from hypothesis import strategies as st

from cii_desktop.sync.batch_format import (
    CHUNK_SIZE,
    SIGNATURE_SIZE,
    BatchError,
    BatchHeader,
    batch_hash,
    open_batch,
    read_header,
    seal,
    sign,
)

NETWORK = "net-valais"
BATCH_KEY = os.urandom(32)
KEYS = {"ws-sion": Ed25519PrivateKey.generate(), "ws-monthey": Ed25519PrivateKey.generate()}
ROSTER = {name: key.public_key() for name, key in KEYS.items()}


def header(workstation: str = "ws-sion", sequence: int = 1) -> BatchHeader:
    return BatchHeader(network=NETWORK, workstation=workstation, sequence=sequence,
                       previous_hash="", schema="0002", count=3)


def make(body: bytes, workstation: str = "ws-sion", sequence: int = 1) -> bytes:
    return seal(header(workstation, sequence), body, BATCH_KEY, KEYS[workstation])


def opened(data: bytes, key: bytes = BATCH_KEY) -> tuple[BatchHeader, bytes]:
    return open_batch(data, key, NETWORK, ROSTER.get)


def code_of(data: bytes, key: bytes = BATCH_KEY) -> str:
    with pytest.raises(BatchError) as info:
        opened(data, key)
    return info.value.code


@pytest.mark.parametrize("size", [0, 1, CHUNK_SIZE - 1, CHUNK_SIZE, 3 * CHUNK_SIZE + 5])
def test_round_trip(size: int) -> None:
    text = "Zurbriggen Jürg 756.9217.0769.85 ".encode()
    body = (text * (size // len(text) + 1))[:size]
    data = make(body)
    got_header, got_body = opened(data)
    assert got_body == body
    assert got_header.workstation == "ws-sion" and got_header.count == 3
    assert got_header.chunks == max(1, -(-size // CHUNK_SIZE))
    assert b"Zurbriggen" not in data and b"756.9217" not in data  # nothing in the clear
    assert read_header(data)[0] == got_header


def test_truncated_anywhere_is_refused() -> None:
    data = make(os.urandom(2 * CHUNK_SIZE + 100))
    for cut in (3, 20, 60, 200, CHUNK_SIZE, len(data) - SIGNATURE_SIZE, len(data) - 1):
        assert code_of(data[:cut]) in {"batch.truncated", "batch.not_a_batch"}, cut


def test_appended_bytes_are_refused() -> None:
    assert code_of(make(b"payload") + b"\x00") == "batch.tampered"


@settings(max_examples=60, deadline=None)
@given(st.data())
def test_any_flipped_bit_is_refused(data) -> None:  # type: ignore[no-untyped-def]
    raw = bytearray(make(b"change journal rows " * 50))
    position = data.draw(st.integers(0, len(raw) - 1))
    raw[position] ^= 1 << data.draw(st.integers(0, 7))
    with pytest.raises(BatchError):
        opened(bytes(raw))


def test_header_swapped_from_another_batch_is_refused() -> None:
    first, second = make(b"first", sequence=1), make(b"second", sequence=2)
    _, start_first = read_header(first)
    _, start_second = read_header(second)
    swapped = first[:start_first] + second[start_second:]
    assert code_of(swapped) in {"batch.bad_signature", "batch.tampered", "batch.truncated"}


def test_signed_by_another_workstation_is_refused() -> None:
    data = make(b"payload")
    forged = data[:-SIGNATURE_SIZE] + sign(data[:-SIGNATURE_SIZE], KEYS["ws-monthey"])
    assert code_of(forged) == "batch.bad_signature"


def test_unknown_signer_and_foreign_network() -> None:
    stranger = Ed25519PrivateKey.generate()
    data = seal(header("ws-unknown"), b"x", BATCH_KEY, stranger)
    assert code_of(data) == "batch.unknown_signer"
    foreign = seal(BatchHeader("other-net", "ws-sion", 1, "", "0002", 1), b"x", BATCH_KEY, KEYS["ws-sion"])
    assert code_of(foreign) == "batch.foreign_network"


def test_wrong_batch_key_is_refused() -> None:
    assert code_of(make(b"payload"), key=os.urandom(32)) == "batch.tampered"


def test_reordered_or_dropped_chunks_fail_even_when_re_signed() -> None:
    """An insider with a signing key still cannot reorder or cut the encrypted body."""
    data = make(os.urandom(3 * CHUNK_SIZE))
    head, offset = read_header(data)
    chunks, position = [], offset
    for _ in range(head.chunks):
        (size,) = struct.unpack(">I", data[position:position + 4])
        chunks.append(data[position:position + 4 + size])
        position += 4 + size
    start = data[:offset]
    reordered = start + chunks[1] + chunks[0] + chunks[2]
    assert code_of(reordered + sign(reordered, KEYS["ws-sion"])) == "batch.tampered"
    dropped = start + chunks[0] + chunks[1] + chunks[2][:0]
    # the header still says 3 chunks: structurally short
    assert code_of(dropped + sign(dropped, KEYS["ws-sion"])) in {"batch.truncated", "batch.tampered"}


def test_foreign_files_are_not_batches() -> None:
    for junk in (b"", b"hello", b"%PDF-1.7 ...", os.urandom(500), b"CIIBATCH\x01" + b"\xff" * 10):
        assert code_of(junk) in {"batch.not_a_batch", "batch.truncated", "batch.unsupported_format"}


def test_batch_hash_identifies_the_file() -> None:
    data = make(b"x")
    assert batch_hash(data) == batch_hash(bytes(data)) != batch_hash(make(b"x"))


def _seal_format_1(head: BatchHeader, body: bytes) -> bytes:
    """A batch as the app wrote them before format 2: epoch key, random nonce prefix, raw signature."""
    import hashlib
    from dataclasses import asdict

    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    prefix = os.urandom(7)
    pieces = [body[i:i + CHUNK_SIZE] for i in range(0, len(body), CHUNK_SIZE)] or [b""]
    raw = BatchHeader(**{**asdict(head), "chunks": len(pieces), "nonce_prefix": prefix.hex(),
                         "format": 1}).to_bytes()
    raw = raw.replace(b',"salt":""', b"")  # format 1 headers had no salt
    start = b"CIIBATCH\x01" + struct.pack(">I", len(raw)) + raw
    aad = hashlib.sha256(start).digest()
    out = [start]
    for index, piece in enumerate(pieces):
        sealed = AESGCM(BATCH_KEY).encrypt(prefix + struct.pack(">IB", index, index == len(pieces) - 1),
                                           piece, aad)
        out.append(struct.pack(">I", len(sealed)) + sealed)
    unsigned = b"".join(out)
    return unsigned + KEYS["ws-sion"].sign(unsigned)


def test_format_1_batches_are_still_read() -> None:
    body = os.urandom(2 * CHUNK_SIZE + 3)
    data = _seal_format_1(header(), body)
    got_header, got_body = opened(data)
    assert got_header.format == 1 and got_body == body
    flipped = bytearray(data)
    flipped[-200] ^= 1
    assert code_of(bytes(flipped)) == "batch.bad_signature"


def test_each_batch_has_its_own_key_and_a_file_is_read_in_blocks(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from cii_desktop.sync.batch_format import file_hash, open_file

    first, second = make(b"same body"), make(b"same body")
    h1, h2 = read_header(first)[0], read_header(second)[0]
    assert h1.format == 2 and len(h1.salt) == 64 and h1.salt != h2.salt and h1.nonce_prefix == ""
    body = os.urandom(3 * CHUNK_SIZE)
    path = tmp_path / "00000001.ciibatch"
    path.write_bytes(make(body))
    got_header, got_body, identity = open_file(path, BATCH_KEY, NETWORK, ROSTER.get)
    assert bytes(got_body) == body and identity == batch_hash(path.read_bytes()) == file_hash(path)


def test_body_with_files_round_trip_and_a_damaged_file_is_refused() -> None:
    import hashlib

    from cii_desktop.sync.codec import decode_body, encode_body

    blob = os.urandom(100_000)
    digest = hashlib.sha256(blob).hexdigest()
    raw = encode_body({"author": "A"}, [["attachment", "1", "content", '{"$blob": "x"}', "h", None]],
                      {digest: blob})
    meta, changes, blobs = decode_body(raw)
    assert meta == {"author": "A"} and len(changes) == 1 and blobs == {digest: blob}
    damaged = bytearray(raw)
    damaged[-5] ^= 1
    with pytest.raises(ValueError):
        decode_body(damaged)
    with pytest.raises(ValueError):
        decode_body(raw[:-10])
