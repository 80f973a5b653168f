"""The first-run wizard and the unlock dialog, on real files."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWizard

from cii_desktop.gui.unlock_dialog import UnlockDialog
from cii_desktop.gui.wizard import FirstRunWizard
from cii_desktop.services.data_folder import DataFolder, create_database, open_database
from cii_desktop.services.profile import load_profile
from tests.conftest import PASSPHRASE


def _next(wizard: FirstRunWizard) -> None:
    wizard.button(QWizard.WizardButton.NextButton).click()


def test_wizard_with_keystore(tmp_path: Path, memory_keystore, french, qtbot) -> None:  # type: ignore[no-untyped-def]
    wizard = FirstRunWizard(tmp_path / "data")
    qtbot.addWidget(wizard)
    wizard.show()
    _next(wizard)  # language
    _next(wizard)  # profile without a name is refused
    assert wizard.currentId() == 1
    assert wizard.ui.profileError.text() == "Ce champ est obligatoire."
    wizard.ui.nameEdit.setText("Anne Test")
    _next(wizard)
    assert wizard.currentId() == 2
    assert wizard.ui.keystoreRadio.isEnabled() and wizard.ui.keystoreRadio.isChecked()
    assert "déverrouillage" in wizard.ui.keystoreNote.text()
    _next(wizard)  # keystore mode asks the window's unlock passphrase too: none typed, nothing created
    assert wizard.currentId() == 2 and wizard.store is None
    assert "12 caractères" in wizard.ui.protectionError.text()
    assert not (tmp_path / "data" / "cii.db").exists()
    wizard.ui.passphraseEdit.setText("unlock the window 1")
    wizard.ui.repeatEdit.setText("unlock the window 1")
    _next(wizard)
    assert wizard.currentId() == 3
    assert wizard.store is not None
    from cii_desktop.services import session_lock

    assert session_lock.has_unlock_passphrase(wizard.store)
    assert session_lock.verify(wizard.store, tmp_path / "data", "unlock the window 1")
    assert not session_lock.verify(wizard.store, tmp_path / "data", "unlock the window 2")
    assert len(wizard.recovery_key) == 39 and wizard.ui.recoveryKeyValue.text() == wizard.recovery_key
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert not finish.isEnabled()
    wizard.ui.keptCheck.setChecked(True)
    assert finish.isEnabled()
    import pypdfium2 as pdfium

    sheet = pdfium.PdfDocument(wizard.recovery_sheet_pdf())[0].get_textpage().get_text_range()
    assert wizard.recovery_key in sheet and "Clé de récupération" in sheet
    profile = load_profile(wizard.store)
    assert profile is not None and profile.full_name == "Anne Test"
    finish.click()
    wizard.store.close()
    assert len(memory_keystore.entries) == 1
    assert wizard.recovery_key not in "".join(p.read_text(errors="ignore")
                                              for p in (tmp_path / "data").iterdir() if p.is_file())


def test_wizard_without_keystore_uses_a_passphrase(tmp_path: Path, no_keystore, french,  # type: ignore[no-untyped-def]
                                                   qtbot) -> None:
    wizard = FirstRunWizard(tmp_path / "data")
    qtbot.addWidget(wizard)
    wizard.show()
    assert not wizard.ui.keystoreRadio.isEnabled() and wizard.ui.passphraseRadio.isChecked()
    assert "pas de trousseau" in wizard.ui.keystoreNote.text()
    _next(wizard)
    wizard.ui.nameEdit.setText("Beat Imboden")
    _next(wizard)
    wizard.ui.passphraseEdit.setText("court")
    wizard.ui.repeatEdit.setText("court")
    _next(wizard)
    assert wizard.currentId() == 2
    assert "12 caractères" in wizard.ui.protectionError.text()
    wizard.ui.passphraseEdit.setText(PASSPHRASE)
    wizard.ui.repeatEdit.setText(PASSPHRASE + "x")
    _next(wizard)
    assert "différentes" in wizard.ui.protectionError.text()
    wizard.ui.repeatEdit.setText(PASSPHRASE)
    _next(wizard)
    assert wizard.currentId() == 3 and wizard.store is not None
    wizard.ui.keptCheck.setChecked(True)
    wizard.button(QWizard.WizardButton.FinishButton).click()
    wizard.store.close()
    assert DataFolder(tmp_path / "data").protection() == "passphrase"
    open_database(tmp_path / "data", PASSPHRASE).close()


def test_unlock_dialog_passphrase_and_recovery(tmp_path: Path, no_keystore, french,  # type: ignore[no-untyped-def]
                                               qtbot) -> None:
    created = create_database(tmp_path, "passphrase", PASSPHRASE)
    created.store.close()
    dialog = UnlockDialog(tmp_path, "store.passphrase_required")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.ui.explanation.text() == "Cette base de données est protégée par une phrase secrète."
    dialog.ui.passphraseEdit.setText("not the right passphrase")
    dialog.try_open()
    assert dialog.store is None and dialog.isVisible()
    assert dialog.ui.formError.text() == "Phrase secrète incorrecte. Rien n'a été modifié."
    dialog.ui.useRecoveryCheck.setChecked(True)
    assert dialog.ui.recoveryEdit.isVisibleTo(dialog) and not dialog.ui.passphraseEdit.isVisibleTo(dialog)
    dialog.ui.recoveryEdit.setText(created.recovery_key)
    dialog.try_open()
    assert dialog.store is not None and not dialog.isVisible()
    dialog.store.close()


def test_lost_keystore_entry_asks_for_the_recovery_key(tmp_path: Path, memory_keystore, french,  # type: ignore[no-untyped-def]
                                                       qtbot) -> None:
    created = create_database(tmp_path, "keystore")
    created.store.close()
    memory_keystore.entries.clear()
    dialog = UnlockDialog(tmp_path, "store.key_missing")
    qtbot.addWidget(dialog)
    dialog.show()
    assert "aucune nouvelle clé n'a été créée" in dialog.ui.explanation.text()
    assert not dialog.ui.useRecoveryCheck.isVisibleTo(dialog)
    dialog.ui.recoveryEdit.setText(created.recovery_key)
    dialog.try_open()
    assert dialog.store is not None
    dialog.store.close()
    assert len(memory_keystore.entries) == 1
