"""The audit viewer: the data-protection officer sees everyone's entries, others only their own."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from cii_desktop.gui.audit_dialog import AuditDialog
from cii_desktop.services import audit as audit_service
from cii_desktop.services.profile import Profile, save_profile
from cii_desktop.storage import audit

pytestmark = pytest.mark.gui
TODAY = dt.date.today()
NOW = dt.datetime.now(dt.timezone.utc)


def _seed(store) -> tuple[str, str]:  # type: ignore[no-untyped-def]
    conn = store.read_connection()
    person, case = conn.execute("SELECT p.id, c.id FROM person p JOIN case_file c ON c.person_id = p.id "
                                "LIMIT 1").fetchone()
    other = audit.Entry("case.read", "someone-else", "ws-other", NOW - dt.timedelta(days=20),
                        "CMS", person, case)
    with store.raw_transaction() as tx:
        audit.append(tx, [other])
    audit_service.record(store, "document.print", person_id=person, case_id=case,
                         at=NOW - dt.timedelta(days=19))
    return person, case


def _wait_rows(qtbot, dialog, count: int | None = None) -> list[str]:  # type: ignore[no-untyped-def]
    """The operations shown once the read is done (the demo's own records are in the trail too)."""
    qtbot.waitUntil(lambda: dialog.search_button.isEnabled() and dialog.table.rowCount() > 0, timeout=5000)
    shown = [dialog.table.item(r, 3).text() for r in range(dialog.table.rowCount())]
    if count is not None:
        assert len(shown) == count, shown
    return shown


def test_a_case_worker_sees_only_their_own_entries(demo_store, french, qtbot) -> None:  # type: ignore[no-untyped-def]
    save_profile(demo_store, Profile("Anne Test", "counsellor", "ORP", "SION"))
    person, _case = _seed(demo_store)
    dialog = AuditDialog(demo_store, person_id=person, today=TODAY)
    qtbot.addWidget(dialog)
    assert not dialog.user.isEnabled()
    dialog.search()
    shown = _wait_rows(qtbot, dialog)  # their print and their opening of the viewer, not the other user's read
    assert "Impression" in shown and "Consultation du journal d'audit" in shown
    assert "Ouverture du dossier" not in shown
    assert dialog.table.item(0, 4).text()  # the person's name, for the one who may read it


def test_the_officer_filters_everyone_and_exports(demo_store, french, qtbot, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                   monkeypatch) -> None:
    save_profile(demo_store, Profile("Paul Garde", "data_protection_officer", "BUREAU", "SION"))
    person, case = _seed(demo_store)
    dialog = AuditDialog(demo_store, person_id=person, today=TODAY)
    qtbot.addWidget(dialog)
    assert dialog.user.isEnabled() and dialog.pdf_button.isEnabled()
    dialog.operation.setCurrentIndex(dialog.operation.findData("case.read"))
    dialog.search()
    _wait_rows(qtbot, dialog, 1)
    assert dialog.table.item(0, 2).text() == "CMS"
    dialog.operation.setCurrentIndex(0)
    dialog.search()
    shown = _wait_rows(qtbot, dialog)
    for operation in ("Ouverture du dossier", "Impression", "Consultation du journal d'audit", "Saisie"):
        assert operation in shown, operation
    target = tmp_path / "who.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    dialog.export_pdf()
    assert target.exists() and target.stat().st_mode & 0o777 == 0o600
    assert "3" in dialog.count.text() or "entrées" in dialog.count.text()
    dialog.person_only.setChecked(False)
    assert not dialog.pdf_button.isEnabled() and dialog.pdf_button.toolTip()
