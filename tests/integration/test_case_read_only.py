"""A case this workstation holds outside its scope is read-only here (issue 13: narrow/revoke rule).

Three enrolled workstations (ORP, CMS, OAI) over one share, real SQLCipher files and batches: a case
shared ORP + CMS + OAI, then narrowed to ORP + CMS. The OAI keeps what it holds to read, but the
services refuse every write to the case and its records (rule ``held_outside_scope`` of
``domain/tables/sharing.json``, local practice to validate) and the window offers no editing, printing
or sending; the CMS (still in the scope) and a case the OAI created itself stay editable.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from cii_desktop.domain.avs import make_avs
from cii_desktop.domain.person import PersonInput
from cii_desktop.services import case_guard, cases, documents, meetings, referral
from cii_desktop.services.permissions import CaseReadOnly
from cii_desktop.services.sync import run_sync
from cii_desktop.storage.models import Case, Person
from cii_desktop.storage.records import Document
from cii_desktop.storage.unit_of_work import UnitOfWork
from tests.support.memory_keyring import MemoryKeyring
from tests.support.network import Workstation, make_institution_network

PNG = b"\x89PNG\r\n\x1a\n" + b"\0" * 64


@pytest.fixture
def narrowed(tmp_path: Path, memory_keystore: MemoryKeyring) -> Iterator[tuple[dict[str, Workstation], str, str]]:
    """(stations, case id, id of a document printed at the ORP) once the OAI was left out."""
    stations = dict(zip(("ORP", "CMS", "OAI"), make_institution_network(tmp_path, ["ORP", "CMS", "OAI"]),
                        strict=True))
    orp = stations["ORP"].store
    with orp.unit_of_work() as uow:
        person = cases.create_person(uow, PersonInput(
            first_name="Hélène", last_name="Lecture-Seule", birth_date=dt.date(1981, 3, 9),
            avs_number=make_avs("555444333"), language="fr", commune="Sion"))
        uow.flush()
        case_id = cases.create_case(uow, person.id, "SION", "ORP", "Test", summary="Situation").id
        uow.flush()
        referral.record_procuration(uow, case_id, ["ORP", "CMS", "OAI"], dt.date.today() - dt.timedelta(days=3),
                                    "Test", signed=True)
    with orp.unit_of_work() as uow:
        document_id = documents.issue(uow, case_id, "procuration", "fr").id
        cases.add_reminder(uow, case_id, dt.date.today(), "Rappel partagé")
    for _ in range(2):
        for station in stations.values():
            run_sync(station.store)
    with orp.unit_of_work() as uow:
        referral.record_procuration(uow, case_id, ["ORP", "CMS"], dt.date.today(), "Test", signed=True)
    for _ in range(2):
        for station in stations.values():
            run_sync(station.store)
    yield stations, case_id, document_id
    for station in stations.values():
        station.store.close()


def _writes(case_id: str, document_id: str, attachment: Path) -> dict[str, Callable[[UnitOfWork], object]]:
    return {
        "person": lambda uow: _rename(uow, case_id),
        "journal": lambda uow: cases.add_journal_entry(uow, case_id, "Note de l'OAI", "Test"),
        "case": lambda uow: cases.update_case(uow, case_id, "SION", "OAI", summary="Réécrit"),
        "reminder": lambda uow: cases.add_reminder(uow, case_id, dt.date.today(), "Rappel"),
        "attachment": lambda uow: cases.add_attachment(uow, case_id, attachment),
        "meeting": lambda uow: meetings.schedule(uow, case_id, "round_table", dt.date.today(), "Sion", "Test", []),
        "document": lambda uow: documents.issue(uow, case_id, "procuration", "de"),
        "signature": lambda uow: documents.sign_with_pad(uow, document_id, _party(uow, document_id), "Hélène", PNG),
        "consent": lambda uow: referral.record_procuration(uow, case_id, ["ORP", "CMS", "OAI"], dt.date.today(),
                                                           "Test", signed=True),
    }


def _rename(uow: UnitOfWork, case_id: str) -> None:
    case = uow.get(Case, case_id)
    person = uow.get(Person, case.person_id) if case else None
    assert person is not None
    person.last_name = "Renommée"


def _party(uow: UnitOfWork, document_id: str) -> str:
    doc = uow.get(Document, document_id)
    assert doc is not None
    return str(documents.parties(doc)[0]["party"])


def _journal_size(station: Workstation) -> int:
    return int(station.store.read_connection().execute("SELECT count(*) FROM change_log").fetchone()[0])


def test_the_removed_institution_cannot_write_to_the_case(narrowed, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    stations, case_id, document_id = narrowed
    oai = stations["OAI"]
    attachment = tmp_path / "piece.txt"
    attachment.write_bytes(b"piece jointe")
    assert case_guard.read_only(oai.store, case_id)
    before = _journal_size(oai)
    for name, write in _writes(case_id, document_id, attachment).items():
        with pytest.raises(CaseReadOnly, match="case.read_only") as refused, oai.store.unit_of_work() as uow:
            write(uow)
        assert refused.value.code == "case.read_only", name
        assert _journal_size(oai) == before, name  # nothing written, not even half
    with oai.store.reading() as session:  # it still reads what it holds
        detail = cases.case_detail(session, case_id)
        assert detail is not None and session.get(Document, document_id) is not None
    assert not case_guard.printable(oai.store, case_id)
    with pytest.raises(CaseReadOnly):
        case_guard.require_printable(oai.store, case_id)


def test_the_institutions_in_the_scope_and_own_cases_stay_editable(narrowed) -> None:  # type: ignore[no-untyped-def]
    stations, case_id, _document_id = narrowed
    for name in ("ORP", "CMS"):
        assert not case_guard.read_only(stations[name].store, case_id)
        assert case_guard.printable(stations[name].store, case_id)
        with stations[name].store.unit_of_work() as uow:
            cases.add_journal_entry(uow, case_id, f"Note {name}", "Test")
    oai = stations["OAI"].store
    with oai.unit_of_work() as uow:  # a case the OAI created and never shared: its own, editable
        person = cases.create_person(uow, PersonInput(
            first_name="Otto", last_name="Eigenfall", birth_date=dt.date(1970, 1, 2),
            avs_number=make_avs("111333555"), language="de", commune="Visp"))
        uow.flush()
        own = cases.create_case(uow, person.id, "SION", "OAI", "Test", summary="").id
    with oai.unit_of_work() as uow:
        cases.add_journal_entry(uow, own, "Notiz", "Test")
        referral.record_procuration(uow, own, ["OAI", "CMS"], dt.date.today(), "Test", signed=True)
    with oai.unit_of_work() as uow:  # shared later without the ORP: the OAI still holds and edits it
        cases.add_journal_entry(uow, own, "Nach der Vollmacht", "Test")
    assert not case_guard.read_only(oai, own)


def test_a_revoked_procuration_leaves_the_holder_editable_and_the_partner_read_only(narrowed) -> None:  # type: ignore[no-untyped-def]
    stations, case_id, _document_id = narrowed
    orp, cms = stations["ORP"].store, stations["CMS"].store
    with orp.reading() as session:
        consents = [c.id for c in referral.consents(session, case_id)]
    with orp.unit_of_work() as uow:  # both procurations (the older one would be in force again)
        for consent in consents:
            referral.revoke_consent(uow, consent, dt.date.today(), "Test")
    for _ in range(2):
        for station in stations.values():
            run_sync(station.store)
    assert not case_guard.read_only(orp, case_id)  # the holding institution keeps working on it
    with orp.unit_of_work() as uow:
        cases.add_journal_entry(uow, case_id, "Après la révocation", "Test")
    assert case_guard.read_only(cms, case_id)
    with pytest.raises(CaseReadOnly), cms.unit_of_work() as uow:
        cases.add_journal_entry(uow, case_id, "Le CMS écrit encore", "Test")


def test_the_cli_refuses_to_render_a_case_held_read_only(narrowed, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                        capsys: pytest.CaptureFixture[str],
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    from cii_desktop import cli

    stations, case_id, _document_id = narrowed
    with stations["OAI"].store.reading() as session:
        case = session.get(Case, case_id)
        assert case is not None
        reference = case.reference
    stations["OAI"].store.close()
    out = tmp_path / "procuration.pdf"
    argv = ["render", "--data-dir", str(stations["OAI"].folder), "--case", reference, "--document", "procuration",
            "--out", str(out)]
    monkeypatch.setenv("CII_DESKTOP_LANG", "de")
    capsys.readouterr()
    assert cli.main(argv) == 1
    assert "schreibgeschützt" in capsys.readouterr().err
    assert not out.exists()
