"""The forms' wording writes persons one way in each language: French with slashes (conseiller/ère,
répondant/e), German with "/in" (Personalberater/in, Regionale/r Koordinator/in) or a neutral noun
(Person, Fachperson, Ansprechperson, Mitglied) — never a masculine-only noun, a feminine-first pair, a
participle noun (Teilnehmende), a gender star, colon or capital I, nor "ß" (Swiss spelling)."""

from __future__ import annotations

import re

import pytest

from cii_desktop.documents.hyphenation import _pairs
from cii_desktop.documents.labels import TEXTS
from cii_desktop.domain import reference
from cii_desktop.domain.rule_tables import load

TABLES = ("evaluation_grid", "generated_texts", "handlings", "outcomes", "referral", "target_publics", "forms")


def wordings() -> list[tuple[str, str, str]]:
    """(where, French, German) of every wording a form can print."""
    out = [(f"labels:{key}", fr, de) for key, (fr, de) in TEXTS.items()]
    for name in TABLES:
        found: list[tuple[str, str]] = []
        _pairs(load(name), found)
        out += [(name, fr, de) for fr, de in found]
    out += [(f"reference:{e.code}", e.label.fr, e.label.de) for e in reference.ROLES + reference.INSTITUTIONS]
    return out


GERMAN_PERSONS = r"(?:Personalberater|Sozialarbeiter|Berater|Mitarbeiter|Koordinator|Teilnehmer|Vertreter|" \
                 r"Empfänger|Benutzer|Leiter|Betreuer|Bezüger)"
GERMAN_WRONG = {
    "masculine only": re.compile(r"\b\w*" + GERMAN_PERSONS + r"(?!/in|/innen|in\b|innen\b)(?:n|s)?\b"),
    "feminine-first pair": re.compile(r"\b\w+in/\w+"),
    "participle noun": re.compile(r"\b(?:Teilnehmende|Anwesende|Mitarbeitende|Stellensuchende|Beziehende)\b"
                                  r"(?! Person| Teilnehmer)"),
    "star, colon, underscore or capital I": re.compile(r"\w[*:_]innen\b|\w[*:_]in\b|[a-zäöü]Innen?\b"),
    "ß": re.compile("ß"),
    "Arzt alone": re.compile(r"\bArzt\b(?!/Ärztin)"),
}
FRENCH_PERSONS = re.compile(r"\b(?:professionnels?|conseillers?|assistants?|répondants?|coordinateurs?|"
                            r"participants?|collaborateurs?|chargés?|demandeurs?|annonçants?|excusés?)\b(?!/)",
                            re.IGNORECASE)


@pytest.mark.parametrize("rule", sorted(GERMAN_WRONG))
def test_german_wording_writes_persons_one_way(rule: str) -> None:
    wrong = [(where, de) for where, _fr, de in wordings() if GERMAN_WRONG[rule].search(de)]
    assert not wrong, wrong


def test_french_wording_writes_persons_with_slashes() -> None:
    seed_quotes = ("target_publics",)  # the annex's own words, quoted as the seed gives them
    wrong = [(where, fr) for where, fr, _de in wordings()
             if where not in seed_quotes and FRENCH_PERSONS.search(fr)]
    assert not wrong, wrong
