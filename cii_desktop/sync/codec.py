"""What syncs and how: the shared tables, the consent gate per table, journal values to SQL values."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Boolean, Date, DateTime, Integer, LargeBinary

from ..storage.assessment_records import Contract, Review, TeamMember
from ..storage.journal import SKIPPED_FIELDS
from ..storage.lifecycle_records import ErasureOrder
from ..storage.models import (
    Attachment,
    Case,
    CaseInstitution,
    CaseStatusChange,
    JournalEntry,
    Person,
    Reminder,
    Synced,
    utcnow,
)
from ..storage.records import RECORD_MODELS, Interview, MeetingParticipant, NextStep, Signature

Blobs = dict[str, bytes]  # a batch's files by SHA-256

# A case's data may leave the workstation only with one of these (consent gate, issue "sync").
SHARING_BASES = ("consent", "legal_basis")


@dataclass(frozen=True)
class SharedTable:
    """A table whose rows travel in batches; ``gate`` finds the case that decides (SQL)."""

    name: str
    columns: dict[str, str]  # column name -> kind: text, int, bool, date, datetime, blob
    required: frozenset[str]
    gate: str  # SQL with one parameter (the row id), true when the row may be shared
    write_once: frozenset[str] = frozenset()  # fields never rewritten once the row exists
    sticky: dict[str, dict[str, int]] | None = None  # field -> rank of values: a higher rank is never undone


def _kind(column: Any) -> str:
    kinds = ((Boolean, "bool"), (DateTime, "datetime"), (Date, "date"), (LargeBinary, "blob"),
             (Integer, "int"))
    for sql_type, kind in kinds:
        if isinstance(column.type, sql_type):
            return kind
    return "text"


_SHARED_CASE = "c.deleted = 0 AND c.sharing_basis IN ('consent', 'legal_basis')"
SHARED_CASE_SQL = _SHARED_CASE  # sync.scope derives "the case of a row" from the gates without it
_CASE_CHILD = f"SELECT 1 FROM {{t}} x JOIN case_file c ON c.id = x.case_id WHERE x.id = ? AND {_SHARED_CASE}"
GATES: dict[type[Synced], str] = {
    Person: f"SELECT 1 FROM case_file c WHERE c.person_id = ? AND {_SHARED_CASE} LIMIT 1",
    Case: f"SELECT 1 FROM case_file c WHERE c.id = ? AND {_SHARED_CASE}",
    CaseStatusChange: _CASE_CHILD.format(t="case_status_change"),
    CaseInstitution: _CASE_CHILD.format(t="case_institution"),
    JournalEntry: _CASE_CHILD.format(t="journal_entry"),
    Attachment: _CASE_CHILD.format(t="attachment"),
    Reminder: _CASE_CHILD.format(t="reminder"),
    # Records of the referral path and documents all hang from a case, signatures from a document.
    **{m: _CASE_CHILD.format(t=m.__tablename__) for m in RECORD_MODELS
       if m not in (Signature, Interview, MeetingParticipant, NextStep)},
    **{m: (f"SELECT 1 FROM {m.__tablename__} x JOIN meeting m ON m.id = x.meeting_id "
           f"JOIN case_file c ON c.id = m.case_id WHERE x.id = ? AND {_SHARED_CASE}")
       for m in (MeetingParticipant, NextStep)},
    **{m: (f"SELECT 1 FROM {m.__tablename__} x JOIN handling h ON h.id = x.handling_id "
           f"JOIN case_file c ON c.id = h.case_id WHERE x.id = ? AND {_SHARED_CASE}")
       for m in (Interview, TeamMember)},
    Contract: _CASE_CHILD.format(t="contract"),
    Review: ("SELECT 1 FROM contract_review r JOIN contract k ON k.id = r.contract_id JOIN handling h "
             f"ON h.id = k.handling_id JOIN case_file c ON c.id = h.case_id WHERE r.id = ? AND {_SHARED_CASE}"),
    Signature: ("SELECT 1 FROM signature s JOIN document d ON d.id = s.document_id "
                f"JOIN case_file c ON c.id = d.case_id WHERE s.id = ? AND {_SHARED_CASE}"),
    # An erasure order travels even when the person's case never left this workstation (issue 14).
    ErasureOrder: "SELECT 1 FROM erasure_order WHERE id = ?",
}


# A signed document (or contract) stays signed whatever order the batches arrive in (paper outranks the pad).
STICKY: dict[str, dict[str, dict[str, int]]] = {
    "document": {"status": {"printed": 0, "signed_pad": 1, "signed_paper": 2}},
    "contract": {"state": {"draft": 0, "signed": 1, "superseded": 2}},
}


def _shared_table(model: type[Synced]) -> SharedTable:
    table = model.__table__
    columns = {c.name: _kind(c) for c in table.columns if c.name not in SKIPPED_FIELDS}
    required = frozenset(c.name for c in table.columns
                         if not c.nullable and c.name not in SKIPPED_FIELDS)
    return SharedTable(model.__tablename__, columns, required, GATES[model],
                       frozenset(getattr(model, "write_once", frozenset())), STICKY.get(model.__tablename__))


SHARED_TABLES: dict[str, SharedTable] = {m.__tablename__: _shared_table(m) for m in GATES}
# Reference tables are the same everywhere (seeded from domain.reference); the user profile is this
# workstation's own. Their changes never leave the workstation.
LOCAL_TABLES = frozenset({"institution", "office", "user_profile"})


def now_sql() -> str:
    """The current UTC time as SQLAlchemy stores a DateTime in SQLite."""
    return utcnow().isoformat(sep=" ", timespec="microseconds")


def _loads(encoded: str) -> Any:
    """``json.loads``, with a shortcut for the plain strings most fields hold: quoted, nothing escaped,
    no control character (what ``json.loads`` gives for them, without its parser; issue 12)."""
    if (len(encoded) > 1 and encoded[0] == '"' and encoded[-1] == '"' and encoded.count('"') == 2
            and "\\" not in encoded and encoded.isprintable()):
        return encoded[1:-1]
    if encoded in _LITERALS:
        return _LITERALS[encoded]
    return json.loads(encoded)


_LITERALS: dict[str, Any] = {"null": None, "true": True, "false": False}


def to_sql(kind: str, encoded: str | None, blobs: Blobs) -> Any:
    """The value SQLite stores (as SQLAlchemy writes it) for a journal value (storage.journal)."""
    if encoded is None:
        return None
    value = _loads(encoded)
    if value is None:
        return None
    if kind == "bool":
        return 1 if value else 0
    if kind == "datetime":
        return str(value).replace("T", " ")
    if kind == "blob":
        digest = value.get("$blob") if isinstance(value, dict) else None
        if digest not in blobs:
            raise KeyError("blob")
        return blobs[digest]
    return value


def blob_digest(encoded: str | None) -> str | None:
    """The hash named by a journal value of a file column, if it is one."""
    if not encoded or not encoded.startswith('{"$blob"'):
        return None
    value = json.loads(encoded)
    return str(value["$blob"]) if isinstance(value, dict) and "$blob" in value else None


# --- the body of a batch (plaintext, encrypted by batch_format) ---------------------------------
# Format 2: b"CIIBODY2", the length (4) of the compressed JSON {"meta", "changes"}, that JSON, then
# each file as its SHA-256 (32), its length (8) and its bytes, uncompressed (files travel raw, so
# a 50 MB attachment costs 50 MB, not a hex copy inside JSON). Format 1: compressed JSON with the
# files in hex under "blobs".
BODY_MAGIC = b"CIIBODY2"


def encode_body(meta: dict[str, Any], changes: list[list[Any]], blobs: dict[str, bytes]) -> bytes:
    import struct
    import zlib

    packed = zlib.compress(json.dumps({"meta": meta, "changes": changes}, separators=(",", ":"))
                           .encode("utf-8"), 6)
    parts = [BODY_MAGIC, struct.pack(">I", len(packed)), packed]
    for digest, blob in blobs.items():
        parts += [bytes.fromhex(digest), struct.pack(">Q", len(blob)), blob]
    return b"".join(parts)


def decode_body(raw: bytes | bytearray) -> tuple[dict[str, Any], list[Any], Blobs]:
    """Meta, changes and files of a body; ValueError (or KeyError, TypeError) when it is not one.

    The files are copied out of ``raw``, so that the caller can free the plaintext before SQLite
    takes its own copies of them."""
    import hashlib
    import struct
    import zlib

    if bytes(raw[:len(BODY_MAGIC)]) != BODY_MAGIC:  # format 1
        body = json.loads(zlib.decompress(raw).decode("utf-8"))
        files: Blobs = {str(d): bytes.fromhex(b) for d, b in body.get("blobs", {}).items()}
        return body["meta"], body["changes"], files
    view = memoryview(raw)
    position = len(BODY_MAGIC)
    (length,) = struct.unpack(">I", view[position:position + 4])
    position += 4
    try:
        body = json.loads(zlib.decompress(view[position:position + length]).decode("utf-8"))
    except zlib.error as exc:
        raise ValueError("body") from exc
    position += length
    blobs: Blobs = {}
    while position < len(view):
        if position + 40 > len(view):
            raise ValueError("body")
        digest = view[position:position + 32].hex()
        (size,) = struct.unpack(">Q", view[position + 32:position + 40])
        position += 40
        if position + size > len(view):
            raise ValueError("body")
        blob = bytes(view[position:position + size])
        if hashlib.sha256(blob).hexdigest() != digest:
            raise ValueError("body")
        blobs[digest] = blob
        position += size
    return body["meta"], body["changes"], blobs
