"""Input that can't hurt: control characters, direction overrides, lengths, AVS digits, file
names made from synced fields, terminal output."""

from __future__ import annotations

import datetime as dt

import pytest

from cii_desktop.domain.avs import AvsError, normalize_avs
from cii_desktop.domain.person import PersonInput, validate_person
from cii_desktop.domain.text import (
    NAME_MAX,
    TEXT_MAX,
    check_texts,
    printable,
    safe_file_name,
    text_problem,
)

TODAY = dt.date(2026, 11, 23)


def person(**changes: object) -> PersonInput:
    data = PersonInput(first_name="Léa", last_name="Rey", birth_date=dt.date(1990, 5, 1))
    for name, value in changes.items():
        setattr(data, name, value)
    return data


@pytest.mark.parametrize("bad", ["Rey\x00", "Rey\x1b[31m", "Re\u202eyeR", "Rey\u2066x", "R\x7fey"])
def test_names_refuse_control_and_direction_characters(bad: str) -> None:
    _, errors = validate_person(person(last_name=bad), TODAY)
    assert [(e.field, e.code) for e in errors] == [("last_name", "text.control")]


def test_names_keep_accents_apostrophes_and_hyphens() -> None:
    clean, errors = validate_person(person(first_name="Zoë-Marie", last_name="d'Allèves Müller"), TODAY)
    assert errors == []
    assert clean.last_name == "d'Allèves Müller"


def test_name_length_is_bounded() -> None:
    _, errors = validate_person(person(first_name="x" * 20_000), TODAY)
    assert [(e.field, e.code) for e in errors] == [("first_name", "text.too_long")]
    _, errors = validate_person(person(first_name="x" * NAME_MAX), TODAY)
    assert errors == []


def test_address_refuses_escape() -> None:
    _, errors = validate_person(person(address="Rue\x1b]0;pwn\x07 1"), TODAY)
    assert [(e.field, e.code) for e in errors] == [("address", "text.control")]


def test_free_text_allows_line_breaks_but_not_nul() -> None:
    assert text_problem("ligne 1\nligne 2\ttab", TEXT_MAX, multiline=True) is None
    assert text_problem("ligne 1\nligne 2", TEXT_MAX) == "text.control"
    assert text_problem("a\x00b", TEXT_MAX, multiline=True) == "text.control"
    assert text_problem("a\u202eb", TEXT_MAX, multiline=True) == "text.control"
    assert text_problem("x" * (TEXT_MAX + 1), TEXT_MAX, multiline=True) == "text.too_long"
    errors = check_texts({"problems": "ok", "goal": "\x1b"}, TEXT_MAX, multiline=True)
    assert [(e.field, e.code) for e in errors] == [("goal", "text.control")]


@pytest.mark.parametrize("text", ["756.1234.5678.9\u0667", "756\u00b9234567897", "\u0667" * 13,
                                  "７５６９２１７０７６９８５"])
def test_avs_takes_only_ascii_digits(text: str) -> None:
    with pytest.raises(AvsError) as caught:
        normalize_avs(text)
    assert caught.value.code == "avs.not_digits"


def test_superscript_avs_is_a_field_error_not_a_crash() -> None:
    _, errors = validate_person(person(avs_number="756.9217.0769.8\u2075"), TODAY)
    assert [(e.field, e.code) for e in errors] == [("avs_number", "avs.not_digits")]


@pytest.mark.parametrize("name", ["../../X", "..\\..\\X", "/etc/passwd", "..", ".hidden", "a\x00b",
                                  "C:\\x", "x\u202egpj.exe", "\x1b[2J"])
def test_file_names_stay_in_their_folder(name: str, tmp_path) -> None:  # type: ignore[no-untyped-def]
    safe = safe_file_name(name + "-grid-v1.eml")
    assert "/" not in safe and "\\" not in safe and ".." not in safe
    assert not safe.startswith(".")
    assert all(ch.isprintable() for ch in safe) and "\u202e" not in safe
    assert (tmp_path / safe).resolve().parent == tmp_path.resolve()


def test_file_names_are_bounded_and_never_empty() -> None:
    assert safe_file_name("") == "document"
    assert safe_file_name(" . . ") == "document"
    long = safe_file_name("x" * 500 + ".pdf")
    assert len(long) <= 120 and long.endswith(".pdf")
    assert safe_file_name("VS-SION-2026-0001 Grille.pdf") == "VS-SION-2026-0001 Grille.pdf"


def test_terminal_output_never_carries_escapes() -> None:
    shown = printable("Rey\x1b[2J\u202eabc")
    assert "\x1b" not in shown and "\u202e" not in shown
    assert shown == "Rey\\x1b[2J\\u202eabc"
    assert printable("François Müller") == "François Müller"
