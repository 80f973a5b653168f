"""Sync dialog wording: the two "changed by" columns say which value they belong to, and counts use
real plural forms (no "(s)" / "(e)") in French and German."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QCoreApplication

from cii_desktop.gui.sync_view import SyncDialog


@pytest.mark.parametrize("language", ["fr", "de"])
def test_sync_dialog_headers_distinct_and_counts_plural(main_window, french, qtbot,  # type: ignore[no-untyped-def]
                                                        language: str) -> None:
    french.switch(language)
    dialog = SyncDialog(main_window)
    qtbot.addWidget(dialog)
    table = dialog.ui.conflictTable
    headers = [table.horizontalHeaderItem(c).text().replace("\n", " ") for c in range(table.columnCount())]
    metrics = table.horizontalHeader().fontMetrics()
    for column in range(table.columnCount()):  # no title cut (issue 17: "ngewendeter Wert: geändert vc")
        lines = table.horizontalHeaderItem(column).text().split("\n")
        assert table.columnWidth(column) >= max(metrics.horizontalAdvance(line) for line in lines), lines
    assert len(set(headers)) == len(headers), headers
    if language == "de":
        assert "Angewendeter Wert: geändert von" in headers and "Anderer Wert: geändert von" in headers
    else:
        assert "Valeur appliquée : modifiée par" in headers and "Autre valeur : modifiée par" in headers
    status = dialog.ui.statusLabel.text()
    assert not re.search(r"\((s|e|es)\)", status), status
    expected = ("0 conflit ouvert, 0 lot refusé." if language == "fr"
                else "0 offene Konflikte, 0 abgelehnte Pakete.")
    assert expected in status, status
    assert "ß" not in status + "".join(headers)


@pytest.mark.parametrize("language", ["fr", "de"])
def test_conflict_fields_values_and_workstations_in_words(french, language: str) -> None:  # type: ignore[no-untyped-def]
    from cii_desktop.domain import reference
    from cii_desktop.gui import conflict_labels as labels
    from cii_desktop.services.profile import RosterEntry

    french.switch(language)
    fr = language == "fr"
    assert labels.field_label("deregistered_on") == ("Date de désinscription" if fr else "Abmeldedatum")
    lead = labels.field_label("lead_institution_id")
    assert lead == ("Institution responsable" if fr else "Fallführende Institution")
    assert labels.field_label("assessor_role") == ("Autre donnée" if fr else "Weitere Angabe")  # never a code
    assert labels.value_text("status", "in_handling") == ("Prise en charge en cours" if fr else "In Bearbeitung")
    assert labels.value_text("office_id", reference.reference_id("office", "SION")) == ("Sion" if fr else "Sitten")
    assert labels.value_text("sanctioned", True) == ("oui" if fr else "ja")
    assert labels.value_text("due_on", "2026-03-01") == "01.03.2026"
    members = {"5f0c2a8e-1111-4a4a-9b9b-123456789abc": RosterEntry("Anne Rey", "CMS", "SIERRE", "")}
    assert labels.workstation_text("5f0c2a8e-1111-4a4a-9b9b-123456789abc", members) == (
        "Anne Rey (CMS, Sierre)" if fr else "Anne Rey (SMZ, Siders)")
    assert labels.workstation_text("Anne Rey", members) == labels.workstation_text(next(iter(members)), members)
    assert labels.workstation_text("Beat Imboden (ORP UPPER_VALAIS)", {}).startswith("Beat Imboden (")
    assert "UPPER_VALAIS" not in labels.workstation_text("Beat Imboden (ORP UPPER_VALAIS)", {})
    assert labels.workstation_text("0d9c7b1e-2222-4b4b-8c8c-abcdefabcdef", {}) == (
        "Poste inconnu" if fr else "Unbekannter Arbeitsplatz")
    case_header = QCoreApplication.translate("Sync", "Case")
    assert case_header == ("Dossier" if fr else "Fall")


# Set by the app, never typed (a file's bytes and hash, a generated title's code, creation times...):
# a conflict on them is said as "Other field"; every other synced field has its label.
UNLABELLED = {"aim_kind", "announced_by", "assessor_role", "cases", "content", "created_at", "created_on",
              "image", "import_key", "lemc_conditions_met", "media_type", "ordered_by_role", "ordered_on",
              "party", "printed_at", "refused", "rule_code", "sha256", "signature_status", "signer_role",
              "size", "source", "table_version", "target_row", "title_code", "title_params"}


def test_every_synced_field_a_person_edits_has_a_label_in_fr_and_de(french) -> None:  # type: ignore[no-untyped-def]
    from cii_desktop.gui import conflict_labels as labels
    from cii_desktop.sync.codec import SHARED_TABLES

    fields = {c for table in SHARED_TABLES.values() for c in table.columns if c != "id" and not c.endswith("_id")}
    missing = fields - set(labels.FIELD_LABELS) - UNLABELLED
    assert missing == set(), missing
    for language in ("fr", "de"):
        french.switch(language)
        for field in fields - UNLABELLED:
            text = labels.field_label(field)
            assert text and text != field and "_" not in text, (language, field)
        assert labels.value_text("institutions", ["ORP", "CMS"]) == ("ORP, CMS" if language == "fr" else "RAV, SMZ")
