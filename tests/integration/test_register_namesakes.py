"""Register import, persons of the same name and birth date (a real encrypted database): the possible-duplicate
message says whether the known person has another AVS number or none; a row without AVS number that could be
either of two recorded persons is refused (never attached to a guess), in the database and within the file,
with its reason in FR and DE."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from cii_desktop.cli import translate
from cii_desktop.domain.avs import make_avs
from cii_desktop.domain.person import PersonInput
from cii_desktop.services import cases, register, register_xlsx
from cii_desktop.storage.models import Case, Person
from cii_desktop.storage.store import Store
from tests.integration.test_register import row
from tests.support.register import workbook
from tests.support.roles import as_bureau

TODAY = dt.date(2026, 11, 23)
AVS = make_avs("123456789")
ZUFFEREY = {"Nom": "Zufferey", "Prénom": "Anne", "Date de naissance": "01.02.1980"}
NO_AVS = {"fr": "déjà enregistrée sans numéro AVS", "de": "bereits ohne AHV-Nummer erfasst"}
OTHER_AVS = {"fr": "avec un autre numéro AVS", "de": "mit einer anderen AHV-Nummer"}
AMBIGUOUS = {"fr": "Ligne 2 – Nom : Plusieurs personnes de même nom et date de naissance sont enregistrées",
             "de": "Zeile 2 – Nom: Mehrere Personen mit gleichem Namen und Geburtsdatum sind erfasst"}


@pytest.fixture
def store(store: Store) -> Store:
    as_bureau(store)
    with store.unit_of_work() as uow:  # the folder holds Zufferey Anne 01.02.1980, without AVS number
        cases.create_person(uow, PersonInput(first_name="Anne", last_name="Zufferey", birth_date=dt.date(1980, 2, 1)))
    return store


def text(result: register.Result, language: str) -> str:
    return "\n".join(register_xlsx.report_lines(result, lambda code: translate(code, language), language))


def persons_and_cases(store: Store) -> tuple[int, int]:
    with store.reading() as session:
        return (session.scalar(select(func.count()).select_from(Person)) or 0,
                session.scalar(select(func.count()).select_from(Case)) or 0)


@pytest.mark.parametrize("language", ["fr", "de"])
def test_a_namesake_without_avs_is_said_to_have_none(store: Store, language: str) -> None:
    result = register.run_import(store, workbook([row(**ZUFFEREY, **{"N° AVS": AVS})]), today=TODAY)
    assert result.written == 1 and result.new_persons == 1
    assert [(p.row, p.code, p.warning) for p in result.problems] == [(2, "register.possible_duplicate_no_avs", True)]
    report = text(result, language)
    assert NO_AVS[language] in report and OTHER_AVS[language] not in report


@pytest.mark.parametrize("language", ["fr", "de"])
def test_a_row_without_avs_naming_two_recorded_persons_is_refused(store: Store, language: str) -> None:
    register.run_import(store, workbook([row(**ZUFFEREY, **{"N° AVS": AVS})]), today=TODAY)
    before = persons_and_cases(store)
    later = workbook([row(**ZUFFEREY, **{"Date d'annonce": "03.02.2026"}), row(Nom="Clivaz")])
    result = register.run_import(store, later, today=TODAY)  # all or nothing: nothing
    assert [(p.row, p.code, p.warning) for p in result.problems] == [(2, "register.ambiguous_person", False)]
    assert result.written == 0 and persons_and_cases(store) == before
    report = text(result, language)
    assert AMBIGUOUS[language] in report
    summary = {"fr": "2 lignes lues : 1 valable, 1 avec erreurs", "de": "2 Zeilen gelesen: 1 gültig, 1 mit Fehlern"}
    assert summary[language] in report
    skipped = register.run_import(store, later, skip_invalid=True, today=TODAY)  # the other rows go in
    assert skipped.written == 1 and persons_and_cases(store) == (before[0] + 1, before[1] + 1)
    again = register.run_import(store, later, skip_invalid=True, today=TODAY)  # twice: nothing more
    assert again.written == 0 and persons_and_cases(store) == (before[0] + 1, before[1] + 1)
    with store.reading() as session:  # and nothing was attached to either Anne Zufferey
        annes = session.scalars(select(Person.id).where(Person.last_name == "Zufferey")).all()
        assert session.scalar(select(func.count()).select_from(Case).where(Case.person_id.in_(annes))) == 1


def test_within_one_file_too(store: Store) -> None:
    """The person the file's first row creates is a candidate for its later rows."""
    data = workbook([row(**ZUFFEREY, **{"N° AVS": AVS}), row(**ZUFFEREY, **{"Date d'annonce": "03.02.2026"}),
                     row(**ZUFFEREY, **{"N° AVS": AVS, "Date d'annonce": "04.02.2026"})])
    result = register.run_import(store, data, skip_invalid=True, today=TODAY)
    assert [(p.row, p.code) for p in result.problems] == [(2, "register.possible_duplicate_no_avs"),
                                                          (3, "register.ambiguous_person")]
    assert (result.written, result.new_persons, result.matched_persons) == (2, 1, 0)  # row 4: the row 2 person


def test_a_single_namesake_is_still_matched_without_a_word(store: Store) -> None:
    result = register.run_import(store, workbook([row(**ZUFFEREY)]), today=TODAY)
    assert (result.written, result.matched_persons, result.new_persons, result.problems) == (1, 1, 0, [])
