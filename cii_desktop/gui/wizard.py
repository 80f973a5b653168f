"""First-run wizard: language, profile, key protection (keystore or passphrase), recovery key."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QApplication, QWidget, QWizard

from .. import presets
from ..domain import reference
from ..services.data_folder import create_database
from ..services.profile import Profile, save_profile
from ..storage.errors import StoreError
from ..storage.keystore import keystore_available
from ..storage.store import Store
from . import i18n
from .forms import fill_combo, show_error
from .generated.ui_first_run_wizard import Ui_FirstRunWizard

PAGE_LANGUAGE, PAGE_PROFILE, PAGE_PROTECTION, PAGE_RECOVERY = range(4)


class FirstRunWizard(QWizard):
    """Creates the encrypted database of a data folder; ``store`` is set when it succeeded."""

    def __init__(self, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_FirstRunWizard()
        self.ui.setupUi(self)
        self.data_dir = data_dir
        self.store: Store | None = None
        self.recovery_key = ""
        self._keystore = keystore_available()
        self.retranslate()
        self.ui.dataDirValue.setText(str(data_dir))
        self.ui.languageCombo.setCurrentIndex(max(0, self.ui.languageCombo.findData(i18n.language())))
        self.ui.languageCombo.currentIndexChanged.connect(self._language_chosen)
        for combo, preset in ((self.ui.institutionCombo, presets.resolve("institution")),
                              (self.ui.officeCombo, presets.resolve("office"))):  # the office's presets
            if preset:
                combo.setCurrentIndex(max(0, combo.findData(preset)))
        self.ui.keystoreRadio.setEnabled(self._keystore)
        if not self._keystore:
            self.ui.passphraseRadio.setChecked(True)
        self.ui.keystoreRadio.toggled.connect(self._protection_changed)
        self._protection_changed()
        self.ui.printButton.clicked.connect(self.print_recovery_key)
        self.ui.keptCheck.toggled.connect(lambda _: self.ui.recoveryPage.completeChanged.emit())
        self.ui.recoveryPage.isComplete = lambda: self.ui.keptCheck.isChecked()  # type: ignore[method-assign]
        show_error(self.ui.profileError, None, None)
        show_error(self.ui.protectionError, None, None)

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        # Qt's wizard keeps the button texts it was made with: set them again from Qt's catalogue.
        for button, text in ((QWizard.WizardButton.BackButton, "< &Back"),
                             (QWizard.WizardButton.NextButton, "&Next >"),
                             (QWizard.WizardButton.FinishButton, "&Finish"),
                             (QWizard.WizardButton.CancelButton, "Cancel"),
                             (QWizard.WizardButton.HelpButton, "&Help")):
            self.setButtonText(button, QCoreApplication.translate("QWizard", text))
        for combo, table in ((self.ui.languageCombo, reference.LANGUAGES), (self.ui.roleCombo, reference.ROLES),
                             (self.ui.institutionCombo, reference.INSTITUTIONS),
                             (self.ui.officeCombo, reference.OFFICES)):
            fill_combo(combo, table)
        self.ui.keystoreNote.setText(
            self.tr("A keystore is available on this computer: it keeps the database key. Choose "
                    "below an unlock passphrase (at least 12 characters): the window locks itself "
                    "after a few idle minutes and with Ctrl+L, and this passphrase unlocks it.") if self._keystore else
            self.tr("This computer has no usable keystore, so the key cannot be kept there. "
                    "Choose a passphrase of at least 12 characters."))
        if self.recovery_key:
            self.ui.recoveryKeyValue.setText(self.recovery_key)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _language_chosen(self) -> None:
        i18n.current().switch(self.ui.languageCombo.currentData())

    def _protection_changed(self) -> None:
        """Both ways ask a passphrase: the database's, or in keystore mode the window's unlock one."""
        for widget in (self.ui.passphraseEdit, self.ui.repeatEdit):
            widget.setEnabled(True)

    def validateCurrentPage(self) -> bool:
        page = self.currentId()
        if page == PAGE_PROFILE and not self.ui.nameEdit.text().strip():
            show_error(self.ui.profileError, self.ui.nameEdit, "required")
            return False
        if page == PAGE_PROTECTION and self.store is None:
            return self._create()
        return super().validateCurrentPage()

    def _create(self) -> bool:
        from ..services import session_lock
        from ..services.data_folder import MIN_PASSPHRASE

        show_error(self.ui.protectionError, None, None)
        typed = self.ui.passphraseEdit.text()
        if typed != self.ui.repeatEdit.text():
            self.ui.protectionError.setText(self.tr("The two passphrases differ."))
            self.ui.protectionError.setVisible(True)
            return False
        if len(typed) < MIN_PASSPHRASE:  # checked before anything is created
            show_error(self.ui.protectionError, self.ui.passphraseEdit, "store.weak_passphrase")
            return False
        passphrase = typed if self.ui.passphraseRadio.isChecked() else None
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            created = create_database(self.data_dir, "passphrase" if passphrase is not None else "keystore",
                                      passphrase)
        except StoreError as exc:
            show_error(self.ui.protectionError, None, exc.code)
            return False
        except OSError:
            show_error(self.ui.protectionError, None, "store.folder_not_writable")
            return False
        finally:
            QApplication.restoreOverrideCursor()
        self.store = created.store
        if passphrase is None:  # keystore: the typed passphrase unlocks the window (a verifier in the database)
            session_lock.set_unlock_passphrase(self.store, typed)
        self.recovery_key = created.recovery_key
        self.ui.recoveryKeyValue.setText(created.recovery_key)
        save_profile(self.store, Profile(self.ui.nameEdit.text(), self.ui.roleCombo.currentData(),
                                         self.ui.institutionCombo.currentData(),
                                         self.ui.officeCombo.currentData(), "", i18n.language()))
        # No going back: the database exists now.
        self.button(QWizard.WizardButton.BackButton).setEnabled(False)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        return True

    def recovery_sheet_pdf(self) -> bytes:
        """The recovery-key sheet (document engine), in the wizard's language; printed, never saved."""
        from ..documents.forms import recovery_sheet_pdf

        workstation = self.store.workstation_id if self.store is not None else ""
        return recovery_sheet_pdf(self.recovery_key, str(self.data_dir), dt.date.today(), i18n.language(),
                                  workstation)

    def print_recovery_key(self) -> None:
        from .document_dialog import pdf_from_memory, print_pdf

        document = pdf_from_memory(self, self.recovery_sheet_pdf())
        print_pdf(self, document, self.tr("Recovery key"))
        document.deleteLater()

    def reject(self) -> None:
        if self.store is not None and not self.ui.keptCheck.isChecked():
            show_error(self.ui.protectionError, None, None)
            self.ui.keptCheck.setFocus()
            return  # the recovery key must be taken before leaving
        super().reject()
