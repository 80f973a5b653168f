"""Wording and small states of the window: the wizard follows the chosen language, an empty table
offers no reminder to create, the About box names the keystore as users know it."""

from __future__ import annotations

from PySide6.QtWidgets import QWizard


def test_the_wizard_switches_its_buttons_and_language_combo(french, qtbot, tmp_path, memory_keystore) -> None:  # type: ignore[no-untyped-def]
    from cii_desktop.gui.wizard import FirstRunWizard

    wizard = FirstRunWizard(tmp_path / "data")
    qtbot.addWidget(wizard)
    wizard.show()
    assert "Suivant" in wizard.buttonText(QWizard.WizardButton.NextButton)
    try:
        wizard.ui.languageCombo.setCurrentIndex(wizard.ui.languageCombo.findData("de"))
        assert "Weiter" in wizard.buttonText(QWizard.WizardButton.NextButton)
        assert wizard.buttonText(QWizard.WizardButton.CancelButton) == "Abbrechen"
        assert "ß" not in wizard.buttonText(QWizard.WizardButton.FinishButton)
        labels = [wizard.ui.languageCombo.itemText(i) for i in range(wizard.ui.languageCombo.count())]
        assert "Deutsch" in labels and "Français" not in labels, labels
    finally:
        french.switch("fr")
    wizard.reject()


def test_no_reminder_to_create_on_an_empty_targets_table(main_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    from cii_desktop.gui.referral_dialogs import TargetsDialog
    from tests.support.referral import new_case

    case_id = new_case(main_window.store, avs_digits="")  # no situation flag: no row matches
    dialog = TargetsDialog(main_window.store, case_id, "Anne", main_window)
    qtbot.addWidget(dialog)
    if dialog.ui.targetsTable.rowCount() == 0:
        assert not dialog.ui.reminderButton.isEnabled()
    lse = new_case(main_window.store, "Rey", avs_digits="", lse=True)
    other = TargetsDialog(main_window.store, lse, "Anne", main_window)
    qtbot.addWidget(other)
    assert other.ui.reminderButton.isEnabled() == (other.ui.targetsTable.rowCount() > 0)


def test_about_box_names_the_keystore_in_words(main_window, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from cii_desktop.gui import main_window as module

    monkeypatch.setattr(module, "backend_name", lambda: "keyring.backends.fail.Keyring")
    text = main_window._keystore_text()
    assert "keyring" not in text and "phrase de passe" in text
    monkeypatch.setattr(module, "backend_name", lambda: "keyring.backends.SecretService.Keyring")
    assert "GNOME" in main_window._keystore_text()


def test_tandem_counts_read_well_in_german(main_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    from cii_desktop.domain.dates import format_date
    from cii_desktop.gui.tandem_dialog import TandemDialog
    from tests.support.handlings import accepted
    from tests.support.referral import TODAY, new_case

    main_window.switch_language("de")
    try:
        store = main_window.store
        handling_id = accepted(store, new_case(store, avs_digits=""), "tandem")
        dialog = TandemDialog(store, handling_id, lambda k, s: None, main_window, TODAY)
        qtbot.addWidget(dialog)
        dialog.ui.startEdit.setText(format_date(TODAY))
        dialog.ui.leadOrpEdit.setText("Reto Imboden")
        dialog.ui.leadCmsEdit.setText("Ursula Jossen")
        dialog.start()
        dialog.ui.interviewDateEdit.setText(format_date(TODAY))
        dialog.ui.interviewWhoEdit.setText("Reto, Ursula")
        dialog.log_interview()
        text = dialog.ui.rhythmLabel.text()
        assert "erfasste Gespräche: 1" in text and "1 Gespräche" not in text, text
    finally:
        main_window.switch_language("fr")
