"""The window guides and shows what arrives by sync safely (pytest-qt, real database)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from cii_desktop.storage.models import Case, Person


def test_a_synced_name_is_never_read_as_markup(main_window) -> None:  # type: ignore[no-untyped-def]
    main_window.ui.caseTable.selectRow(0)
    case_id = main_window.current_case_id
    with main_window.store.unit_of_work() as uow:  # as a hostile workstation could send it
        case = uow.get(Case, case_id)
        person = uow.get(Person, case.person_id)
        person.last_name = "<h1>Big</h1><img src=x>"
        case.reference = "<a href='x'>R</a>"
    main_window._show_detail()
    title = main_window.ui.detailTitle
    assert "&lt;h1&gt;Big&lt;/h1&gt;" in title.text() and "<h1>" not in title.text()
    assert "&lt;a href=" in title.text()
    assert title.textFormat() in (Qt.TextFormat.AutoText, Qt.TextFormat.RichText)


def test_a_demo_folder_with_ones_own_passphrase_is_asked_for(tmp_path, no_keystore, french, qtbot) -> None:  # type: ignore[no-untyped-def]
    from cii_desktop.gui.app import open_folder
    from cii_desktop.gui.unlock_dialog import UnlockDialog
    from cii_desktop.services.demo_folder import create_demo, open_demo
    from tests.conftest import PASSPHRASE
    from tests.support.qt import answer_next_modal

    folder = tmp_path / "demo"
    store, _ = create_demo(folder, persons=2, seed=1, passphrase=PASSPHRASE)
    store.close()
    assert open_demo(folder) is None  # not the demo passphrase: the window must ask

    seen: list[str] = []

    def answer(dialog) -> None:  # type: ignore[no-untyped-def]
        dialog.ui.passphraseEdit.setText("wrong passphrase, long enough")
        dialog.try_open()
        seen.append(dialog.ui.formError.text())
        dialog.ui.useRecoveryCheck.setChecked(True)
        seen.append(dialog.ui.formError.text() if dialog.ui.formError.isVisible() else "")
        dialog.ui.useRecoveryCheck.setChecked(False)
        dialog.ui.passphraseEdit.setText(PASSPHRASE)
        dialog.try_open()

    answer_next_modal(answer, kind=UnlockDialog)
    opened = open_folder(folder)
    assert opened is not None
    opened.close()
    assert seen[0] and seen[1] == ""  # the error is cleared when the mode changes
