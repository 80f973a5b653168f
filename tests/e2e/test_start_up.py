"""The real start-up path of the window (gui.app.run): demo folder creation, key, main window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from cii_desktop.gui import app as app_module

ROOT = Path(__file__).resolve().parents[2]


def _close_main_window_when_shown(seen: dict[str, object]) -> None:
    for widget in QApplication.topLevelWidgets():
        if type(widget).__name__ == "MainWindow" and widget.isVisible():
            seen["rows"] = widget.cases.rowCount()  # type: ignore[attr-defined]
            seen["title"] = widget.windowTitle()
            seen["search_label"] = widget.ui.searchLabel.text()  # type: ignore[attr-defined]
            widget.close()  # the last window: the application quits by itself
            return
    QTimer.singleShot(50, lambda: _close_main_window_when_shown(seen))


def test_demo_start_creates_opens_and_shows(tmp_path: Path, memory_keystore, restored_i18n,  # type: ignore[no-untyped-def]
                                            monkeypatch) -> None:
    monkeypatch.setattr(app_module, "demo_data_dir", lambda: tmp_path / "demo")
    seen: dict[str, object] = {}
    QTimer.singleShot(50, lambda: _close_main_window_when_shown(seen))
    assert app_module.run(demo=True, language="de") == 0
    assert seen["rows"] == 97 and "DEMO" in str(seen["title"])
    assert seen["search_label"] == "&Suchen:"
    assert len(memory_keystore.entries) == 1  # the demo key went to the keystore
    # Second start: the existing folder is opened, not recreated.
    before = (tmp_path / "demo" / "cii.keyinfo.json").read_bytes()
    seen.clear()
    QTimer.singleShot(50, lambda: _close_main_window_when_shown(seen))
    assert app_module.run(demo=True, language="fr") == 0
    assert seen["rows"] == 97 and seen["search_label"] == "&Rechercher :"
    assert (tmp_path / "demo" / "cii.keyinfo.json").read_bytes() == before


def test_demo_without_keystore_opens_with_the_demo_passphrase(tmp_path: Path, no_keystore,  # type: ignore[no-untyped-def]
                                                              restored_i18n, monkeypatch) -> None:
    monkeypatch.setattr(app_module, "demo_data_dir", lambda: tmp_path / "demo")
    seen: dict[str, object] = {}
    QTimer.singleShot(50, lambda: _close_main_window_when_shown(seen))
    assert app_module.run(demo=True, language="fr") == 0
    assert seen["rows"] == 97


def test_window_stays_open_after_the_unlock_dialog(tmp_path: Path, no_keystore, restored_i18n) -> None:  # type: ignore[no-untyped-def]
    """A passphrase database: the unlock dialog closes, then the main window must stay up."""
    from cii_desktop.gui.unlock_dialog import UnlockDialog
    from cii_desktop.services.data_folder import create_database
    from tests.conftest import PASSPHRASE

    created = create_database(tmp_path / "data", "passphrase", PASSPHRASE)
    created.store.close()
    seen: dict[str, object] = {}

    def unlock() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, UnlockDialog):
            QTimer.singleShot(50, unlock)
            return
        dialog.ui.passphraseEdit.setText(PASSPHRASE)
        dialog.try_open()
        QTimer.singleShot(300, lambda: _close_main_window_when_shown(seen))  # still there later?

    QTimer.singleShot(50, unlock)
    assert app_module.run(data_dir=tmp_path / "data", language="fr") == 0
    assert seen.get("rows") == 0  # the window was up (an empty database) until closed on purpose


SHOWN_PROBE = """
import sys
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from cii_desktop.gui import i18n
from cii_desktop.gui.main_window import MainWindow
from cii_desktop.gui.settings import AppSettings
from cii_desktop.services.data_folder import open_database
from tests.support.qt import on_first_paint

app = QApplication([])
i18n.install(app, "fr")
store = open_database(Path(sys.argv[1]), passphrase=sys.argv[2])
window = MainWindow(store, Path(sys.argv[1]), AppSettings())

def started():
    if window.started:
        print("STARTED", flush=True)
        app.quit()
    else:
        QTimer.singleShot(10, started)

def painted(_window):
    print("ROWS", window.cases.rowCount(), "LOADED", *sorted(
        m for m in ("sqlalchemy", "reportlab", "alembic") if m in sys.modules), flush=True)
    started()

watch = on_first_paint(app, "MainWindow", painted)
window.show()
QTimer.singleShot(20000, app.quit)
app.exec()
store.close()
"""


def test_the_list_shows_before_the_orm_and_the_forms_are_loaded(tmp_path: Path, no_keystore) -> None:  # type: ignore[no-untyped-def]
    """Start-up reads through plain connections: SQLAlchemy and reportlab load once the list is on
    screen (its first paint), and the sync and referral widgets are built right after."""
    import os
    import subprocess
    import sys

    from cii_desktop.services import demo
    from cii_desktop.services.data_folder import create_database
    from tests.conftest import PASSPHRASE

    created = create_database(tmp_path / "data", "passphrase", PASSPHRASE)
    demo.fill(created.store, persons=8, seed=3)
    created.store.close()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path / "home"), "PYTHONPATH": str(ROOT),
           "XDG_CONFIG_HOME": str(tmp_path / "home" / "config")}
    done = subprocess.run([sys.executable, "-c", SHOWN_PROBE, str(tmp_path / "data"), PASSPHRASE],
                          capture_output=True, text=True, env=env, timeout=120, check=True)
    lines = done.stdout.splitlines()
    assert lines[0].startswith("ROWS ") and int(lines[0].split()[1]) > 0
    assert lines[0].split("LOADED")[1].split() == []  # none of them before the list is shown
    assert lines[1] == "STARTED"  # then the rest of the window is built at once
