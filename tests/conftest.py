"""Shared fixtures: isolated user folders, a keystore, demo data folders; one session QApplication."""

from __future__ import annotations

import atexit
import datetime as dt
import os
import shutil
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# One private home per test session (two suites running at once on one machine must not share
# user settings); CII_TEST_HOME names a fixed one instead.
if "CII_TEST_HOME" in os.environ:
    _SESSION_HOME = Path(os.environ["CII_TEST_HOME"])
else:
    _SESSION_HOME = Path(tempfile.mkdtemp(prefix="cii-desktop-tests-home-"))
    atexit.register(shutil.rmtree, _SESSION_HOME, True)
# Keep settings, logs and default data folders of the tests away from the real user's.
os.environ["HOME"] = str(_SESSION_HOME)
os.environ["XDG_CONFIG_HOME"] = str(_SESSION_HOME / "config")
os.environ["XDG_DATA_HOME"] = str(_SESSION_HOME / "data")
os.environ["XDG_STATE_HOME"] = str(_SESSION_HOME / "state")
os.environ.pop("CII_DESKTOP_DATA_DIR", None)
os.environ.pop("CII_DESKTOP_PASSPHRASE", None)
for _name in ("CII_DESKTOP_LANG", "CII_DESKTOP_SHARE", "CII_DESKTOP_OFFICE", "CII_DESKTOP_INSTITUTION"):
    os.environ.pop(_name, None)
os.environ["CII_DESKTOP_PRESETS"] = str(_SESSION_HOME / "no-machine-presets.ini")  # not /etc's
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import keyring  # noqa: E402
from keyring.backends.fail import Keyring as FailKeyring  # noqa: E402

from cii_desktop.services import demo  # noqa: E402
from cii_desktop.services.data_folder import create_database  # noqa: E402
from cii_desktop.storage.store import Store  # noqa: E402
from tests.support.memory_keyring import MemoryKeyring  # noqa: E402

DEMO_DAY = dt.date(2026, 11, 23)
PASSPHRASE = "correct horse battery staple"


@pytest.fixture(autouse=True)
def _no_user_choices() -> None:
    """Each test starts with no language, data folder or shared folder chosen in the window's
    Settings (a window test may have left some): the commands take them too, as the window does."""
    from cii_desktop.gui.settings import AppSettings

    settings = AppSettings()
    for key in ("language", "share_dir", "data_dir"):
        settings._q.remove(key)  # noqa: SLF001 - the test's own settings file
    settings.sync()


@pytest.fixture
def memory_keystore() -> Iterator[MemoryKeyring]:
    """A working keystore for the duration of one test."""
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def no_keystore() -> Iterator[None]:
    """The situation of a headless Linux: keyring reports keyring.backends.fail."""
    previous = keyring.get_keyring()
    keyring.set_keyring(FailKeyring())
    yield
    keyring.set_keyring(previous)


@pytest.fixture
def store(tmp_path: Path, memory_keystore: MemoryKeyring) -> Iterator[Store]:
    """An empty encrypted database in a temporary data folder."""
    created = create_database(tmp_path / "data", "keystore")
    yield created.store
    created.store.close()


@pytest.fixture
def demo_store(tmp_path: Path, memory_keystore: MemoryKeyring) -> Iterator[Store]:
    """A database with the deterministic demo data (60 persons)."""
    created = create_database(tmp_path / "data", "keystore", demo=True)
    demo.fill(created.store, persons=60, seed=7, today=DEMO_DAY)
    yield created.store
    created.store.close()


@pytest.fixture(scope="session")
def i18n_app(qapp):  # type: ignore[no-untyped-def]
    """The session QApplication with the translators installed (French to begin with)."""
    from cii_desktop.gui import i18n

    manager = i18n.install(qapp, "fr")
    yield manager
    manager.switch("fr")


@pytest.fixture
def french(i18n_app):  # type: ignore[no-untyped-def]
    i18n_app.switch("fr")
    yield i18n_app
    i18n_app.switch("fr")


@pytest.fixture
def main_window(demo_store, french, qtbot, tmp_path):  # type: ignore[no-untyped-def]
    from cii_desktop.gui.main_window import MainWindow
    from cii_desktop.gui.settings import AppSettings
    from cii_desktop.services.profile import Profile, save_profile

    save_profile(demo_store, Profile("Anne Test", "counsellor", "ORP", "SION", "", "fr"))
    window = MainWindow(demo_store, tmp_path / "data", AppSettings())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.due_loaded, timeout=5000)
    yield window
    window.close()


@pytest.fixture
def restored_i18n(i18n_app) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """app.run installs its own translators: put the session's back afterwards (tests of gui.app.run)."""
    from PySide6.QtWidgets import QApplication

    from cii_desktop import logs
    from cii_desktop.gui import i18n

    yield
    started = i18n.current()
    if started is not i18n_app:
        for translator in started._translators:
            QApplication.instance().removeTranslator(translator)  # type: ignore[union-attr]
        i18n._current = i18n_app
    i18n_app.switch("fr")
    logs.shutdown()
