"""Sync dialog wording: the two "changed by" columns say which value they belong to, and counts use
real plural forms (no "(s)" / "(e)") in French and German."""

from __future__ import annotations

import re

import pytest

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
