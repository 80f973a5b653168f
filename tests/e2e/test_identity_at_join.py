"""No dialog needs a name the user cannot give (issue 13, part 2): a workstation made by
``cii-desktop init`` (no user yet) writes no request to join a network until its user said who
they are, and once joined, the identity is the roster's (taken from the enrolment), not editable here.
Real files, a real administrator workstation, real windows."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog

from cii_desktop.gui import app as app_module
from cii_desktop.gui.first_steps import JoinNetworkDialog
from cii_desktop.gui.main_window import MainWindow
from cii_desktop.gui.messages import message
from cii_desktop.gui.settings import AppSettings
from cii_desktop.gui.settings_dialog import SettingsDialog
from cii_desktop.services import network
from cii_desktop.services.data_folder import create_database
from cii_desktop.services.profile import load_profile


def test_a_request_needs_the_users_name_then_the_roster_states_it(tmp_path: Path, memory_keystore, french,  # type: ignore[no-untyped-def]
                                                                  qtbot, monkeypatch) -> None:
    store = create_database(tmp_path / "data", "keystore").store  # as `cii-desktop init` makes it: no user
    share = tmp_path / "share"
    share.mkdir()
    admin = create_database(tmp_path / "admin", "keystore").store
    network.create_network(admin, share, "Réseau test", "BUREAU", "SION")
    try:
        window = MainWindow(store, tmp_path / "data", AppSettings())
        qtbot.addWidget(window)
        window.show()
        dialog = JoinNetworkDialog(window, window)
        qtbot.addWidget(dialog)
        request_file = tmp_path / "request.json"
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(request_file), ""))
        dialog.write_request()  # nobody said who uses this workstation: no request naming a stand-in
        assert not request_file.exists()
        assert dialog.formError.text() == message("profile.name_missing") and "Paramètres" in dialog.formError.text()

        app_module.ask_identity(window)  # what the start-up opens on such a folder
        identity = next(d for d in window.findChildren(SettingsDialog) if d.objectName() == "identityDialog")
        identity.ui.nameEdit.setText("Beat Imboden")
        identity.ui.institutionCombo.setCurrentIndex(identity.ui.institutionCombo.findData("CMS"))
        identity.save()
        assert window.profile is not None and window.profile.full_name == "Beat Imboden"

        dialog.write_request()
        assert request_file.exists()
        enrolment, secret, member = network.enrol(admin, request_file.read_bytes(), role="case_worker")
        assert member.name == "Beat Imboden" and member.institution == "CMS"
        enrolment_file = tmp_path / "enrolment.cii"
        enrolment_file.write_bytes(enrolment)
        dialog.enrolmentEdit.setText(str(enrolment_file))
        dialog.shareEdit.setText(str(share))
        dialog.passphraseEdit.setText(secret)
        dialog.join()
        profile = load_profile(store)
        assert profile is not None and profile.from_roster and profile.full_name == "Beat Imboden"
        settings = SettingsDialog(store, window.settings, window.data_dir, window)
        qtbot.addWidget(settings)
        assert settings.ui.nameEdit.text() == "Beat Imboden" and not settings.ui.nameEdit.isEnabled()
        window.close()  # now a network member: a last sync runs off the GUI thread, then it closes
        qtbot.waitUntil(lambda: not window.isVisible(), timeout=15000)
    finally:
        admin.close()
        store.close()
