"""The README's two-workstation demo, run through the real command line, leaves a few conflicts on
both workstations, and the window's conflict review lists them in French and German."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget

from cii_desktop.gui import i18n
from cii_desktop.gui.sync_view import SyncDialog
from cii_desktop.services.data_folder import open_database
from cii_desktop.services.demo_folder import DEMO_PASSPHRASE
from cii_desktop.storage.store import Store
from tests.integration.test_cli import run

ENV = {"CII_DESKTOP_PASSPHRASE": DEMO_PASSPHRASE}


class _Host(QWidget):
    """What the conflict review needs of the main window: a parent and the store."""

    def __init__(self, store: Store) -> None:
        super().__init__()
        self.store = store


@pytest.fixture(scope="module")
def demo_network(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    root = tmp_path_factory.mktemp("demo")
    share, a, b = root / "S", root / "A", root / "B"
    for args in (("--data-dir", str(a), "--share", str(share)),
                 ("--data-dir", str(b), "--share", str(share), "--admin-dir", str(a))):
        made = run("demo", "--persons", "8", *args, env=ENV)
        assert made.returncode == 0, made.stderr
    for folder in (a, b, a):  # the README's sync sequence
        synced = run("sync", "--data-dir", str(folder), env=ENV)
        assert synced.returncode == 0, synced.stdout + synced.stderr
    return a, b


@pytest.mark.parametrize("language", ["fr", "de"])
def test_both_demo_workstations_show_conflicts_to_review(  # type: ignore[no-untyped-def]
        qtbot, qapp, demo_network: tuple[Path, Path], language: str) -> None:
    i18n.install(qapp, language)
    fields = {"fr": {"Résumé", "Téléphone"}, "de": {"Zusammenfassung", "Telefon"}}[language]
    try:
        for folder in demo_network:
            store = open_database(folder, passphrase=DEMO_PASSPHRASE)
            host = _Host(store)
            qtbot.addWidget(host)
            try:
                dialog = SyncDialog(host)  # type: ignore[arg-type]
                qtbot.addWidget(dialog)
                table = dialog.ui.conflictTable
                assert 2 <= table.rowCount() <= 4
                shown = {table.item(row, 1).text() for row in range(table.rowCount())}
                assert shown == fields  # the fields in the reader's language
                for row in range(table.rowCount()):
                    assert table.item(row, 2).text() != table.item(row, 4).text()  # two different values
                dialog.close()
            finally:
                store.close()
    finally:
        i18n.current().switch("fr")
