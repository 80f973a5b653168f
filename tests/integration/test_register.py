"""Register import on a real encrypted database: validation report, all-or-nothing, matching, damaged files,
cancel, template, and the round trip export -> import into an empty folder -> same statistics."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select

from cii_desktop.cli import translate
from cii_desktop.domain.avs import make_avs
from cii_desktop.domain.errors import ValidationFailed
from cii_desktop.domain.person import PersonInput
from cii_desktop.services import cases, register, register_xlsx, statistics
from cii_desktop.services.data_folder import create_database
from cii_desktop.storage.models import Case, ChangeLog, Person
from cii_desktop.storage.store import Store
from tests.support.memory_keyring import MemoryKeyring
from tests.support.register import FR, rows_2012, workbook
from tests.support.roles import as_bureau

TODAY = dt.date(2026, 11, 23)


@pytest.fixture
def store(store: Store) -> Store:
    """The register is the Bureau CII's: this workstation's user is its cantonal officer."""
    as_bureau(store)
    return store


def row(**changes: object) -> list[object]:
    values = dict(zip(FR, ["Rochat", "Anne", "14.03.1979", "", "Sion", "ORP", "Marc Fellay", "02.02.2026",
                           "Assessment", "10.02.2026", "En attente", None, "", None], strict=True))
    assert set(changes) <= set(values)
    values.update(changes)
    return [values[h] for h in FR]


def counts(store: Store) -> tuple[int, int, int]:
    with store.reading() as session:
        return (session.scalar(select(func.count()).select_from(Person)) or 0,
                session.scalar(select(func.count()).select_from(Case)) or 0,
                session.scalar(select(func.count()).select_from(ChangeLog)) or 0)


def lines(result: register.Result, language: str) -> list[str]:
    return register_xlsx.report_lines(result, lambda code: translate(code, language), language)


@pytest.mark.parametrize("language", ["fr", "de"])
def test_bad_rows_are_reported_and_nothing_is_half_imported(store: Store, language: str) -> None:
    rows = [row(), row(Nom="Favre", **{"Date de naissance": "31.02.1980"}),
            row(Nom="Moret", Région="Lausanne"), row(Nom="Bonvin", **{"N° AVS": "756.1234.5678.90"}),
            row(Nom="Roh", Résultat="Emploi"), row(Nom="Sierro", État="En cours", **{"Décision du Bureau": "Refus"}),
            row(Nom="Zen\t" + "x" * 200), row(Nom="Clivaz", Remarques="é" * 19_999 + "\n")]
    data = workbook(rows)
    before = counts(store)
    result = register.run_import(store, data, today=TODAY)
    assert result.written == 0 and counts(store) == before  # all or nothing: nothing
    assert sorted(result.bad_rows()) == [3, 4, 5, 6, 7, 8]
    text = "\n".join(lines(result, language))
    expected = {"fr": ["Ligne 3 – Date de naissance : Cette date n'existe pas.",
                       "Ligne 4 – Région : Valeur inconnue « Lausanne » ; valeurs acceptées : Sion, Sierre, "
                       "Martigny, Monthey, Haut-Valais.", "Ligne 5 – N° AVS :",
                       "Ligne 8 – Nom : Le texte est trop long.",
                       "Rien n'a été importé"],
                "de": ["Zeile 3 – Date de naissance:", "Zeile 4 – Région: Unbekannter Wert «Lausanne»; zulässig: "
                       "Sitten, Siders, Martinach, Monthey, Oberwallis.", "Zeile 6 – Résultat:",
                       "Zeile 7 – État:", "Es wurde nichts importiert"]}[language]
    for fragment in expected:
        assert fragment in text
    skipped = register.run_import(store, data, skip_invalid=True, today=TODAY)
    assert skipped.written == 2 and counts(store)[1] == before[1] + 2
    with store.reading() as session:
        remarks = session.scalars(select(Case.summary).where(Case.summary != "")).one()
        assert len(remarks) == 19_999
        assert set(session.scalars(select(Case.sharing_basis))) == {"none"}  # local until consent


def test_persons_matched_by_avs_else_name_and_birth_date_duplicates_reported(store: Store) -> None:
    avs = make_avs("100000042")
    with store.unit_of_work() as uow:
        cases.create_person(uow, PersonInput(first_name="Anne", last_name="Rochat", birth_date=dt.date(1979, 3, 14),
                                             avs_number=avs))
        cases.create_person(uow, PersonInput(first_name="Luc", last_name="Berclaz", birth_date=dt.date(1980, 1, 1)))
    data = workbook([row(**{"N° AVS": avs, "Nom": "ROCHAT-typo"}),
                     row(Nom="berclaz", Prénom="LUC", **{"Date de naissance": dt.datetime(1980, 1, 1)}),
                     row(Nom="Rochat", **{"N° AVS": make_avs("100000043"), "Date d'annonce": "03.02.2026"})])
    result = register.run_import(store, data, today=TODAY)
    assert (result.written, result.matched_persons, result.new_persons) == (3, 2, 1)
    assert [(p.row, p.code) for p in result.problems] == [(4, "register.possible_duplicate")]
    with store.reading() as session:
        assert session.scalar(select(func.count()).select_from(Person)) == 3


def test_damaged_or_planted_files_write_nothing(store: Store, tmp_path: Path) -> None:
    good = workbook([row()])
    for data in (b"", b"not a workbook", good[: len(good) // 2], b"PK\x03\x04" + bytes(200)):
        with pytest.raises(ValidationFailed) as exc:
            register.run_import(store, data, today=TODAY)
        assert [e.code for e in exc.value.errors] == ["register.not_xlsx"]
    no_header = workbook([])
    book = load_workbook(io.BytesIO(no_header))
    book.active.delete_rows(1)  # type: ignore[union-attr]
    book.active.append(["a", "b", "c"])  # type: ignore[union-attr]
    out = io.BytesIO()
    book.save(out)
    assert [p.code for p in register.run_import(store, out.getvalue(), today=TODAY).problems] == [
        "register.no_header_sheets"]  # the message names the sheets looked at
    assert counts(store)[0] == 0


def test_a_cancelled_import_writes_nothing(store: Store) -> None:
    def cancel(done: int, total: int) -> None:
        raise KeyboardInterrupt

    before = counts(store)
    with pytest.raises(KeyboardInterrupt):
        register.run_import(store, workbook(rows_2012()), today=TODAY, progress=cancel)
    assert counts(store) == before


def test_template_has_headers_and_drop_down_lists() -> None:
    for language, headers in (("fr", FR), ("de", ["Name", "Vorname", "Geburtsdatum"])):
        sheet = load_workbook(io.BytesIO(register_xlsx.template(language))).active
        assert sheet is not None
        assert [c.value for c in sheet[1]][: len(headers)] == headers
        lists = [v.formula1 for v in sheet.data_validations.dataValidation]
        assert any(("Haut-Valais" if language == "fr" else "Oberwallis") in f for f in lists)
        assert any(("Suivi en réseau" if language == "fr" else "Begleitung im Netzwerk") in f for f in lists)


@pytest.mark.parametrize("language", ["fr", "de"])
def test_round_trip_export_then_import_into_an_empty_folder(store: Store, tmp_path: Path,
                                                           memory_keystore: MemoryKeyring, language: str) -> None:
    assert register.run_import(store, workbook(rows_2012()), today=TODAY).written == 100
    with store.reading() as session:
        exported = register_xlsx.export(session, language)
        before = [statistics.compute(session, statistics.Scope.year(y)) for y in (2011, 2012, 2013)]
    other = create_database(tmp_path / "other", "keystore").store
    as_bureau(other)
    try:
        result = register.run_import(other, exported, today=TODAY)
        assert result.errors == [] and result.written == 100
        with other.reading() as session:
            assert [statistics.compute(session, statistics.Scope.year(y)) for y in (2011, 2012, 2013)] == before
    finally:
        other.close()


def test_two_imports_of_the_same_register_at_once_never_duplicate(store: Store, tmp_path: Path,
                                                                 memory_keystore: MemoryKeyring) -> None:
    import threading

    from cii_desktop.services.data_folder import open_database
    from cii_desktop.storage.records import Announcement

    data = workbook(rows_2012())
    other = open_database(tmp_path / "data")  # a second connection to the same folder (window + command)
    outcomes: list[object] = []

    def run(target: Store) -> None:
        try:
            outcomes.append(register.run_import(target, data, today=TODAY).written)
        except Exception as exc:  # noqa: BLE001 - the loser may be refused by the database: nothing written
            outcomes.append(type(exc).__name__)

    threads = [threading.Thread(target=run, args=(s,)) for s in (store, other)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(120)
    other.close()
    assert 100 in outcomes, outcomes
    with store.reading() as session:
        assert session.scalar(select(func.count()).select_from(Announcement)) == 100
    assert register.run_import(store, data, today=TODAY).already == 100


@pytest.mark.parametrize("language", ["fr", "de"])
def test_a_decision_taken_over_from_the_register_prints_the_bureau_in_words(store: Store, language: str) -> None:
    """The register names no person who decided: the print says the Bureau CII in words, never its code."""
    from cii_desktop.services import documents
    from tests.support.pdf import flat_text

    assert register.run_import(store, workbook([row()]), today=TODAY).written == 1
    with store.reading() as session:
        case_id = session.scalars(select(Case.id)).one()
    with store.unit_of_work() as uow:
        _doc, pdf = documents.print_case_document(uow, case_id, "decision", language)
    words = flat_text(pdf)
    assert "BUREAU" not in words
    assert ("Bureau CII" if language == "fr" else "IIZ-Büro") in words
