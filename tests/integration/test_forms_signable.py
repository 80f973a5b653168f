"""Forms people can sign: the signature block shares its page with text, any length of free text prints."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pypdfium2 as pdfium
import pytest
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph

from cii_desktop.documents import engine
from cii_desktop.documents.labels import text
from cii_desktop.services import documents, meetings
from cii_desktop.storage.store import Store
from tests.integration.test_documents import full_case
from tests.integration.test_meetings import MINUTES
from tests.support.pdf import flat_text, signature_png
from tests.support.referral import TODAY, new_case

LANGUAGES = ["fr", "de", "bilingual"]


def page_texts(pdf: bytes) -> list[str]:
    doc = pdfium.PdfDocument(pdf)
    return [doc[i].get_textpage().get_text_range() for i in range(len(doc))]


def signature_page_has_text(pdf: bytes, language: str) -> bool:
    """The page where the "Signatures" heading stands holds body text above it (the page's content comes
    first in the stream; the letterhead and footer are drawn after it)."""
    heading = text("signatures", language).split("\n")[0]
    pages = [p for p in page_texts(pdf) if heading in p]
    assert pages, "no signature block"
    before = pages[-1].split(heading)[0]
    return len(before.split()) >= 2


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_forms_signature_block_shares_its_page_with_text(store: Store, language: str) -> None:
    case_id = full_case(store)
    for kind in documents.kinds():
        with store.unit_of_work() as uow:
            _doc, pdf = documents.print_case_document(uow, case_id, kind, language)
        assert signature_page_has_text(pdf, language), kind


@pytest.mark.parametrize("language", LANGUAGES)
def test_signature_block_never_alone_whatever_the_length_of_the_text(language: str) -> None:
    parties = [engine.Party("Signataire", "Anne Rochat"), engine.Party("Signataire", "Beat Coppey")]
    for lines in range(20, 75, 2):  # the text's end sweeps the whole of a page
        body = [engine.field_table([(f"Ligne {i}", "Texte " * 12) for i in range(lines)])]
        form = engine.Form("Titre", "X1", "1", language, "REF", "0" * 8, "ORP", [], body, parties)
        pdf = engine.render(form)
        assert signature_page_has_text(pdf, language), lines
    for paragraphs in range(30, 60, 2):  # and after plain paragraphs
        body = [Paragraph(f"Paragraphe {i}", engine.styles()["body"]) for i in range(paragraphs)]
        pdf = engine.render(engine.Form("Titre", "X1", "1", language, "REF", "0" * 8, "ORP", [], body, parties))
        assert signature_page_has_text(pdf, language), paragraphs


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_20000_character_minutes_field_prints(store: Store, language: str) -> None:
    case_id = new_case(store)
    long = " ".join(f"mot{i:05d}" for i in range(2300))[:20_000]
    unbroken = "x" * 3000  # a "word" longer than a line
    minutes = dataclasses.replace(MINUTES, situation=long, decisions=unbroken, steps=(
        meetings.Step(long, "Beat Coppey", TODAY + dt.timedelta(days=14)),))
    with store.unit_of_work() as uow:
        meeting = meetings.schedule(uow, case_id, "round_table", TODAY, "Sion", "Marc Fellay", ["ORP"], today=TODAY)
        meetings.record_minutes(uow, meeting.id, minutes, today=TODAY)
    with store.unit_of_work() as uow:
        _doc, pdf = documents.print_case_document(uow, case_id, "tro_minutes", language)
    words = flat_text(pdf)
    assert words.count("mot02199") == 2  # the last words of both the situation and the step are printed
    assert len(pdfium.PdfDocument(pdf)) >= 4
    assert signature_page_has_text(pdf, language)


@pytest.mark.parametrize("language", LANGUAGES)
def test_words_in_narrow_columns_break_only_at_syllables(language: str) -> None:
    words = ["AVIG (Arbeitslosenversicherung)", "Invalidenversicherung", "Kostenträger", "Arbeitsintegrationsmassnahme",
             "assurance-chômage"]
    body = [engine.grid_table(["Nr.", "Rahmen"], [[str(i), w] for i, w in enumerate(words)], [12 * mm, 30 * mm])]
    pdf = engine.render(engine.Form("Titre", "X1", "1", language, "REF", "0" * 8, "ORP", [], body, []))
    raw = "\n".join(page_texts(pdf))
    assert "\ufffe" in raw  # some words were hyphenated (a hyphen drawn at a syllable)...
    joined = raw.replace("\ufffe\r\n", "").replace("\ufffe", "")  # pdfium: a line-end hyphen
    for word in words:  # ...and every word reads back whole: none was cut at an arbitrary letter
        assert word.split(" ")[-1] in joined, (word, raw)


@pytest.mark.parametrize("code", ["OSP", "CIO", "LMMT", "ADDICTION", "OAI", "BUREAU"])
def test_bilingual_letterhead_stays_clear_of_the_version_block(code: str) -> None:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from cii_desktop.documents.forms import _inst

    right = ("CII-GR.1", "v 2026.1.12 · FR/DE", "ID 0123abcd")
    name, size = engine.fit_letterhead(_inst(code, "bilingual"), _inst(code, "bilingual", short=True), right)
    room = engine.VERSION_RIGHT - max(stringWidth(t, engine.FONT, 8.5) for t in right) - engine.LETTERHEAD_LEFT
    assert stringWidth(name, engine.FONT, size) < room and size >= 7


def test_fr_de_and_bilingual_prints_say_which_they_are_and_times_are_swiss(store: Store) -> None:
    case_id = full_case(store)
    marks = {}
    for language, mark in (("fr", "· FR"), ("de", "· DE"), ("bilingual", "· FR/DE")):
        with store.unit_of_work() as uow:
            _doc, pdf = documents.print_case_document(uow, case_id, "grid", language)
        marks[language] = mark in flat_text(pdf)
    assert all(marks.values()), marks
    with store.unit_of_work() as uow:  # signed at 23:30 UTC on 30 June: 01:30 on 1 July in Sion
        doc = documents.issue(uow, case_id, "warning", "fr")
        documents.sign_with_pad(uow, doc.id, "orp_counsellor", "Anne Rochat", signature_png(),
                                when=dt.datetime(2026, 6, 30, 23, 30))
    with store.reading() as session:
        words = flat_text(documents.render(session, doc.id, "de"))
    assert "Signé électroniquement le 01.07.2026 01:30" in words  # and in French: it was signed in French
    assert "30.06.2026" not in words


def test_a_signed_version_prints_in_its_signing_language_and_the_cli_says_so(
        tmp_path: object, memory_keystore: object, capsys: pytest.CaptureFixture[str]) -> None:
    from pathlib import Path

    from cii_desktop import cli
    from cii_desktop.services.data_folder import create_database
    from cii_desktop.storage.models import Case
    from tests.support.pdf import pdf_text

    folder = Path(str(tmp_path)) / "data"
    created = create_database(folder, "keystore")
    case_id = full_case(created.store)
    with created.store.unit_of_work() as uow:
        doc = documents.issue(uow, case_id, "warning", "fr")
        documents.sign_with_pad(uow, doc.id, "orp_counsellor", "Anne Rochat", signature_png())
        reference = uow.get(Case, case_id).reference  # type: ignore[union-attr]
    created.store.close()
    out = Path(str(tmp_path)) / "w.pdf"
    assert cli.main(["render", "--data-dir", str(folder), "--case", reference, "--document", "warning",
                     "--lang", "de", "--out", str(out)]) == 0
    err = capsys.readouterr().err
    assert "warning v1 (fr)" in err and "it prints in the language it was signed in" in err, err
    assert "Avertissement écrit" in pdf_text(out.read_bytes())
