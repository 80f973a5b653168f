"""Settings > Keys: change the passphrase, issue a new recovery key, move between passphrase and
keystore, rekey. The change runs off the GUI thread; the new recovery key is shown once at the end."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from ..services.data_folder import MIN_PASSPHRASE, DataFolder
from ..storage.errors import KeyChangeCancelledError, StoreError
from ..storage.store import Store
from . import tasks
from .messages import message

ACTIONS = ("change-passphrase", "new-recovery-key", "to-keystore", "to-passphrase", "rekey")


class KeyDialog(QDialog):
    """One key change of the open database; ``recovery_key`` holds the new key once done."""

    def __init__(self, store: Store, data_dir: Path, action: str | None = None,
                 after_recovery: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store, self._folder = store, data_dir
        self._current = DataFolder(data_dir).protection()
        self._after_recovery = after_recovery
        self.recovery_key: str | None = None
        self.notice: QMessageBox | None = None  # "cancelled", shown once the dialog has closed
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.action = QComboBox()
        self.passphrase = QLineEdit()
        self.repeat = QLineEdit()
        for edit in (self.passphrase, self.repeat):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.result = QLineEdit()
        self.result.setReadOnly(True)
        self.result.setVisible(False)
        self.busy = QProgressBar()  # the change runs off the GUI thread; Cancel stops it until its commit
        self.busy.setRange(0, 0)
        self.busy.setVisible(False)
        self._task: tasks.Task | None = None
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.form = QFormLayout()
        self.form.addRow(self.intro)
        self.form.addRow("", self.action)
        self.form.addRow("", self.passphrase)
        self.form.addRow("", self.repeat)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.result)
        layout.addWidget(self.busy)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.cancel)
        self.action.currentIndexChanged.connect(self._update)
        self.retranslate()
        if action in ACTIONS:
            self.action.setCurrentIndex(ACTIONS.index(action))
        self._update()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Database key"))
        texts = (self.tr("Change the passphrase"), self.tr("Issue a new recovery key"),
                 self.tr("Keep the key in this computer's keystore"), self.tr("Protect with a passphrase"),
                 self.tr("Re-encrypt under a new key"))
        index = max(self.action.currentIndex(), 0)
        self.action.clear()
        self.action.addItems(list(texts))
        self.action.setCurrentIndex(index)
        intro = self.tr("Every change gives the database a new key and a new recovery key: the old "
                        "passphrase and the old recovery key stop opening it. Older backups keep theirs.")
        if self._after_recovery:
            intro = self.tr("The database was opened with the recovery key. Choose a new passphrase now.") \
                + "\n" + intro
        self.intro.setText(intro)
        label = self.form.labelForField(self.passphrase)
        if isinstance(label, QLabel):
            label.setText(self.tr("New passphrase"))
        label = self.form.labelForField(self.repeat)
        if isinstance(label, QLabel):
            label.setText(self.tr("Repeat it"))
        label = self.form.labelForField(self.action)
        if isinstance(label, QLabel):
            label.setText(self.tr("Change"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def target(self) -> str:
        action = ACTIONS[self.action.currentIndex()]
        return {"to-keystore": "keystore", "to-passphrase": "passphrase",
                "change-passphrase": "passphrase"}.get(action, self._current)

    def _update(self) -> None:
        needs = self.target() == "passphrase"
        for widget in (self.passphrase, self.repeat):
            widget.setVisible(needs)
            label = self.form.labelForField(widget)
            if label is not None:
                label.setVisible(needs)
        self.error.setText("")

    def start(self) -> None:
        if self.recovery_key is not None:
            self.accept()
            return
        action, target = ACTIONS[self.action.currentIndex()], self.target()
        if (action, self._current) in (("to-keystore", "keystore"), ("to-passphrase", "passphrase")):
            self.error.setText(message("store.same_protection"))
            return
        passphrase = None
        if target == "passphrase":
            passphrase = self.passphrase.text()
            if len(passphrase) < MIN_PASSPHRASE:
                self.error.setText(message("store.weak_passphrase"))
                return
            if passphrase != self.repeat.text():
                self.error.setText(message("store.passphrases_differ"))
                return
        self._running(True)
        self.error.setText(self.tr("Changing the key…"))
        from ..services.key_change import change_key

        def work(ctx: tasks.TaskContext) -> object:
            try:
                return change_key(self._store, self._folder, target, passphrase,  # type: ignore[arg-type]
                                  cancelled=lambda: ctx.cancelled)
            except KeyChangeCancelledError:
                raise tasks.Cancelled() from None  # the user's cancel: not a failure

        self._task = tasks.start(work, self._done, self._failed, on_cancelled=self._cancelled)

    def _running(self, running: bool) -> None:
        """While the change runs only Cancel works (it stops the change, which is then undone)."""
        self.busy.setVisible(running)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not running)
        for widget in (self.action, self.passphrase, self.repeat):
            widget.setEnabled(not running)

    def cancel(self) -> None:
        if self._task is not None:  # running: ask it to stop; the dialog closes once it has
            self._task.cancel()
            self.error.setText(self.tr("Cancelling: the database keeps its key…"))
            return
        self.reject()

    def reject(self) -> None:
        if self._task is not None:
            self.cancel()  # Esc or the close button while running: stop the change first
            return
        super().reject()

    def _done(self, change: object) -> None:
        self._task = None
        self.busy.setVisible(False)
        self.recovery_key = str(getattr(change, "recovery_key", ""))
        self.result.setText(self.recovery_key)
        self.result.setVisible(True)
        self.error.setText(self.tr("New recovery key: write it down or print it, it is shown only once."))
        for widget in (self.action, self.passphrase, self.repeat):
            widget.setEnabled(False)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setVisible(False)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(True)

    def _cancelled(self) -> None:
        """The change stopped, undone: the dialog closes and says the old key is unchanged."""
        self._task = None
        self.notice = QMessageBox(QMessageBox.Icon.Information, self.windowTitle(),
                                  message("store.key_change_cancelled"), parent=self.parentWidget())
        self.notice.open()  # not modal for the application: nothing waits on it
        super().reject()

    def _failed(self, exc: BaseException) -> None:
        self._task = None
        self._running(False)
        self.error.setText(message(exc.code if isinstance(exc, StoreError) else "store.error"))


class RecoveryBanner(QLabel):
    """The window's warning, at every opening, while the folder's recovery key was never shown (a key
    change a crash interrupted was completed at the opening): until a new recovery key is issued."""

    def __init__(self, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._folder = folder
        self.setWordWrap(True)
        self.setStyleSheet("background: #fde2e1; color: #7a1c1c; padding: 6px; border-radius: 3px;")
        self.refresh()

    def refresh(self) -> None:
        from ..services.key_change import recovery_unseen

        self.setText(self.tr("A key change was completed when this database was opened after an interruption: "
                             "its new recovery key was never shown. Issue a new recovery key now (Settings, "
                             "Database key…) and write it down."))
        self.setVisible(recovery_unseen(self._folder))
