"""Settings: the user profile, the language, the data folder and the shared server folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QLabel, QWidget

from ..domain import reference
from ..services.data_folder import check_share_location
from ..services.profile import Profile, load_profile, save_profile
from ..storage.store import Store
from . import i18n
from .forms import FormDialog, fill_combo, select_code, show_error
from .generated.ui_settings_dialog import Ui_SettingsDialog
from .settings import AppSettings
from .share_setting import ShareSetting


class SettingsDialog(FormDialog):
    def __init__(self, store: Store, settings: AppSettings, data_dir: Path,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_SettingsDialog()
        self.ui.setupUi(self)
        self._store, self._settings = store, settings
        self.identityNote = QLabel(self)
        self.identityNote.setObjectName("identityNote")
        self.identityNote.setWordWrap(True)
        self.ui.profileForm.insertRow(0, self.identityNote)
        self._asking = False
        self.retranslate()
        self._loading = True
        profile = load_profile(store)
        self._from_roster = bool(profile and profile.from_roster)
        for widget in (self.ui.nameEdit, self.ui.roleCombo, self.ui.institutionCombo, self.ui.officeCombo):
            widget.setEnabled(not self._from_roster)  # the administrator's roster says who this is
        self.rosterRole = QLabel(self)  # a member's role: the roster's, in words, under the one label "Role"
        self.rosterRole.setObjectName("rosterRole")
        if self._from_roster:
            self.ui.profileForm.replaceWidget(self.ui.roleCombo, self.rosterRole)
            self.ui.roleCombo.setVisible(False)
            self.ui.roleLabel.setBuddy(self.rosterRole)
        else:
            self.rosterRole.setVisible(False)
        self._show_identity_note()
        if profile:
            self.ui.nameEdit.setText(profile.full_name)
            select_code(self.ui.roleCombo, profile.role)
            select_code(self.ui.institutionCombo, profile.institution_code)
            select_code(self.ui.officeCombo, profile.office_code)
            self.ui.emailEdit.setText(profile.email)
        select_code(self.ui.languageCombo, i18n.language())
        self.ui.dataDirEdit.setText(str(settings.data_dir or data_dir))
        self.ui.shareEdit.setText(settings.share_dir)
        self.share = ShareSetting(store, self.ui.shareEdit, self.ui.appForm, 4)
        self._loading = False
        show_error(self.ui.nameError, None, None)
        self.ui.dataDirButton.clicked.connect(self._choose_data_dir)
        self.ui.shareButton.clicked.connect(self._choose_share)
        self._data_dir = data_dir
        self.keyButton = self.ui.buttonBox.addButton(self.tr("Database key…"),
                                                     QDialogButtonBox.ButtonRole.ActionRole)
        self.keyButton.clicked.connect(self._change_key)
        self.ready(self.ui.buttonBox)

    def ask_identity(self) -> None:
        """Opened at start on a folder without a user (made by ``cii-desktop init``)."""
        self._asking = True
        self._show_identity_note()
        self.ui.nameEdit.setFocus()

    def _show_identity_note(self) -> None:
        if self._from_roster:
            from ..domain import permissions as table
            from ..services import permissions

            held = sorted(permissions.current_roles(self._store))
            roles = ", ".join(table.roles()[r].text(i18n.language()) for r in held if r in table.roles())
            self.rosterRole.setText(roles or "–")
            self.identityNote.setText(self.tr(
                "Your name, institution, office and role come from the network's roster, signed by its "
                "administrator (role: %1). Ask the administrator to change them.").replace("%1", roles))
        elif self._asking:
            self.identityNote.setText(self.tr(
                "Who uses this workstation? Enter your name: forms, decisions and journal entries carry it."))
        self.identityNote.setVisible(self._from_roster or self._asking)

    def _change_key(self) -> None:
        from .key_dialog import KeyDialog

        KeyDialog(self._store, self._data_dir, parent=self).exec()

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        if hasattr(self, "keyButton"):
            self.keyButton.setText(self.tr("Database key…"))
        if hasattr(self, "share"):
            self.share.retranslate()
        if hasattr(self, "_from_roster"):
            self._show_identity_note()
        fill_combo(self.ui.roleCombo, reference.ROLES)
        fill_combo(self.ui.institutionCombo, reference.INSTITUTIONS)
        fill_combo(self.ui.officeCombo, reference.OFFICES)
        fill_combo(self.ui.languageCombo, reference.LANGUAGES)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setDefault(True)

    def _choose_data_dir(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Data folder"), self.ui.dataDirEdit.text())
        if folder:
            self.ui.dataDirEdit.setText(folder)
            self.mark_dirty()

    def _choose_share(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Shared server folder"),
                                                  self.ui.shareEdit.text())
        if folder:
            self.ui.shareEdit.setText(folder)
            self.mark_dirty()

    def save(self) -> None:
        show_error(self.ui.nameError, self.ui.nameEdit, None)
        profile = Profile(self.ui.nameEdit.text(), self.ui.roleCombo.currentData(),
                          self.ui.institutionCombo.currentData(), self.ui.officeCombo.currentData(),
                          self.ui.emailEdit.text(), self.ui.languageCombo.currentData())
        data_dir, share = self.ui.dataDirEdit.text().strip(), self.ui.shareEdit.text().strip()
        if not self.attempt(lambda: check_share_location(data_dir, share), self.ui.nameError, self.ui.shareEdit):
            return
        if not self.share.accept(self):
            return
        if not self.attempt(lambda: save_profile(self._store, profile), self.ui.nameError, self.ui.nameEdit):
            return
        self._settings.data_dir = Path(self.ui.dataDirEdit.text().strip())
        self._settings.share_dir = self.ui.shareEdit.text().strip()
        self._settings.language = profile.language
        self.accepted_clean()
        if profile.language != i18n.language():
            i18n.current().switch(profile.language)
