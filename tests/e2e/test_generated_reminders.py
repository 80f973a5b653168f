"""A German window shows the reminders a French user's actions raised in German (they are codes)."""

from __future__ import annotations

import pytest

from cii_desktop.services import bureau
from tests.support.referral import TODAY, new_case, walk_to_announcement
from tests.support.roles import ensure_bureau


@pytest.mark.gui
def test_german_window_words_a_french_users_generated_reminders_in_german(main_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    store = main_window.store
    case_id = new_case(store, "Zufferey", "Léa", avs_digits="")
    announcement = walk_to_announcement(store, case_id)
    ensure_bureau(store)
    with store.unit_of_work() as uow:  # a French-speaking Bureau member refuses the announcement
        bureau.decide(uow, announcement, "refused", "Marc Fellay", reason="r", suggestions="s", today=TODAY,
                      on=TODAY, language="fr")
    due = main_window.due

    def shown() -> list[str]:
        due.reload()
        return [due.index(r, 3).data() or "" for r in range(due.rowCount())]  # section headers: no text

    assert "Bureau CII : annonce refusée – voir les suggestions" in shown()
    main_window.switch_language("de")
    assert "IIZ-Büro: Meldung abgelehnt – siehe Vorschläge" in shown()
    assert not any("annonce refusée" in t for t in shown())
    main_window.select_case(case_id)
    listed = [main_window.ui.remindersList.item(i).text() for i in range(main_window.ui.remindersList.count())]
    assert any("IIZ-Büro: Meldung abgelehnt" in t for t in listed), listed


@pytest.mark.gui
def test_preview_of_a_signed_version_shows_its_signing_language_and_says_so(main_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    from cii_desktop.gui.document_dialog import DocumentDialog
    from cii_desktop.services import documents
    from tests.support.pdf import pdf_text, signature_png

    store = main_window.store
    case_id = new_case(store, "Zufferey", "Léa", avs_digits="")
    walk_to_announcement(store, case_id)
    with store.unit_of_work() as uow:
        doc = documents.issue(uow, case_id, "announcement", "fr")
        documents.sign_with_pad(uow, doc.id, "professional", "Anne Rochat", signature_png())
    main_window.switch_language("de")
    preview = DocumentDialog(store, case_id, "announcement", "de", parent=main_window)
    qtbot.addWidget(preview)
    assert preview.ui.languageCombo.currentData() == "fr" and not preview.ui.languageCombo.isEnabled()
    assert "in der Sprache gedruckt, in der sie unterschrieben wurde" in preview.ui.statusLabel.text()
    assert "Annonce de situation complexe" in pdf_text(preview.pdf_bytes)
    preview.reject()
