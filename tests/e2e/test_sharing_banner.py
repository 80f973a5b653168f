"""The case's banner says with whom the case is shared, on what basis, until when (issue 13), FR and DE."""

from __future__ import annotations

import datetime as dt

import pytest

from cii_desktop.domain.avs import make_avs
from cii_desktop.domain.dates import format_date
from cii_desktop.domain.person import PersonInput
from cii_desktop.services import cases, referral

WORDS = {
    "fr": {"consent": "Partagé avec ORP, CMS selon la procuration CII, jusqu'au",
           "others": "Aucune autre institution", "legal": "décidé par Cheffe de service OAI",
           "read_only": "lecture seule", "revoked": "révoqué", "oai_cms": "CMS, OAI"},
    "de": {"consent": "Geteilt mit RAV, SMZ gemäss IIZ-Vollmacht, bis",
           "others": "Keine andere Institution", "legal": "entschieden von Cheffe de service OAI",
           "read_only": "schreibgeschützt", "revoked": "widerrufen", "oai_cms": "SMZ, IV-Stelle"},
}


def _case(store, lead: str = "ORP") -> str:  # type: ignore[no-untyped-def]
    with store.unit_of_work() as uow:
        person = cases.create_person(uow, PersonInput(
            first_name="Lea", last_name="Bannerhaus", birth_date=dt.date(1979, 2, 1),
            avs_number=make_avs("111222333"), language="de", commune="Visp"))
        uow.flush()
        case = cases.create_case(uow, person.id, "SION", lead, "Anne Test", summary="")
        uow.flush()
        return case.id


@pytest.mark.gui
@pytest.mark.parametrize("language", ["fr", "de"])
def test_banner_states_scope_basis_and_end(main_window, language: str) -> None:  # type: ignore[no-untyped-def]
    words = WORDS[language]
    main_window.switch_language(language)
    store, banner = main_window.store, main_window.ui.sharingBanner
    today = dt.date.today()
    case_id = _case(store)
    until = today + dt.timedelta(days=200)
    with store.unit_of_work() as uow:
        consent = referral.record_procuration(uow, case_id, ["CMS", "ORP"], today, "Anne Test",
                                              valid_until=until, signed=True)
        consent_id = consent.id
    main_window.select_case(case_id)
    text = banner.text()
    assert words["consent"] in text and format_date(until) in text and words["others"] in text, text
    assert words["read_only"] not in text  # this workstation (ORP) is in the scope

    with store.unit_of_work() as uow:
        referral.revoke_consent(uow, consent_id, today, "Anne Test")
    main_window.select_case(None)
    main_window.select_case(case_id)
    assert words["revoked"] in banner.text(), banner.text()

    end = today + dt.timedelta(days=30)
    with store.unit_of_work() as uow:
        referral.record_legal_basis(uow, case_id, today, "Cheffe de service OAI", "Anne Test",
                                    institution_codes=["OAI", "CMS"], valid_until=end)
    main_window.select_case(None)
    main_window.select_case(case_id)
    text = banner.text()
    assert words["legal"] in text and format_date(end) in text and words["oai_cms"] in text, text
    assert format_date(end).count(".") == 2  # dd.MM.yyyy


@pytest.mark.gui
def test_a_case_created_here_stays_editable_outside_its_scope(main_window) -> None:  # type: ignore[no-untyped-def]
    """The window's workstation (ORP, stand-alone) created a CMS case shared with the CMS and the OAI:
    it is its own, so it is not held read-only (tables/sharing.json: held_outside_scope); the window
    of a workstation left out is tested in test_case_read_only_window."""
    store, banner = main_window.store, main_window.ui.sharingBanner
    case_id = _case(store, lead="CMS")
    with store.unit_of_work() as uow:
        referral.record_procuration(uow, case_id, ["CMS", "OAI"], dt.date.today(), "Anne Test", signed=True)
    main_window.select_case(case_id)
    assert "CMS, OAI" in banner.text() and WORDS["fr"]["read_only"] not in banner.text(), banner.text()
    assert main_window.ui.addNoteButton.isEnabled() and main_window.ui.printButton.isEnabled()
