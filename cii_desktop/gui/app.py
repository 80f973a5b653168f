"""Start-up of the window: language, exception hook, open or create the data folder, main window."""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QProgressDialog, QWidget

from .. import APP_NAME, __version__, logs
from ..paths import asset_dir, default_data_dir, demo_data_dir
from ..services.data_folder import DataFolder, open_database
from ..services.profile import ensure_demo_profile, load_profile
from ..storage.errors import StoreError
from ..storage.store import Store
from . import i18n, tasks
from .exception_hook import ExceptionHook
from .messages import message
from .settings import AppSettings

if TYPE_CHECKING:
    from .main_window import MainWindow

log = logging.getLogger(__name__)


def system_language() -> str:
    return "de" if QLocale.system().language() == QLocale.Language.German else "fr"


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName("Canton du Valais")
    app.setWindowIcon(QIcon(str(asset_dir("resources") / "cii-desktop.svg")))
    from . import input_guard, screen_fit, tab_style

    tab_style.install(app)  # capital accents whole on inactive tabs
    screen_fit.install(app)  # no window larger than its screen (1366x768 laptops)
    input_guard.install(app)  # every text field keeps to the text rules as it is typed
    return app


def error_box(parent: QWidget | None, code: str) -> None:
    QMessageBox.critical(parent, APP_NAME, message(code))


def create_demo_folder(folder: Path, parent: QWidget | None = None) -> bool:
    """Create the demo data folder off the GUI thread, with a progress dialog that can cancel."""
    from ..services.demo_folder import create_demo

    persons = 60
    progress = QProgressDialog(QApplication.translate("App", "Creating the demo data…"),
                               QApplication.translate("App", "Cancel"), 0, persons, parent)
    progress.setWindowModality(Qt.WindowModality.ApplicationModal)
    progress.setMinimumDuration(0)
    outcome: dict[str, object] = {}

    def work(ctx: tasks.TaskContext) -> int:
        def step(done: int, total: int) -> None:
            ctx.check_cancelled()  # raises: the transaction rolls back, the new folder is removed
            ctx.progress(done, total)

        share = folder.parent / "demo-share"  # a local folder standing in for the server's
        share.mkdir(parents=True, exist_ok=True)
        store, count = create_demo(folder, persons=persons, seed=7, passphrase=None, progress=step,
                                   share=share)
        store.close()
        return count

    def finish(key: str, value: object) -> None:
        outcome[key] = value
        progress.done(0)

    task = tasks.start(work, lambda n: finish("ok", n), lambda exc: finish("error", exc),
                       on_progress=lambda done, _total: progress.setValue(done),
                       on_cancelled=lambda: finish("cancelled", True))
    progress.canceled.connect(task.cancel)
    progress.exec()
    tasks.wait_all()
    if "error" in outcome:
        exc = outcome["error"]
        error_box(parent, exc.code if isinstance(exc, StoreError) else "store.error")
        return False
    return "ok" in outcome


def open_folder(folder: Path) -> Store | None:
    """Open the database with the keystore, or ask for the passphrase / recovery key."""
    from ..services.demo_folder import open_demo
    from .unlock_dialog import UnlockDialog

    try:
        # A demo folder made with the demo passphrase opens at once (fictional data only); one
        # made with a passphrase of one's own is asked for like any other.
        store = open_demo(folder)
        return store if store is not None else open_database(folder)
    except StoreError as exc:
        if exc.code not in ("store.passphrase_required", "store.key_missing",
                            "store.keystore_unavailable"):
            error_box(None, exc.code)
            return None
        dialog = UnlockDialog(folder, exc.code, None)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            offer_new_passphrase(dialog, folder)
            return dialog.store
        return None


def offer_new_passphrase(dialog: QDialog, folder: Path) -> None:
    """Opened with the recovery key where a passphrase was forgotten: offer a new one at once."""
    store = getattr(dialog, "store", None)
    if store is None or not getattr(dialog, "used_recovery", False) \
            or DataFolder(folder).protection() != "passphrase":
        return
    from .key_dialog import KeyDialog

    KeyDialog(store, folder, "change-passphrase", after_recovery=True).exec()


def start_daily_backups(window: QWidget, store: Store, folder: Path,
                        every_ms: int = 3_600_000) -> QTimer:
    """While the window is open: each hour (and a minute after start), an encrypted backup if the
    retention's interval has passed (services.backup.daily), made off the GUI thread."""
    from ..services import backup

    def run_backup() -> None:
        tasks.start(lambda _ctx: backup.daily(store, folder), lambda _made: None, lambda _exc: None)

    def tick() -> None:
        lifecycle = getattr(window, "lifecycle", None)
        if lifecycle is None:
            run_backup()
        else:  # an erasure's compaction owed runs first (gui/lifecycle_view.py); busy: the next tick
            lifecycle.compact_when_owed(then=run_backup)

    timer = QTimer(window)
    timer.timeout.connect(tick)
    timer.start(every_ms)
    QTimer.singleShot(min(every_ms, 60_000), window, tick)
    return timer


EXIT_NO_IDENTITY = 3  # the user closed the identity dialog at the start without giving a name


def ask_identity(window: MainWindow) -> None:
    """A folder made by ``cii-desktop init`` has no user yet: once the window is up, its settings
    ask who it is, so that no dialog later needs a name nobody gave. The dialog cannot leave the
    window without a user: closing it without saving says so and quits (exit code
    :data:`EXIT_NO_IDENTITY`); the next start asks again."""
    from .settings_dialog import SettingsDialog

    dialog = SettingsDialog(window.store, window.settings, window.data_dir, window)
    dialog.setObjectName("identityDialog")
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.ask_identity()

    def finished(_result: int) -> None:
        if load_profile(window.store) is not None:
            window.profile = load_profile(window.store)
            window.setWindowTitle(window._title())
            return
        box = QMessageBox(QMessageBox.Icon.Information, APP_NAME, QApplication.translate(
            "App", "No user was given for this workstation: CII Desktop closes, since forms, decisions and "
                   "journal entries must carry a name. Start it again to say who uses this workstation."),
            QMessageBox.StandardButton.Ok, window)
        box.setObjectName("identityRequired")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(lambda _r: _quit_without_identity(window))
        box.open()

    dialog.finished.connect(finished)
    dialog.open()


def _quit_without_identity(window: MainWindow) -> None:
    log.info("closed without a user at the first start")
    window.close()
    QApplication.exit(EXIT_NO_IDENTITY)


def first_run(folder: Path) -> Store | None:
    from .wizard import FirstRunWizard

    wizard = FirstRunWizard(folder)
    wizard.exec()
    return wizard.store


def run(data_dir: Path | None = None, demo: bool = False, language: str | None = None) -> int:
    app = make_application()
    logs.setup()
    settings = AppSettings()
    i18n.install(app, language or settings.language or system_language())
    hook = ExceptionHook()
    folder = demo_data_dir() if demo else (data_dir or settings.data_dir or default_data_dir())
    if demo and not DataFolder(folder).has_database() and not create_demo_folder(folder):
        return 1
    from .lock_setup import unlock_at_start

    existing = DataFolder(folder).has_database()
    store = open_folder(folder) if existing else first_run(folder)
    if store is None:
        return 1
    if demo or DataFolder(folder).is_demo():  # a demo folder opened with --data-dir too
        ensure_demo_profile(store, i18n.language())
    elif existing and not unlock_at_start(store, folder):  # keystore mode: the unlock passphrase
        store.close()
        return 1
    if not demo:
        settings.data_dir = folder
    from .main_window import MainWindow

    window = MainWindow(store, folder, settings, demo=demo)
    window.show()
    log.info("main window shown")
    if load_profile(store) is None:
        QTimer.singleShot(0, window, lambda: ask_identity(window))
    start_daily_backups(window, store, folder)
    try:
        return app.exec()
    finally:
        tasks.wait_all()
        store.close()
        hook.uninstall()
