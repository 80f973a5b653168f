"""The audit trail's own stream to the data-protection officer (OPDo/DSV art. 4: kept apart).

Each workstation publishes the entries of its trail, in segments, under
``<share>/<network>/audit/<workstation>/<first>-<last>.ciiaudit``. A segment is compressed, encrypted
with a random key (AES-256-GCM) that is sealed to each data-protection officer's workstation
(X25519, HKDF-SHA256), and signed by the sending workstation (Ed25519): only the officer reads it,
anyone can tell it was altered. The officer's workstation checks each sender's hash chain across
segments, so a dropped, reordered or edited entry is reported, not silently kept.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
import os
import re
import zlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from sqlcipher3 import dbapi2 as sqlcipher

from ..storage import audit
from . import share
from .key_epochs import kex_public_hex
from .roster import public_hex, public_key

FORMAT = "cii-desktop-audit-1"
SUFFIX = ".ciiaudit"
SEGMENT = 5000  # entries per file at most
MAX_FILE = 64 * 1024 * 1024  # refused unread beyond this
EXPORTED = "audit.exported_through"
_NAME = re.compile(r"^(\d{10})-(\d{10})\.ciiaudit$")
_ROW = (*audit.COLUMNS, "prev_hash", "entry_hash")


class StreamError(ValueError):
    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


def folder(network_dir: Path, workstation: str) -> Path:
    return network_dir / "audit" / workstation


def _wrap(shared: bytes, network: str, sender: str, recipient: str, first: int) -> bytes:
    info = f"cii-desktop audit|{network}|{sender}|{recipient}|{first}".encode()
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=info).derive(shared)


def seal(network: str, sender: str, rows: Sequence[Sequence[object]], signing_key: Ed25519PrivateKey,
         recipients: dict[str, str]) -> bytes:
    """One segment: ``rows`` (audit columns + prev_hash + entry_hash) for ``recipients`` (id -> X25519 hex)."""
    first, last = int(str(rows[0][0])), int(str(rows[-1][0]))
    content_key, nonce = os.urandom(32), os.urandom(12)
    keys = {}
    for recipient, kex_hex in sorted(recipients.items()):
        ephemeral = X25519PrivateKey.generate()
        shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(bytes.fromhex(kex_hex)))
        wrap_nonce = os.urandom(12)
        sealed = AESGCM(_wrap(shared, network, sender, recipient, first)).encrypt(wrap_nonce, content_key, None)
        keys[recipient] = {"ephemeral": kex_public_hex(ephemeral), "nonce": wrap_nonce.hex(), "key": sealed.hex()}
    header = json.dumps({"format": FORMAT, "network": network, "workstation": sender, "first": first,
                         "last": last, "count": len(rows), "nonce": nonce.hex(), "keys": keys},
                        sort_keys=True, separators=(",", ":")).encode("utf-8")
    body = zlib.compress(json.dumps([["" if v is None else str(v) for v in row] for row in rows],
                                    ensure_ascii=False).encode("utf-8"))
    cipher = AESGCM(content_key).encrypt(nonce, body, header)
    digest = hashlib.sha256(header + b"\n" + cipher).digest()
    return json.dumps({"header": base64.b64encode(header).decode("ascii"),
                       "body": base64.b64encode(cipher).decode("ascii"),
                       "signature": signing_key.sign(digest).hex()}).encode("utf-8")


def _verified(data: bytes, signer_hex: str) -> tuple[dict[str, Any], bytes, bytes]:
    """(header, its raw bytes, ciphertext) of a segment whose signature ``signer_hex`` made."""
    try:
        outer = json.loads(data.decode("utf-8"))
        header_raw = base64.b64decode(outer["header"], validate=True)
        cipher = base64.b64decode(outer["body"], validate=True)
        signature = bytes.fromhex(outer["signature"])
        header = json.loads(header_raw.decode("utf-8"))
    except (ValueError, KeyError, TypeError, UnicodeDecodeError):
        raise StreamError("audit_stream.invalid") from None
    try:
        public_key(signer_hex).verify(signature, hashlib.sha256(header_raw + b"\n" + cipher).digest())
    except (InvalidSignature, ValueError):
        raise StreamError("audit_stream.bad_signature") from None
    if not isinstance(header, dict):
        raise StreamError("audit_stream.invalid")
    return header, header_raw, cipher


def open_segment(data: bytes, network: str, signer_hex: str, me: str,
                 kex_key: X25519PrivateKey) -> tuple[dict[str, object], list[list[str]]]:
    """(header, rows) of a segment signed by ``signer_hex``; StreamError with a code otherwise."""
    header, header_raw, cipher = _verified(data, signer_hex)
    if header.get("format") != FORMAT or header.get("network") != network:
        raise StreamError("audit_stream.foreign")
    entry = header.get("keys", {}).get(me)
    if entry is None:
        raise StreamError("audit_stream.not_for_me")
    try:
        shared = kex_key.exchange(X25519PublicKey.from_public_bytes(bytes.fromhex(entry["ephemeral"])))
        content_key = AESGCM(_wrap(shared, network, str(header["workstation"]), me, int(header["first"]))).decrypt(
            bytes.fromhex(entry["nonce"]), bytes.fromhex(entry["key"]), None)
        body = AESGCM(content_key).decrypt(bytes.fromhex(header["nonce"]), cipher, header_raw)
        rows = json.loads(zlib.decompress(body).decode("utf-8"))
    except (InvalidTag, ValueError, KeyError, TypeError, zlib.error, UnicodeDecodeError):
        raise StreamError("audit_stream.invalid") from None
    if len(rows) != int(header["count"]) or any(len(r) != len(_ROW) for r in rows):
        raise StreamError("audit_stream.invalid")
    return header, rows


def export(conn: sqlcipher.Connection, network_dir: Path, network: str, workstation: str,
           signing_key: Ed25519PrivateKey, recipients: dict[str, str]) -> int:
    """Publish this workstation's entries not yet sent; returns how many. Without an officer, none."""
    if not recipients:
        return 0
    row = conn.execute("SELECT value FROM local_setting WHERE key = ?", (EXPORTED,)).fetchone()
    done = int(row[0]) if row else 0
    sent = 0
    while True:
        rows = conn.execute(f"SELECT {', '.join(_ROW)} FROM audit_entry WHERE seq > ? ORDER BY seq LIMIT ?",
                            (done, SEGMENT)).fetchall()
        if not rows:
            return sent
        first, last = int(rows[0][0]), int(rows[-1][0])
        name = f"{first:010d}-{last:010d}{SUFFIX}"
        _publish(folder(network_dir, workstation), name, seal(network, workstation, rows, signing_key, recipients),
                 signing_key)
        conn.execute("INSERT OR REPLACE INTO local_setting (key, value) VALUES (?, ?)", (EXPORTED, str(last)))
        conn.commit()
        done, sent = last, sent + len(rows)


def _publish(target: Path, name: str, data: bytes, signing_key: Ed25519PrivateKey) -> None:
    """Write a segment; a file already under its name stays if it is ours (an earlier run stopped
    before remembering it), and is moved aside if anyone else put it there."""
    try:
        share.write_new(target, name, data)
        return
    except share.AlreadyExists:
        pass
    try:
        _verified(share.read(target / name), public_hex(signing_key))
        return
    except StreamError:
        os.replace(target / name, target / f".planted-{os.urandom(4).hex()}-{name}")
    share.write_new(target, name, data)


@dataclass
class Received:
    entries: int = 0
    problems: list[tuple[str, str, str]] = field(default_factory=list)  # (workstation, file, code)


def _segments(path: Path) -> list[tuple[int, int, Path]]:
    try:
        names = list(path.iterdir())
    except FileNotFoundError:
        return []
    found = []
    for item in names:
        match = _NAME.match(item.name)
        if match and item.is_file():
            found.append((int(match.group(1)), int(match.group(2)), item))
    return sorted(found)


def receive(conn: sqlcipher.Connection, network_dir: Path, network: str, me: str, kex_key: X25519PrivateKey,
            signers: dict[str, str]) -> Received:
    """On the officer's workstation: every sender's new segments, verified and chained, kept apart."""
    result = Received()
    root = network_dir / "audit"
    try:
        senders = sorted(p.name for p in root.iterdir() if p.is_dir())
    except FileNotFoundError:
        return result
    for sender in senders:
        if sender == me:
            continue
        signer = signers.get(sender)
        if signer is None:
            result.problems.append((sender, "", "audit_stream.unknown_sender"))
            continue
        last = conn.execute("SELECT seq, entry_hash FROM audit_received WHERE source = ? ORDER BY seq DESC LIMIT 1",
                            (sender,)).fetchone()
        held, tail = (int(last[0]), str(last[1])) if last else (0, "")
        for first, end, path in _segments(folder(network_dir, sender)):
            if end <= held:
                continue
            try:
                if path.stat().st_size > MAX_FILE:
                    raise StreamError("audit_stream.too_large")
                header, rows = open_segment(share.read(path), network, signer, me, kex_key)
                if header["workstation"] != sender or int(str(header["first"])) != first:
                    raise StreamError("audit_stream.misplaced")
                rows = [r for r in rows if int(r[0]) > held]
                tail = _check_chain(rows, tail, held)
            except (StreamError, share.ShareError) as exc:
                result.problems.append((sender, path.name, str(getattr(exc, "code", "audit_stream.invalid"))))
                break  # later segments wait: the chain must be whole
            now = dt.datetime.now(dt.timezone.utc).replace(tzinfo=None).strftime("%Y-%m-%d %H:%M:%S.%f")
            conn.executemany(f"INSERT OR IGNORE INTO audit_received (source, {', '.join(_ROW)}, received_at) "
                             f"VALUES (?, {', '.join('?' * len(_ROW))}, ?)",
                             [(sender, *[None if v == "" and i in (6, 7) else v for i, v in enumerate(r)], now)
                              for r in rows])
            conn.commit()
            held = int(rows[-1][0]) if rows else held
            result.entries += len(rows)
    return result


def _check_chain(rows: list[list[str]], tail: str, held: int) -> str:
    """Each entry's hash and its link to the one before (the first one received starts the chain)."""
    for row in rows:
        seq = int(row[0])
        if held and (seq != held + 1 or row[-2] != tail):
            raise StreamError("audit_stream.broken_chain")
        if audit.entry_hash(row[-2], row[:-2]) != row[-1]:
            raise StreamError("audit_stream.altered")
        tail, held = row[-1], seq
    return tail
