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
    forged = data[:-SIGNATURE_SIZE] + KEYS["ws-monthey"].sign(data[:-SIGNATURE_SIZE])
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
    assert code_of(reordered + KEYS["ws-sion"].sign(reordered)) == "batch.tampered"
    dropped = start + chunks[0] + chunks[1] + chunks[2][:0]
    # the header still says 3 chunks: structurally short
    assert code_of(dropped + KEYS["ws-sion"].sign(dropped)) in {"batch.truncated", "batch.tampered"}


def test_foreign_files_are_not_batches() -> None:
    for junk in (b"", b"hello", b"%PDF-1.7 ...", os.urandom(500), b"CIIBATCH\x01" + b"\xff" * 10):
        assert code_of(junk) in {"batch.not_a_batch", "batch.truncated", "batch.unsupported_format"}


def test_batch_hash_identifies_the_file() -> None:
    data = make(b"x")
    assert batch_hash(data) == batch_hash(bytes(data)) != batch_hash(make(b"x"))
