"""Every free-text input of every window and dialog keeps to the text rules as it is typed: no
control character, no direction override, no text beyond its bound. The forms are enumerated from
the .ui files (a new dialog is checked without changing this test), plus the inputs built in code."""

from __future__ import annotations

import importlib
import re
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QLineEdit, QMainWindow, QPlainTextEdit, QWidget, QWizard

from cii_desktop.domain.text import LINE_MAX, NAME_MAX, TEXT_MAX
from cii_desktop.gui import input_guard

UI_DIR = Path(__file__).resolve().parents[2] / "ui"
FORMS = sorted(p.stem for p in UI_DIR.glob("*.ui"))
TOP = re.compile(r'<widget class="(\w+)" name="(\w+)"')
BASES: dict[str, type[QWidget]] = {"QDialog": QDialog, "QMainWindow": QMainWindow, "QWizard": QWizard,
                                   "QWidget": QWidget}
BAD = ("\x00", "\x1b[31m", "\u202eyeR", "\x7f", "\u2066x", "\u2028")  # typed or pasted after "Rey"


@pytest.fixture(autouse=True)
def guarded(qapp):  # type: ignore[no-untyped-def]
    return input_guard.install(qapp)


def text_inputs(root: QWidget) -> list[QWidget]:
    """The text inputs of a window, each polished as it would be when its page or tab shows."""
    found = [w for w in root.findChildren(QWidget) if isinstance(w, (QLineEdit, QPlainTextEdit))
             and not (isinstance(w, QLineEdit) and w.echoMode() != QLineEdit.EchoMode.Normal)]
    for widget in found:
        widget.ensurePolished()
    # a spin box's or date field's line keeps its own validator (digits only)
    return [w for w in found if not (isinstance(w, QLineEdit) and w.validator() is not None
                                     and not isinstance(w.validator(), input_guard.TextValidator))]


def check_input(widget: QWidget) -> None:
    name = widget.objectName() or type(widget.parent()).__name__
    if isinstance(widget, QLineEdit):
        widget.setText("Rey")
        widget.setCursorPosition(3)
        for bad in BAD:
            widget.insert(bad)
            assert widget.text() == "Rey", (name, bad)
        limit = NAME_MAX if name in input_guard.NAME_FIELDS else LINE_MAX
        widget.insert("x" * (limit - 3))
        assert len(widget.text()) == limit, name
        widget.insert("y")
        assert len(widget.text()) == limit, name  # one more is refused
        widget.setText("z" * (limit + 50))  # longer, set by the program (synced): kept, may shrink
        widget.setCursorPosition(limit + 50)
        widget.backspace()
        assert len(widget.text()) == limit + 49, name
        widget.insert("z")
        assert len(widget.text()) == limit + 49, name
    else:
        assert isinstance(widget, QPlainTextEdit)
        widget.setPlainText("")
        widget.insertPlainText("ligne\n\tdeux\x1b[31m \u202erouge\x00")
        assert widget.toPlainText() == "ligne\n\tdeux[31m rouge", name
        widget.insertPlainText("x" * TEXT_MAX)  # a paste beyond the bound is refused whole
        assert widget.toPlainText() == "ligne\n\tdeux[31m rouge", name


@pytest.mark.parametrize("form", FORMS)
def test_every_form_s_text_inputs_keep_the_rules(qtbot, form: str) -> None:  # type: ignore[no-untyped-def]
    base_name = TOP.search((UI_DIR / f"{form}.ui").read_text(encoding="utf-8")).group(1)  # type: ignore[union-attr]
    module = importlib.import_module(f"cii_desktop.gui.generated.ui_{form}")
    ui_class = next(getattr(module, n) for n in dir(module) if n.startswith("Ui_"))
    window = BASES[base_name]()
    qtbot.addWidget(window)
    ui = ui_class()
    ui.setupUi(window)
    window.show()
    qtbot.waitExposed(window)
    inputs = text_inputs(window)
    for widget in inputs:
        assert widget.property(input_guard.GUARD) is not None, (form, widget.objectName())
        if not (isinstance(widget, QLineEdit) and widget.isReadOnly()):
            check_input(widget)


def test_named_fields_and_inputs_built_in_code(main_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    from cii_desktop.gui.first_steps import JoinNetworkDialog
    from cii_desktop.gui.generated.ui_consent_dialog import Ui_ConsentDialog
    from cii_desktop.gui.generated.ui_meeting_dialog import Ui_MeetingDialog
    from cii_desktop.gui.generated.ui_signature_dialog import Ui_SignatureDialog
    from cii_desktop.gui.referral_dialogs import GridDialog
    from tests.support.referral import new_case

    # the signer's name at the pad, the meeting's place, who decided a legal basis
    for ui_class, field in ((Ui_SignatureDialog, "nameEdit"), (Ui_SignatureDialog, "placeEdit"),
                            (Ui_MeetingDialog, "placeEdit"), (Ui_ConsentDialog, "decidedEdit")):
        dialog = QDialog()
        qtbot.addWidget(dialog)
        ui = ui_class()
        ui.setupUi(dialog)
        dialog.show()
        edit = getattr(ui, field)
        assert isinstance(edit.validator(), input_guard.TextValidator), field
        check_input(edit)
    check_input(main_window.ui.searchEdit)
    grid = GridDialog(main_window.store, new_case(main_window.store, avs_digits=""), "Anne", "ORP", main_window)
    join = JoinNetworkDialog(main_window, main_window)
    for dialog in (grid, join):
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        inputs = text_inputs(dialog)
        assert inputs, type(dialog).__name__
        for widget in inputs:
            assert widget.property(input_guard.GUARD) is not None, (type(dialog).__name__, widget.objectName())
    comments = [w for w in text_inputs(grid) if not w.objectName()]  # the grid's comment fields
    assert comments
    check_input(comments[0])
    grid.accepted_clean()  # typed into, not saved: closed without the discard question


def _dialog_with(qtbot, form: str):  # type: ignore[no-untyped-def]
    module = importlib.import_module(f"cii_desktop.gui.generated.ui_{form}")
    ui = next(getattr(module, n) for n in dir(module) if n.startswith("Ui_"))()
    dialog = QDialog()
    qtbot.addWidget(dialog)
    ui.setupUi(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog, ui


def _note(dialog: QDialog) -> QWidget:
    note = dialog.findChild(QWidget, input_guard.NOTE_NAME)
    assert note is not None and note.isVisible()
    return note


def test_a_refused_character_is_said_under_its_field_in_fr_and_de(french, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog, ui = _dialog_with(qtbot, "person_dialog")
    field = ui.lastNameEdit
    field.setText("Rey")
    field.insert("\x1b")  # ESC pasted: refused, and said
    assert field.text() == "Rey"
    said = str(field.property(input_guard.REFUSED))
    assert "U+001B" in said and "caractère" in said
    note = _note(dialog)
    assert note.text() == said  # under the field, inside the dialog
    assert note.y() >= field.mapTo(dialog, field.rect().bottomLeft()).y() - 1
    assert note.geometry().right() <= dialog.width()
    field.insert("x" * NAME_MAX)  # too long: refused, with the bound
    assert field.text() == "Rey" and f"{NAME_MAX} caractères" in _note(dialog).text()
    french.switch("de")
    field.insert("\u202e")
    assert field.text() == "Rey" and "U+202E" in _note(dialog).text() and "Zeichen" in _note(dialog).text()
    notes = ui.summaryEdit
    notes.setPlainText("Notiz")
    notes.moveCursor(notes.textCursor().MoveOperation.End)
    notes.insertPlainText(" rot\x00!")  # a paste: the NUL left out, the rest kept, and said
    assert notes.toPlainText() == "Notiz rot!"
    assert "U+0000" in _note(dialog).text() and "Steuer" in _note(dialog).text()
    notes.insertPlainText("y" * TEXT_MAX)
    assert notes.toPlainText() == "Notiz rot!" and str(TEXT_MAX) in _note(dialog).text()


def test_a_refusal_in_the_main_window_is_said_in_its_status_bar(main_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    search = main_window.ui.searchEdit
    search.setText("Rey")
    search.setCursorPosition(3)
    search.insert("\x00")
    assert search.text() == "Rey"
    assert "U+0000" in main_window.statusBar().currentMessage()


def test_typing_into_a_long_note_checks_only_what_is_typed(french, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    dialog, _ui = _dialog_with(qtbot, "note_dialog")
    edit = dialog.findChildren(QPlainTextEdit)[0]
    long_text = ("Une longue note de suivi.\n" * 800)[:20_000]
    edit.setPlainText(long_text)
    checked: list[int] = []
    real = input_guard.text_problem

    def counting(value, *args, **kwargs):  # type: ignore[no-untyped-def]
        checked.append(len(value or ""))
        return real(value, *args, **kwargs)

    monkeypatch.setattr(input_guard, "text_problem", counting)
    cursor = edit.textCursor()
    cursor.setPosition(10_000)
    edit.setTextCursor(cursor)
    qtbot.keyClicks(edit, "abc")
    edit.insertPlainText("x\x1by")  # a paste in the middle: only it is cleaned, where it was put
    assert checked and max(checked) <= 3, checked  # never the 20,000 characters
    text = edit.toPlainText()
    assert text == long_text[:10_000] + "abcxy" + long_text[10_000:]
    assert edit.textCursor().position() == 10_005  # the caret after what was kept
    qtbot.keyClick(edit, "\b")  # removing checks nothing
    assert edit.toPlainText() == long_text[:10_000] + "abcx" + long_text[10_000:]


def test_a_refused_paste_is_said_as_refused_and_every_stripped_character_is_named(  # type: ignore[no-untyped-def]
        french, qtbot) -> None:
    dialog, ui = _dialog_with(qtbot, "person_dialog")
    field = ui.lastNameEdit
    field.setText("Rey")
    field.insert("Abc\u202eDef")  # a paste into a line field: refused whole, and said so
    assert field.text() == "Rey"
    said = _note(dialog).text()
    assert "Collage refusé" in said and "U+202E" in said and "Laissé" not in said, said
    notes = ui.summaryEdit
    notes.setPlainText("Note")
    notes.moveCursor(notes.textCursor().MoveOperation.End)
    notes.insertPlainText(" a\x00b\x1bc\x00")  # a paste into a text field: both characters named
    assert notes.toPlainText() == "Note abc"
    said = _note(dialog).text()
    assert "U+0000" in said and "U+001B" in said and said.count("U+0000") == 1, said
    french.switch("de")
    field.insert("x\x1by")
    assert "Einfügen abgelehnt" in _note(dialog).text()
    french.switch("fr")
