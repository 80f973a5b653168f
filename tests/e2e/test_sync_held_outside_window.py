"""The status line tells changes kept because this workstation is outside the consent's scope apart
from changes kept for want of a consent (issue 13, the reviewer's point 1), in FR and DE."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from cii_desktop.gui import i18n
from cii_desktop.gui.main_window import MainWindow
from cii_desktop.gui.settings import AppSettings
from cii_desktop.services import referral
from cii_desktop.services.sync import run_sync
from tests.integration.test_sync_scope import _new_case
from tests.support.memory_keyring import MemoryKeyring
from tests.support.network import make_institution_network


@pytest.mark.parametrize("language", ["fr", "de"])
def test_the_status_line_says_this_workstation_is_outside_the_scope(qtbot, qapp, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                                     memory_keystore: MemoryKeyring,
                                                                     language: str) -> None:
    i18n.install(qapp, language)
    orp, cms = make_institution_network(tmp_path, ["ORP", "CMS"])
    # The CMS opens a case led by the ORP; the procuration names the ORP only.
    _person_id, case_id = _new_case(cms)
    with cms.store.unit_of_work() as uow:
        referral.record_procuration(uow, case_id, ["ORP"], dt.date.today(), "Test", signed=True)
    assert run_sync(cms.store).held_outside > 0
    settings = AppSettings()
    settings.share_dir = str(tmp_path / "share")
    window = MainWindow(cms.store, cms.folder, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.started)
    qtbot.waitUntil(lambda: window.sync.task is None, timeout=10000)
    text = window.sync.status_text()
    expected = "hors du périmètre du consentement" if language == "fr" else "ausserhalb des Bereichs der Einwilligung"
    assert expected in text, text
    assert ("sans consentement" if language == "fr" else "ohne Einwilligung") not in text
    window.close()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=15000)
    for station in (orp, cms):
        station.store.close()
