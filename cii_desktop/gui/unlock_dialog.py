"""Open an existing database: ask for the passphrase, or for the recovery key when the key is lost."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QWidget

from ..services.data_folder import open_database
from ..storage.errors import StoreError
from ..storage.store import Store
from .forms import show_error
from .generated.ui_unlock_dialog import Ui_UnlockDialog
from .messages import message


class UnlockDialog(QDialog):
    """Tries to open the database with what the user types; stays open on a wrong entry."""

    def __init__(self, data_dir: Path, reason_code: str, demo_hint: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_UnlockDialog()
        self.ui.setupUi(self)
        self.data_dir = data_dir
        self.store: Store | None = None
        self.used_recovery = False
        self._reason = reason_code
        self._demo_hint = demo_hint
        self._passphrase_mode = reason_code == "store.passphrase_required"
        self.ui.useRecoveryCheck.setVisible(self._passphrase_mode)
        self.ui.useRecoveryCheck.toggled.connect(self._mode_changed)
        self.ui.buttonBox.accepted.connect(self.try_open)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.retranslate()
        self._mode_changed()
        show_error(self.ui.formError, None, None)

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        text = message(self._reason)
        if self._demo_hint:
            text += "\n" + self.tr("Demo data: the passphrase is %1").replace("%1", self._demo_hint)
        self.ui.explanation.setText(text)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Open).setDefault(True)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _mode_changed(self) -> None:
        recovery = not self._passphrase_mode or self.ui.useRecoveryCheck.isChecked()
        for widget in (self.ui.passphraseLabel, self.ui.passphraseEdit):
            widget.setVisible(not recovery)
        for widget in (self.ui.recoveryLabel, self.ui.recoveryEdit):
            widget.setVisible(recovery)
        (self.ui.recoveryEdit if recovery else self.ui.passphraseEdit).setFocus()
        # The previous mode's error ("wrong passphrase") says nothing about the new one.
        for edit in (self.ui.passphraseEdit, self.ui.recoveryEdit):
            show_error(self.ui.formError, edit, None)

    def try_open(self) -> None:
        recovery = not self._passphrase_mode or self.ui.useRecoveryCheck.isChecked()
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            if recovery:
                self.store = open_database(self.data_dir, recovery_key=self.ui.recoveryEdit.text())
            else:
                self.store = open_database(self.data_dir, passphrase=self.ui.passphraseEdit.text())
        except StoreError as exc:
            show_error(self.ui.formError, self.ui.recoveryEdit if recovery else self.ui.passphraseEdit,
                       exc.code)
            return
        finally:
            QApplication.restoreOverrideCursor()
        self.used_recovery = recovery
        self.accept()
