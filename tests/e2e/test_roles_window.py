"""Roles in the window: what a role may not do is not offered, and refused with a clear message if
reached anyway; a network member's identity is the roster's; a missing name is said as such."""

from __future__ import annotations

from pathlib import Path

from cii_desktop.services import permissions
from cii_desktop.services.profile import Profile, load_profile, save_profile
from tests.support.referral import new_case, walk_to_announcement
from tests.support.roles import as_bureau


def _pending(store) -> int:  # type: ignore[no-untyped-def]
    return int(store.read_connection().execute(
        "SELECT count(*) FROM announcement WHERE status = 'sent' AND deleted = 0").fetchone()[0])


def test_bureau_entries_follow_the_role(main_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    store, ui = main_window.store, main_window.ui
    _ = main_window.referral  # the Bureau menu's entries are built
    assert not permissions.may(store, "bureau.triage")
    assert not ui.actionTriage.isVisible() and not main_window.statistics_menu.register.isVisible()
    as_bureau(store)
    ui.menuBureau.aboutToShow.emit()  # opening the menu reads the roles again
    assert ui.actionTriage.isVisible() and main_window.statistics_menu.register.isVisible()


def test_a_decision_reached_without_the_role_is_refused_in_the_users_language(main_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    from cii_desktop.gui.bureau_dialogs import TriageDialog

    store = main_window.store
    walk_to_announcement(store, new_case(store, "Abbet", avs_digits="111111111"))
    before = _pending(store)
    dialog = TriageDialog(store, "Anne Test", main_window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.reasonEdit.setText("4 domaines")
    dialog.decide()
    assert "rôle" in dialog.ui.formError.text() and dialog.ui.formError.isVisible()
    assert _pending(store) == before  # nothing written


def test_a_missing_name_is_said_as_such(main_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    from cii_desktop.gui.bureau_dialogs import TriageDialog

    store = main_window.store
    walk_to_announcement(store, new_case(store, "Bender", avs_digits="222222222"))
    as_bureau(store)
    dialog = TriageDialog(store, "", main_window)  # a user without a name (no dialog field holds it)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.reasonEdit.setText("4 domaines")
    dialog.decide()
    assert "Paramètres" in dialog.ui.formError.text()
    assert "obligatoire" not in dialog.ui.formError.text()


def test_a_members_settings_show_the_roster_identity_locked(tmp_path: Path, memory_keystore, french,  # type: ignore[no-untyped-def]
                                                           qtbot) -> None:
    from cii_desktop.gui.settings import AppSettings
    from cii_desktop.gui.settings_dialog import SettingsDialog
    from tests.support.network import make_network

    bureau, worker = make_network(tmp_path, 2)
    try:
        identity = load_profile(worker.store)
        assert identity is not None and identity.from_roster and identity.full_name == "Poste 1"
        assert identity.institution_code == "CMS"
        dialog = SettingsDialog(worker.store, AppSettings(), worker.folder)
        qtbot.addWidget(dialog)
        dialog.show()
        ui = dialog.ui
        assert ui.nameEdit.text() == "Poste 1" and not ui.nameEdit.isEnabled()
        assert not ui.institutionCombo.isEnabled() and not ui.roleCombo.isEnabled()
        assert "Professionnel/le de l'institution" in dialog.identityNote.text()
        # one label, "Rôle", and the roster's role in words in its row (not a local function)
        assert ui.roleLabel.text().replace("&", "") == "Rôle :" and not ui.roleCombo.isVisible()
        assert dialog.rosterRole.isVisible() and dialog.rosterRole.text() == "Professionnel/le de l'institution"
        assert ui.roleLabel.buddy() is dialog.rosterRole
        french.switch("de")
        assert ui.roleLabel.text().replace("&", "") == "Rolle:"
        assert dialog.rosterRole.text() == "Fachperson der Institution"
        assert "Netzwerkadministration" in dialog.identityNote.text()
        assert "Administrator " not in dialog.identityNote.text()
        french.switch("fr")
        ui.emailEdit.setText("poste1@example.ch")
        dialog.save()
        saved = load_profile(worker.store)
        assert saved is not None and saved.email == "poste1@example.ch" and saved.full_name == "Poste 1"
        # the services refuse what the locked fields would not let anyone type
        try:
            save_profile(worker.store, Profile("Bureau CII", "cantonal_officer", "BUREAU", identity.office_code))
        except Exception as exc:  # noqa: BLE001
            assert getattr(exc, "errors", [None])[0].code == "profile.from_roster"
        else:
            raise AssertionError("a member renamed itself")
        assert not permissions.may(worker.store, "bureau.triage")
        assert load_profile(bureau.store).network_role == "bureau"  # type: ignore[union-attr]
    finally:
        bureau.store.close()
        worker.store.close()
