"""Search folding and the person validation rules."""

import datetime as dt

from cii_desktop.domain.person import PersonInput, validate_person
from cii_desktop.domain.text import search_document, search_query, strip_accents

TODAY = dt.date(2026, 11, 23)


def test_folding_removes_case_and_accents() -> None:
    assert strip_accents("François DÉLÈZE") == "francois deleze"


def test_document_has_german_spellings() -> None:
    doc = search_document("Müller", "Jürg", "Strauß")
    for word in ("muller", "mueller", "jurg", "juerg", "strauss"):
        assert word in doc.split()


def test_query_is_prefix_and_of_words() -> None:
    assert search_query("Fran Müll") == '"fran"* "mull"*'
    assert search_query("  -- ") is None
    assert search_query('a"b') == '"a"* "b"*'


def test_valid_person_is_normalised() -> None:
    clean, errors = validate_person(PersonInput(first_name="  Léa ", last_name="Rey",
                                                birth_date=dt.date(1990, 5, 1),
                                                avs_number="7569217076985"), TODAY)
    assert errors == []
    assert clean.first_name == "Léa"
    assert clean.avs_number == "756.9217.0769.85"


def test_every_broken_rule_is_reported() -> None:
    _, errors = validate_person(PersonInput(first_name="", last_name="Rey",
                                            birth_date=dt.date(2030, 1, 1),
                                            avs_number="756.9217.0769.84", email="x@",
                                            language="it"), TODAY)
    assert {(e.field, e.code) for e in errors} == {
        ("first_name", "required"), ("birth_date", "date.birth_future"),
        ("avs_number", "avs.check_digit"), ("email", "email.invalid"),
        ("language", "language.invalid")}
