"""Hyphenation of the printed forms, each word in its own language.

A French print hyphenates in French, a German print in Swiss German. A bilingual print holds both
languages side by side ("Financement / Kostenträger"), so each word is hyphenated in its own language:
a word known only from the French wordings (labels, rule tables, reference lists) at French syllables,
a word known only from the German ones at German syllables, and any other word (typed text, names,
words both languages share) only where the French and the German rules agree — a break valid in
whichever language the word is.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import cache
from typing import Any

from ..domain import reference
from ..domain.rule_tables import load
from .labels import TEXTS

TABLES = ("evaluation_grid", "generated_texts", "handlings", "outcomes", "referral", "target_publics")
_WORD = re.compile(r"[^\W\d_]+")


def _words(value: str) -> set[str]:
    return {w.lower() for w in _WORD.findall(value)}


def _pairs(node: Any, out: list[tuple[str, str]]) -> None:
    """Every French/German pair of a rule table (keys ``fr``/``de`` or ``<name>_fr``/``<name>_de``)."""
    if isinstance(node, dict):
        for key, value in node.items():
            if isinstance(value, str) and key.endswith("fr"):
                twin = node.get(key[:-2] + "de")
                if isinstance(twin, str):
                    out.append((value, twin))
            else:
                _pairs(value, out)
    elif isinstance(node, list):
        for item in node:
            _pairs(item, out)


@cache
def vocabulary() -> tuple[frozenset[str], frozenset[str]]:
    """(words only the French wordings use, words only the German ones use)."""
    pairs: list[tuple[str, str]] = list(TEXTS.values())
    for name in TABLES:
        _pairs(load(name), pairs)
    for entries in (reference.INSTITUTIONS, reference.OFFICES, reference.ROLES, reference.CASE_STATUSES,
                    reference.LANGUAGES, reference.CASE_INSTITUTION_ROLES):
        for entry in entries:
            pairs += [(entry.label.fr, entry.label.de)] + ([(entry.short.fr, entry.short.de)] if entry.short else [])
    french, german = set[str](), set[str]()
    for fr, de in pairs:
        french |= _words(fr)
        german |= _words(de)
    return frozenset(french - german), frozenset(german - french)


@cache
def _dictionary(language: str) -> Any:
    import pyphen

    return pyphen.Pyphen(lang="fr" if language == "fr" else "de_CH")


def word_language(word: str) -> str:
    """``fr``, ``de`` or ``""`` (unknown, or both languages use it)."""
    french, german = vocabulary()
    lower = word.lower()
    return "fr" if lower in french else "de" if lower in german else ""


def breaks(word: str, language: str) -> list[int]:
    """Where ``word`` may break in ``language`` (a bilingual print: in the word's own language)."""
    if language == "bilingual":
        own = word_language(word)
        if own:
            return breaks(word, own)
        return sorted(set(breaks(word, "fr")) & set(breaks(word, "de")))
    return list(_dictionary(language).positions(word))


def _bilingual(word: str) -> Iterator[tuple[str, str]]:
    for position in reversed(breaks(word, "bilingual")):
        yield word[:position], word[position:]


def hyphenator(language: str) -> Callable[[str], Iterator[tuple[str, str]]] | str:
    """What reportlab's ``hyphenationLang`` takes for a print language."""
    try:
        import pyphen  # noqa: F401
    except ImportError:  # pragma: no cover - a dependency; without it words still wrap, as reportlab splits them
        return ""
    if language == "bilingual":
        return _bilingual
    dictionary = _dictionary(language)
    return dictionary.iterate  # type: ignore[no-any-return]
