"""The search index's text: the shortcut taken when the German spelling adds nothing (issue 12's
import benchmark) gives exactly what the full computation gives."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from cii_desktop.domain.text import _GERMAN, _TOKEN, search_document, strip_accents


def _reference(*parts: str | None) -> str:
    """The computation without the shortcut (as it was written first)."""
    text = " ".join(p for p in parts if p)
    lowered = text.casefold().replace("ß", "ss") if "ß" in text else text.casefold()
    base = strip_accents(lowered)
    german = strip_accents(text.lower().translate(_GERMAN))
    known = set(_TOKEN.findall(base))
    extra = [w for w in _TOKEN.findall(german) if w not in known]
    digits = "".join(ch for ch in text if ch.isdigit())
    return " ".join([base, *extra, digits if len(digits) == 13 else ""]).strip()


_LETTERS = "abzAZéèêàçÉñøåæœäöüÄÖÜßẞſﬁςΣİIıǅ01239²١- .'\u0301\u00a0"


@settings(max_examples=400)
@given(st.lists(st.one_of(st.none(), st.text(alphabet=_LETTERS, max_size=14), st.text(max_size=8)), max_size=6))
def test_the_shortcut_gives_what_the_full_computation_gives(parts: list[str | None]) -> None:
    assert search_document(*parts) == _reference(*parts)


def test_names_of_both_languages() -> None:
    assert search_document("Délèze", "Hélène", "756.1234.5678.97") == "deleze helene 756.1234.5678.97 7561234567897"
    assert search_document("Müller", "Jürg") == "muller jurg mueller juerg"
    assert search_document("Strauß") == "strauss"
