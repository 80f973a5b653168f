"""Text folding for search: case- and accent-insensitive, with German umlaut spellings (ü = ue)."""

from __future__ import annotations

import hashlib
import re
import unicodedata

_GERMAN = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})
_TOKEN = re.compile(r"\w+", re.UNICODE)


def strip_accents(text: str) -> str:
    """'François Müller' -> 'francois muller'."""
    if text.isascii():
        return text.casefold()
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def search_document(*parts: str | None) -> str:
    """Text to index: the folded words plus their German transliteration where it differs."""
    text = " ".join(p for p in parts if p)
    lowered = text.casefold().replace("ß", "ss") if "ß" in text else text.casefold()
    base = strip_accents(lowered)
    german = strip_accents(text.lower().translate(_GERMAN))
    known = set(_TOKEN.findall(base))
    extra = [w for w in _TOKEN.findall(german) if w not in known]
    digits = "".join(ch for ch in text if ch.isdigit())
    return " ".join([base, *extra, digits if len(digits) == 13 else ""]).strip()


def search_query(text: str) -> str | None:
    """FTS5 query for what a person typed: every word is a prefix, all must match."""
    words = _TOKEN.findall(strip_accents(text.replace("ß", "ss")))
    if not words:
        return None
    return " ".join(f'"{w}"*' for w in words)


def search_rowid(row_id: str) -> int:
    """Stable 63-bit integer of a row's key: its full-text rowid (implicit rowids change on VACUUM)."""
    digest = hashlib.blake2b(row_id.encode("utf-8"), digest_size=8).digest()
    return int.from_bytes(digest, "big") >> 1


_EPOCH = 693596  # date(1900, 1, 1).toordinal()


def case_search_key(opened_on_iso: str, row_id: str) -> int:
    """A case's full-text rowid: opening day in the high bits, a hash of its key below.

    Descending rowids are then "newest first", the list's default order, so a search reads the
    index in that order and stops at the page's end however many cases match.
    """
    import datetime as dt

    day = dt.date.fromisoformat(opened_on_iso[:10]).toordinal() - _EPOCH
    return (max(0, min(day, (1 << 19) - 1)) << 43) | (search_rowid(row_id) >> 20)
