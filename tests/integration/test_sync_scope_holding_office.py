"""Offices of the holding institution (issue 13, the reviewer's four defects on a real network).

Four enrolled workstations on real SQLCipher files over one share: the administrator (OAI), ORP
Sion, ORP Monthey and the CMS (Sion). A case of the ORP office of Sion:
1. a procuration naming only another office of the ORP (Monthey) shares it between Sion (the
   holding office, ``holding_office`` of tables/sharing.json) and Monthey;
2. an office narrowed out learns of a later revocation;
3. the narrowed-out office keeps the case read-only (no write, no print, the CLI refuses to render);
4. ``network list`` shows each member's role from the roster, in words.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from cii_desktop.services import case_guard, referral
from cii_desktop.services import sync as sync_service
from cii_desktop.services.permissions import CaseReadOnly
from cii_desktop.services.sync import SyncReport, run_sync
from cii_desktop.storage.models import Case
from tests.integration.test_sync_scope import _has_case, _journal, _journal_texts, _new_case
from tests.support.memory_keyring import MemoryKeyring
from tests.support.network import Workstation, make_institution_network

STATIONS = (("ADMIN", "OAI", "SION"), ("ORP_SION", "ORP", "SION"), ("ORP_MONTHEY", "ORP", "MONTHEY"),
            ("CMS", "CMS", "SION"))


@pytest.fixture
def net(tmp_path: Path, memory_keystore: MemoryKeyring) -> Iterator[dict[str, Workstation]]:
    made = make_institution_network(tmp_path, [s[1] for s in STATIONS], [s[2] for s in STATIONS])
    stations = dict(zip([s[0] for s in STATIONS], made, strict=True))
    yield stations
    for station in stations.values():
        station.store.close()


def _sync(stations: dict[str, Workstation], rounds: int = 2) -> dict[str, SyncReport]:
    reports: dict[str, SyncReport] = {}
    for _ in range(rounds):
        for name, station in stations.items():
            reports[name] = run_sync(station.store)
    return reports


def _procuration(station: Workstation, case_id: str, institutions: list[str], offices: dict[str, list[str]]) -> str:
    with station.store.unit_of_work() as uow:
        return referral.record_procuration(uow, case_id, institutions, dt.date.today(), "Test", signed=True,
                                           offices=offices).id


def _banner(station: Workstation, case_id: str) -> str:
    from cii_desktop.gui.sharing_banner import banner_text

    with station.store.reading() as session:
        scope, state = referral.sharing_scope(session, case_id), referral.sharing_state(session, case_id)
    return banner_text(scope, state, case_guard.read_only(station.store, case_id))


def _reference(station: Workstation, case_id: str) -> str:
    with station.store.reading() as session:
        case = session.get(Case, case_id)
        assert case is not None
        return case.reference


def test_a_procuration_naming_only_another_office_of_the_holder_shares_with_both(net, qapp) -> None:  # type: ignore[no-untyped-def]
    from cii_desktop.gui import i18n

    i18n.install(qapp, "fr")  # the banner in French, whatever an earlier test installed
    _person_id, case_id = _new_case(net["ORP_SION"])
    _procuration(net["ORP_SION"], case_id, ["ORP"], {"ORP": ["MONTHEY"]})
    _journal(net["ORP_SION"], case_id, "Entretien à Sion")
    reports = _sync(net)
    assert _has_case(net["ORP_MONTHEY"], case_id)
    assert "Entretien à Sion" in _journal_texts(net["ORP_MONTHEY"], case_id)
    assert not _has_case(net["CMS"], case_id) and not _has_case(net["ADMIN"], case_id)
    assert reports["ORP_SION"].held_back == 0 and reports["ORP_SION"].held_outside == 0
    assert sync_service.status(net["ORP_SION"].store).held_back == 0
    for name in ("ORP_SION", "ORP_MONTHEY"):  # both compute the same scope and banner
        with net[name].store.reading() as session:
            scope = referral.sharing_scope(session, case_id)
        assert scope.offices_of("ORP") == ("MONTHEY", "SION")
        assert "ORP (Sion, Monthey)" in _banner(net[name], case_id)
        assert not case_guard.read_only(net[name].store, case_id)
    _journal(net["ORP_MONTHEY"], case_id, "Suivi à Monthey")
    _sync(net)
    assert "Suivi à Monthey" in _journal_texts(net["ORP_SION"], case_id)


def test_changes_kept_because_this_workstation_is_outside_the_scope_say_so(net, capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from cii_desktop import cli

    # The CMS opens a case led by the ORP; the procuration names the ORP only: the CMS (which created
    # the case, so it keeps editing) is out of the scope, its changes stay on this computer.
    _person_id, case_id = _new_case(net["CMS"])
    _procuration(net["CMS"], case_id, ["ORP"], {})
    report = _sync(net, rounds=1)["CMS"]
    assert report.held_outside > 0 and report.held_back == 0
    assert "outside the consent's scope" in report.summary() and "no consent" not in report.summary()
    state = sync_service.status(net["CMS"].store)
    assert state.held_outside > 0 and state.held_back == 0
    # A case without any consent is still "no consent yet".
    _person2, _case2 = _new_case_named(net["CMS"])
    report = run_sync(net["CMS"].store)
    assert report.held_back > 0 and report.held_outside > 0
    net["CMS"].store.close()
    for language, words in (("fr", "hors du périmètre"), ("de", "ausserhalb des Bereichs")):
        monkeypatch.setenv("CII_DESKTOP_LANG", language)
        capsys.readouterr()
        cli.main(["sync", "--data-dir", str(net["CMS"].folder)])
        assert words in capsys.readouterr().out


def _new_case_named(station: Workstation) -> tuple[str, str]:
    from cii_desktop.domain.avs import make_avs
    from cii_desktop.domain.person import PersonInput
    from cii_desktop.services import cases

    with station.store.unit_of_work() as uow:
        person = cases.create_person(uow, PersonInput(
            first_name="Anna", last_name="Imboden", birth_date=dt.date(1975, 2, 1),
            avs_number=make_avs("111222333"), language="de", commune="Sion"))
        uow.flush()
        case = cases.create_case(uow, person.id, "SION", "CMS", "Test", summary="Ohne Vollmacht")
        uow.flush()
        return person.id, case.id


def _widen_narrow(net: dict[str, Workstation]) -> tuple[str, str]:
    """ORP(Sion)+CMS, widened to Sion+Monthey, narrowed to Sion again; a sync after each."""
    _person_id, case_id = _new_case(net["ORP_SION"])
    _procuration(net["ORP_SION"], case_id, ["ORP", "CMS"], {"ORP": ["SION"]})
    _sync(net)
    _procuration(net["ORP_SION"], case_id, ["ORP", "CMS"], {"ORP": ["SION", "MONTHEY"]})
    _sync(net)
    assert _has_case(net["ORP_MONTHEY"], case_id)
    narrowed = _procuration(net["ORP_SION"], case_id, ["ORP", "CMS"], {"ORP": ["SION"]})
    _sync(net)
    return case_id, narrowed


def test_the_office_narrowed_out_learns_of_a_later_revocation(net, qapp) -> None:  # type: ignore[no-untyped-def]
    from cii_desktop.gui import i18n

    i18n.install(qapp, "fr")
    case_id, narrowed = _widen_narrow(net)
    with net["ORP_MONTHEY"].store.reading() as session:
        assert referral.sharing_scope(session, case_id).offices_of("ORP") == ("SION",)
    with net["ORP_SION"].store.unit_of_work() as uow:
        referral.revoke_consent(uow, narrowed, dt.date.today(), "Test")
    _sync(net)
    for name in ("ORP_MONTHEY", "CMS", "ORP_SION"):
        with net[name].store.reading() as session:
            scope = referral.sharing_scope(session, case_id)
            assert scope.basis == "none" and scope.ended == "revoked", name
            assert referral.sharing_state(session, case_id).basis == "none", name
    banner = _banner(net["ORP_MONTHEY"], case_id)
    assert "révoqué" in banner and "votre office ne fait pas partie de ce périmètre" in banner, banner
    assert not _has_case(net["ADMIN"], case_id)


def test_the_office_narrowed_out_keeps_the_case_read_only(net, tmp_path: Path, capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from cii_desktop import cli

    case_id, _narrowed = _widen_narrow(net)
    assert case_guard.read_only(net["ORP_MONTHEY"].store, case_id)
    assert not case_guard.printable(net["ORP_MONTHEY"].store, case_id)
    with pytest.raises(CaseReadOnly):
        _journal(net["ORP_MONTHEY"], case_id, "Monthey écrit encore")
    assert "Monthey écrit encore" not in _journal_texts(net["ORP_MONTHEY"], case_id)
    # The holding office and the CMS still work on it.
    assert not case_guard.read_only(net["ORP_SION"].store, case_id)
    assert not case_guard.read_only(net["CMS"].store, case_id)
    _journal(net["ORP_SION"], case_id, "Sion continue")
    reference = _reference(net["ORP_MONTHEY"], case_id)
    net["ORP_MONTHEY"].store.close()
    for language, words in (("fr", "lecture seule"), ("de", "schreibgeschützt")):
        out = tmp_path / f"procuration-{language}.pdf"
        monkeypatch.setenv("CII_DESKTOP_LANG", language)
        capsys.readouterr()
        assert cli.main(["render", "--data-dir", str(net["ORP_MONTHEY"].folder), "--case", reference,
                         "--document", "procuration", "--out", str(out)]) == 1
        assert words in capsys.readouterr().err
        assert not out.exists()


def test_network_list_shows_each_members_role_in_words(net, capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from cii_desktop import cli

    net["ORP_SION"].store.close()
    for language, member, admin in (("fr", "Professionnel/le de l'institution", "Bureau CII"),
                                    ("de", "Fachperson der Institution", "IIZ-Büro")):
        monkeypatch.setenv("CII_DESKTOP_LANG", language)
        capsys.readouterr()
        assert cli.main(["network", "list", "--data-dir", str(net["ORP_SION"].folder)]) == 0
        lines = [line for line in capsys.readouterr().out.splitlines() if "Poste" in line]
        assert len(lines) == 4
        assert admin in lines[0]
        assert all(member in line for line in lines[1:]), lines
        assert not any(" - " in line.split("  ")[-1] for line in lines)


def test_an_announcement_after_narrowing_never_reaches_the_office_left_out(net) -> None:  # type: ignore[no-untyped-def]
    from cii_desktop.services import bureau
    from tests.support.referral import COMPLEX

    case_id, narrowed = _widen_narrow(net)
    today = dt.date.today()
    with net["ORP_SION"].store.unit_of_work() as uow:
        referral.record_grid(uow, case_id, COMPLEX, "Test", today, institution_code="ORP", today=today)
        draft = bureau.draft(uow.session, case_id, "fr")
        bureau.send(uow, case_id, bureau.AnnouncementDraft(
            draft.problems, draft.institutions_involved, "Stage à Sion", "Premier marché du travail", "assessment"),
            "Test", "ORP", today)
    _sync(net)

    def announced(name: str) -> int:
        return int(net[name].store.read_connection().execute(
            "SELECT count(*) FROM announcement WHERE case_id = ?", (case_id,)).fetchone()[0])

    assert announced("ADMIN") == 1 and announced("CMS") == 1  # the Bureau CII (admin's role) and the CMS
    assert announced("ORP_MONTHEY") == 0
    with net["ORP_SION"].store.unit_of_work() as uow:
        referral.revoke_consent(uow, narrowed, dt.date.today(), "Test")
    _sync(net)
    with net["ORP_MONTHEY"].store.reading() as session:
        assert referral.sharing_scope(session, case_id).ended == "revoked"
    assert announced("ORP_MONTHEY") == 0  # the revocation, not the announcement


def test_moving_the_case_to_another_office_moves_the_holding_office(net) -> None:  # type: ignore[no-untyped-def]
    from cii_desktop.services import cases

    _person_id, case_id = _new_case(net["ORP_SION"])
    _procuration(net["ORP_SION"], case_id, ["ORP", "CMS"], {"ORP": ["SION"]})
    _journal(net["ORP_SION"], case_id, "Entretien à Sion")
    _sync(net)
    assert not _has_case(net["ORP_MONTHEY"], case_id)
    with net["ORP_SION"].store.unit_of_work() as uow:
        cases.update_case(uow, case_id, "MONTHEY", "ORP", "Situation partagée ORP-CMS")
    _sync(net)
    assert "Entretien à Sion" in _journal_texts(net["ORP_MONTHEY"], case_id)  # its history, as a newcomer
    assert not case_guard.read_only(net["ORP_MONTHEY"].store, case_id)
    assert not case_guard.read_only(net["ORP_SION"].store, case_id)  # the procuration still names Sion
    assert not _has_case(net["ADMIN"], case_id)
