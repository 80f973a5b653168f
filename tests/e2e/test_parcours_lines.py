"""The Parcours CII / IIZ-Verlauf lines: a procuration names the offices it restricts an institution
to, as the banner does; a grid names its assessor and role without nested brackets, the role (a
code) in the reader's language."""

from __future__ import annotations

import datetime as dt

import pytest

from cii_desktop.domain.grid import Rating
from cii_desktop.services import referral
from tests.support.network import add_shared_case


@pytest.mark.gui
@pytest.mark.parametrize("language", ["fr", "de"])
def test_procuration_offices_and_grid_assessor(main_window, language: str) -> None:  # type: ignore[no-untyped-def]
    main_window.switch_language(language)
    store = main_window.store
    _person_id, case_id = add_shared_case(store, "Zufferey", office="MARTIGNY")
    today = dt.date.today()
    with store.unit_of_work() as uow:
        referral.record_grid(uow, case_id, {"housing": Rating(2), "finances": Rating(2)}, "Démo Conseil", today,
                             assessor_role="counsellor", institution_code="ORP", today=today)
        referral.record_procuration(uow, case_id, ["ORP", "CMS", "BUREAU"], today, "Démo Conseil", signed=True,
                                    offices={"ORP": ["MARTIGNY"]}, today=today)
    main_window._after_write()
    main_window.select_case(case_id)
    listed = [main_window.ui.referralList.item(i).text() for i in range(main_window.ui.referralList.count())]
    office = "ORP (Martigny)" if language == "fr" else "RAV (Martinach)"
    assert any(office in line for line in listed), listed
    assert office.split(" (")[1].rstrip(")") in main_window.ui.sharingBanner.text()  # the same wording
    role = "Conseiller/ère en personnel" if language == "fr" else "Personalberater/in"
    grid = next(line for line in listed if "Démo Conseil" in line)
    assert f"– Démo Conseil, {role}" in grid and "((" not in grid and "))" not in grid, grid
