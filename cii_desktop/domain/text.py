"""Text rules: what typed or synced text may hold (no control characters, no bidirectional
overrides, bounded lengths), safe file names and terminal output made from it, and text folding
for search (case- and accent-insensitive, with German umlaut spellings, ü = ue)."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Mapping
from functools import lru_cache

from .errors import FieldError, ValidationFailed

# Bounds (local practice, to validate): a name fits a form's line; a free text (minutes, notes)
# may run to some twenty printed pages, and prints whatever its length (issue 16).
NAME_MAX = 100
LINE_MAX = 200
TEXT_MAX = 50_000

# Bidirectional embeddings, overrides, isolates and marks: they reorder what is shown
# ("U+202E" makes "fdp.exe" read "exe.pdf") and have no place in a name or a note.
_BIDI = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
_LINE_BREAKS = frozenset("\n\r\t")


def _forbidden(ch: str, multiline: bool) -> bool:
    if ch in _BIDI:
        return True
    if multiline and ch in _LINE_BREAKS:
        return False
    category = unicodedata.category(ch)
    return category == "Cc" or ch in ("\u2028", "\u2029")


def text_problem(value: str | None, max_len: int = LINE_MAX, multiline: bool = False) -> str | None:
    """The error code of a typed text, or None: ``text.control`` (NUL, ESC, a bidirectional
    override...; line breaks only in a multi-line text) or ``text.too_long``."""
    if not value:
        return None
    if len(value) > max_len:
        return "text.too_long"
    if any(_forbidden(ch, multiline) for ch in value if not ch.isprintable() or ch in _BIDI):
        return "text.control"
    return None


def without_forbidden(value: str, multiline: bool = False) -> str:
    """``value`` less the characters :func:`text_problem` refuses (what a typing field keeps of a
    paste holding an ESC or a direction override)."""
    return "".join(ch for ch in value if ch.isprintable() and ch not in _BIDI or not _forbidden(ch, multiline))


def check_texts(values: Mapping[str, str | None], max_len: int = LINE_MAX,
                multiline: bool = False) -> list[FieldError]:
    """One FieldError per field whose text breaks :func:`text_problem`'s rules."""
    errors = []
    for name, value in values.items():
        code = text_problem(value, max_len, multiline)
        if code:
            errors.append(FieldError(name, code))
    return errors


def ensure_texts(values: Mapping[str, str | None], max_len: int = TEXT_MAX,
                 multiline: bool = True) -> None:
    """Raise ValidationFailed (nothing written) when a typed text breaks the rules."""
    errors = check_texts(values, max_len, multiline)
    if errors:
        raise ValidationFailed(errors)


_UNSAFE_FILE = re.compile(r'[\\/:*?"<>|\x00-\x1f\x7f]+')


def safe_file_name(text: str, fallback: str = "document", max_len: int = 120) -> str:
    """A file name made from synced or typed fields that stays in its folder: no separator, no
    "..", no control or bidirectional character, no leading dot, bounded length."""
    cleaned = "".join(ch for ch in text if ch not in _BIDI and unicodedata.category(ch) != "Cc")
    cleaned = _UNSAFE_FILE.sub("_", cleaned).strip(" .")
    cleaned = re.sub(r"\.{2,}", ".", cleaned)
    if len(cleaned) > max_len:
        stem, dot, ext = cleaned.rpartition(".")
        cleaned = (stem[: max_len - len(ext) - 1] + dot + ext) if dot and len(ext) <= 8 else cleaned[:max_len]
    return cleaned or fallback


def printable(text: str) -> str:
    """Text for a terminal: control and bidirectional characters shown as escapes (\\x1b,
    \\u202e), never sent raw; line breaks and tabs too, so one record stays on one line."""
    if text.isprintable() and not any(ch in _BIDI for ch in text):
        return text
    out = []
    for ch in text:
        if ch in _BIDI or not ch.isprintable():
            out.append(ch.encode("unicode_escape").decode("ascii"))
        else:
            out.append(ch)
    return "".join(out)

_GERMAN = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})
_UMLAUTS = frozenset("äöüß")
_TOKEN = re.compile(r"\w+", re.UNICODE)


def strip_accents(text: str) -> str:
    """'François Müller' -> 'francois muller'."""
    if text.isascii():
        return text.casefold()
    return unicodedata.normalize("NFKD", text.casefold()).translate(_MARKS)


class _CombiningMarks(dict[int, int | None]):
    """A ``str.translate`` table dropping combining marks, filled as characters are met (one C call
    per character instead of a Python loop: the search index folds every synced name; issue 12)."""

    def __missing__(self, code: int) -> int | None:
        kept = None if unicodedata.combining(chr(code)) else code
        self[code] = kept
        return kept


_MARKS = _CombiningMarks()


def search_document(*parts: str | None) -> str:
    """Text to index: the folded words plus their German transliteration where it differs."""
    text = " ".join(p for p in parts if p)
    folded = text.casefold()
    lowered = folded.replace("ß", "ss") if "ß" in text else folded
    base = strip_accents(lowered)
    lower = text.lower()
    extra: list[str] = []
    if lower != folded or not _UMLAUTS.isdisjoint(lower):  # otherwise the German spelling is ``base``
        german = strip_accents(lower.translate(_GERMAN))
        known = set(_TOKEN.findall(base))
        extra = [w for w in _TOKEN.findall(german) if w not in known]
    digits = "".join(filter(str.isdigit, text))  # one C call per character (the sync indexes every name)
    return " ".join([base, *extra, digits if len(digits) == 13 else ""]).strip()


_AVS_GROUPS = ((0, 3), (3, 7), (7, 11), (11, 13))


def _avs_words(word: str) -> list[str]:
    """An AVS number typed without dots ("7569217076985", or its start) as the indexed groups
    756 / 9217 / 0769 / 85 of its dotted form."""
    if len(word) < 4 or not word.startswith("756") or not (word.isascii() and word.isdigit()) or len(word) > 13:
        return [word]
    return [word[a:b] for a, b in _AVS_GROUPS if word[a:b]]


def _office_words() -> dict[str, str]:
    """Folded office names in both languages (Sion, Sitten, Siders…) -> their reference prefix."""
    from .reference import OFFICES

    names: dict[str, str] = {}
    for entry in OFFICES:
        labels = [entry.label.fr, entry.label.de]
        if entry.short is not None:
            labels += [entry.short.fr, entry.short.de]
        for label in labels:
            for word in _TOKEN.findall(strip_accents(label)):
                if len(word) >= 4 and entry.prefix:
                    names.setdefault(word, entry.prefix.casefold())
    return names


def search_query(text: str) -> str | None:
    """FTS5 query for what a person typed: every word is a prefix, all must match. An AVS
    number matches with or without its dots; an office name in French or German ("Sitten")
    also matches the cases of that office (their reference starts with its prefix, "SIO")."""
    words = [part for w in _TOKEN.findall(strip_accents(text.replace("ß", "ss"))) for part in _avs_words(w)]
    if not words:
        return None
    offices = _office_words() if any(len(w) >= 3 and not w.isdigit() for w in words) else {}
    terms = []
    for w in words:
        prefixes = sorted({p for name, p in offices.items() if len(w) >= 3 and name.startswith(w)})
        term = f'"{w}"*'
        alternatives = [term, *('"' + p + '"' for p in prefixes)]
        terms.append("(" + " OR ".join(alternatives) + ")" if prefixes else term)
    return (" AND " if any(t.startswith("(") for t in terms) else " ").join(terms)


@lru_cache(maxsize=2048)  # the search triggers ask twice per row written (its key, its index entry)
def search_rowid(row_id: str) -> int:
    """Stable 63-bit integer of a row's key: its full-text rowid (implicit rowids change on VACUUM)."""
    digest = hashlib.blake2b(row_id.encode("utf-8"), digest_size=8).digest()
    return int.from_bytes(digest, "big") >> 1


_EPOCH = 693596  # date(1900, 1, 1).toordinal()


@lru_cache(maxsize=2048)
def case_search_key(opened_on_iso: str, row_id: str) -> int:
    """A case's full-text rowid: opening day in the high bits, a hash of its key below.

    Descending rowids are then "newest first", the list's default order, so a search reads the
    index in that order and stops at the page's end however many cases match.
    """
    import datetime as dt

    day = dt.date.fromisoformat(opened_on_iso[:10]).toordinal() - _EPOCH
    return (max(0, min(day, (1 << 19) - 1)) << 43) | (search_rowid(row_id) >> 20)
