"""Page breaks of the printed forms, read back from the real PDFs (text per page, pypdfium2): what a
person signs stays with the signatures, a label never leaves its value, headings keep with their
block, a row continued on the next page says what it continues, bilingual words hyphenate in their
own language."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import random
import re

import pypdfium2 as pdfium
import pytest
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer

from cii_desktop.documents import engine, forms
from cii_desktop.documents.hyphenation import breaks, word_language
from cii_desktop.documents.labels import text
from cii_desktop.services import documents, meetings
from cii_desktop.storage.store import Store
from tests.integration.test_meetings import MINUTES
from tests.support.referral import TODAY, new_case

LANGUAGES = ["fr", "de", "bilingual"]
HYPHEN = "\ufffe\r\n"  # pdfium: a hyphen drawn at a line's end


def pages(pdf: bytes) -> list[str]:
    """Each page's text, a word hyphenated at a line's end read back whole, lines joined by spaces."""
    doc = pdfium.PdfDocument(pdf)
    raw = [doc[i].get_textpage().get_text_range() for i in range(len(doc))]
    return [" ".join(p.replace(HYPHEN, "").replace("\ufffe", "").split()) for p in raw]


def page_of(pdf_pages: list[str], needle: str) -> list[int]:
    return [i for i, p in enumerate(pdf_pages) if needle in p]


def form(body: list[object], language: str, parties: int = 2, signed_with: list[object] | None = None) -> bytes:
    people = [engine.Party("Signataire", f"Personne {i}") for i in range(parties)]
    return engine.render(engine.Form("Titre", "X1", "1", language, "REF", "0" * 8, "ORP", [], list(body), people,
                                     signed_with=list(signed_with or [])))


def filler(height_mm: float) -> Spacer:
    return Spacer(1, height_mm * mm)


def procuration_content(institutions: list[str], contacts: int) -> dict[str, object]:
    return {"record": {"kind": "procuration", "given_on": "2026-02-07", "valid_until": "2028-02-07",
                       "institutions": institutions, "revoked_on": None,
                       "contacts": [{"institution": "CMS", "contact": "Beat Coppey " * contacts}]},
            "person": {"last_name": "Gaillard", "first_name": "Hélène", "birth_date": "1979-07-21",
                       "avs": "756.3464.8485.00", "address": "Rue des Remparts 12\n" * contacts,
                       "commune": "Saxon", "language": "fr"},
            "case": {"reference": "MAR-2026-6VGZ3K", "office_fr": "Martigny", "office_de": "Martinach",
                     "lead": "ORP"},
            "institution": "ORP",
            "parties": [{"party": "the_person", "name": "Hélène Gaillard", "institution": ""},
                        {"party": "professional", "name": "Anne Rochat", "institution": "ORP"}]}


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_consent_wording_validity_and_signatures_share_one_page(language: str) -> None:
    consent = text("procuration_text", language).split("\n")[0][:40]
    valid = text("procuration_valid", language)
    heading = text("signatures", language)
    for contacts in range(1, 16, 2):  # longer and longer identity and recipients: the break sweeps the form
        pdf = forms.render_pdf(procuration_content(["ORP", "CMS", "BUREAU"], contacts), "procuration", language,
                               "0" * 32, 1)
        read = pages(pdf)
        where = page_of(read, valid)
        assert len(where) == 1, (contacts, where)
        page = read[where[0]]
        assert consent in page and heading in page, (contacts, page)
        assert re.search(re.escape(valid) + r" 07\.02\.2028", page), (contacts, page)  # label with its value


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_short_row_never_splits_from_its_label(language: str) -> None:
    label = "Répondant/e CII de l'ORP concerné / IIZ-Ansprechperson des betroffenen RAV DERNIERMOT"
    for step in range(0, 60):  # the row's place sweeps the foot of page 1
        body = [filler(150 + step * 0.7), engine.field_table([(label, "VALEUR-A\nVALEUR-B")]),
                engine.para("Suite du texte")]
        read = pages(form(body, language))
        first, last = page_of(read, "Répondant/e"), page_of(read, "DERNIERMOT")
        values = page_of(read, "VALEUR-A") + page_of(read, "VALEUR-B")
        assert len(first) == 1 and first == last and set(values) == set(first), (step, first, last, values)


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_heading_is_never_alone_at_the_foot_of_a_page(language: str) -> None:
    h2 = engine.styles()["h2"]
    for step in range(0, 64):  # the heading's place sweeps the foot of page 1
        for block in ("table", "grid", "paragraph"):
            after = {"table": engine.field_table([("Libellé", "BLOCVALEUR " * 30)]),
                     "grid": engine.grid_table(["Étape", "Responsable"], [["BLOCVALEUR", "X"]] * 3,
                                               [120 * mm, 54 * mm]),
                     "paragraph": engine.para("BLOCVALEUR " * 40)}[block]
            body = [filler(150 + step), Paragraph("TITRE-CONTROLE", h2), after, engine.para("Fin")]
            read = pages(form(body, language))
            title_page = page_of(read, "TITRE-CONTROLE")
            assert len(title_page) == 1, (step, block)
            assert "BLOCVALEUR" in read[title_page[0]].split("TITRE-CONTROLE", 1)[1], (step, block)


def test_the_bureau_check_heading_of_a_bilingual_contract_keeps_with_the_check(store: Store) -> None:
    from tests.integration.test_documents import full_case

    case_id = full_case(store)
    heading = text("bureau_check", "bilingual")
    with store.unit_of_work() as uow:
        _doc, pdf = documents.print_case_document(uow, case_id, "contract", "bilingual")
    read = pages(pdf)
    where = page_of(read, heading)
    assert len(where) == 1
    assert len(read[where[0]].split(heading, 1)[1].split()) > 12  # the check's wording follows it


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_long_row_continued_on_the_next_page_repeats_its_label_and_the_header(store: Store, language: str) -> None:
    case_id = new_case(store)
    situation = " ".join(f"sit{i:04d}" for i in range(900))
    step = " ".join(f"etp{i:04d}" for i in range(900))
    minutes = dataclasses.replace(MINUTES, situation=situation, steps=(
        meetings.Step(step, "Beat Coppey", TODAY + dt.timedelta(days=14)),))
    with store.unit_of_work() as uow:
        meeting = meetings.schedule(uow, case_id, "round_table", TODAY, "Sion", "Marc Fellay", ["ORP"], today=TODAY)
        meetings.record_minutes(uow, meeting.id, minutes, today=TODAY)
    with store.unit_of_work() as uow:
        _doc, pdf = documents.print_case_document(uow, case_id, "tro_minutes", language)
    read = pages(pdf)
    label, owner_head, deadline_head = (text(k, language) for k in ("situation", "owner", "deadline"))
    continued = f"({text('continued', language)})"
    situation_pages = sorted(set(page_of(read, "sit0000") + page_of(read, "sit0899")))
    assert situation_pages[-1] > situation_pages[0]  # the situation does run over a page
    for i in range(situation_pages[0], situation_pages[-1] + 1):
        assert label in read[i], i
    assert any(f"{label} {continued}" in read[i] for i in situation_pages[1:])
    step_pages = sorted(set(page_of(read, "etp0000") + page_of(read, "etp0899")))
    assert step_pages[-1] > step_pages[0]
    for i in range(step_pages[0], step_pages[-1] + 1):  # every page of the step: header, owner and deadline
        assert owner_head in read[i] and deadline_head in read[i] and "Beat Coppey" in read[i], i
        assert (TODAY + dt.timedelta(days=14)).strftime("%d.%m.%Y") in read[i], i


def test_bilingual_prints_hyphenate_each_word_in_its_own_language() -> None:
    words = ["Prestataire", "Responsable", "Financement", "Professionnelle", "Kostenträger", "Verantwortlich",
             "Arbeitsintegrationsmassnahme", "Institution"]
    assert {w: word_language(w) for w in words[:3]} == dict.fromkeys(words[:3], "fr")
    assert breaks("Responsable", "de") != breaks("Responsable", "fr")  # the German rule would break it elsewhere
    body = [engine.grid_table(["Nr.", "Cadre / Rahmen"], [[str(i), f"{w} / {w}"] for i, w in enumerate(words)],
                              [12 * mm, 30 * mm])]
    pdf = form(body, "bilingual", parties=0)
    doc = pdfium.PdfDocument(pdf)
    raw = "\n".join(doc[i].get_textpage().get_text_range() for i in range(len(doc)))
    found = re.findall(r"(\w+)\ufffe(?:\r\n)?(\w+)", raw)
    assert len(found) >= 5, raw
    for head, tail in found:
        word = head + tail
        own = word_language(word)
        allowed = breaks(word, own) if own else sorted(set(breaks(word, "fr")) & set(breaks(word, "de")))
        assert len(head) in allowed, (word, len(head), allowed)


def _long_decision(store: Store, words: int = 2500) -> str:
    from cii_desktop.services import bureau
    from tests.support.referral import walk_to_announcement
    from tests.support.roles import ensure_bureau

    case_id = new_case(store)
    announcement = walk_to_announcement(store, case_id)
    ensure_bureau(store)
    reason = " ".join(f"mot{i:04d}" for i in range(words))  # about 20,000 characters
    with store.unit_of_work() as uow:
        bureau.decide(uow, announcement, "accepted", "Marc Fellay", handling="assessment", reason=reason,
                      today=TODAY)
    return case_id


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_signatures_of_a_long_decision_keep_with_its_last_lines(store: Store, language: str) -> None:
    case_id = _long_decision(store, 10)
    with store.unit_of_work() as uow:
        doc, _pdf = documents.print_case_document(uow, case_id, "decision", language)
        content = json.loads(doc.content)
    pick = random.Random(1)
    words = ["le", "la", "situation", "de", "personne", "demande", "mesure", "orientation",
             "professionnelle", "santé", "logement"]
    # About 20,000 characters; the lengths where the reason's rest once went alone before the signatures
    # (bilingual 2459, 2829) or just over a page (2496, 2570: a layout error), and around them.
    for count in (2200, 2459, 2496, 2533, 2570, 2829, 2903, 3100):
        content["record"]["reason"] = " ".join(pick.choice(words) for _ in range(count)) + " FINMOT"
        read = pages(forms.render_pdf(content, "decision", language, "0" * 32, 1))
        assert len(read) > 3
        where = page_of(read, "FINMOT")
        assert where == page_of(read, text("signatures", language)) == [len(read) - 1], (count, where, len(read))


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_field_over_several_pages_marks_each_continued_page_once(store: Store, language: str) -> None:
    case_id = _long_decision(store)
    with store.unit_of_work() as uow:
        _doc, pdf = documents.print_case_document(uow, case_id, "decision", language)
    read = pages(pdf)
    label, continued = text("reason", language), f"({text('continued', language)})"
    spread = sorted(set(page_of(read, "mot0000") + page_of(read, "mot2499")))
    assert spread[-1] - spread[0] >= 2  # the reason runs over three pages or more
    for i in range(spread[0] + 1, spread[-1] + 1):  # each continued page: the label and one mark
        assert read[i].count(f"{label} {continued}") == 1, (i, read[i][:300])
        assert read[i].count(continued) == 1, (i, read[i][:300])
    assert continued not in read[spread[0]]


BASE14 = re.compile(rb"/BaseFont\s*/(Helvetica|Times|Courier|Symbol|ZapfDingbats)")


def fonts_of(pdf: bytes) -> set[str]:
    """The fonts a PDF references (pdffonts when installed, else its font dictionaries)."""
    import shutil
    import subprocess
    import tempfile

    found = {m.group(1).decode() for m in BASE14.finditer(pdf)}
    if shutil.which("pdffonts"):
        with tempfile.NamedTemporaryFile(suffix=".pdf") as fh:  # no personal data: a test case
            fh.write(pdf)
            fh.flush()
            listing = subprocess.run(["pdffonts", fh.name], capture_output=True, text=True, check=True).stdout
        found |= {line.split()[0] for line in listing.splitlines()[2:] if line.strip()}
    return found


def test_every_form_references_only_the_embedded_font(store: Store) -> None:
    from cii_desktop.documents import annual_report
    from cii_desktop.services import statistics
    from tests.integration.test_documents import full_case

    case_id = full_case(store)
    for kind in documents.kinds():
        for language in LANGUAGES:
            with store.unit_of_work() as uow:
                _doc, pdf = documents.print_case_document(uow, case_id, kind, language)
            fonts = fonts_of(pdf)
            assert fonts and all("DejaVuSans" in f for f in fonts), (kind, language, fonts)
    with store.reading() as session:
        figures, months = statistics.year_figures(session, statistics.Scope.year(TODAY.year))
    for language in ("fr", "de"):
        fonts = fonts_of(annual_report.render_pdf(figures, months, language))
        assert fonts and all("DejaVuSans" in f for f in fonts), (language, fonts)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_two_signature_lines_of_a_row_are_at_one_height(language: str) -> None:
    people = [engine.Party("Personne concernée / Betroffene Person", "Hélène Gaillard"),
              engine.Party("Professionnel/le", "Anne Rochat", institution="Office régional de placement"),
              engine.Party("Conseiller/ère en personnel ORP, répondant/e CII", "Beat Coppey", institution="CMS")]
    pdf = engine.render(engine.Form("Titre", "X1", "1", language, "REF", "0" * 8, "ORP", [], [engine.para("x")],
                                    people))
    doc = pdfium.PdfDocument(pdf)
    page = doc[0].get_textpage()
    label = text("signature", language)
    heights = []
    start = 0
    while (found := page.search(label, index=start, match_case=True, match_whole_word=True).get_next()):
        index, count = found
        heights.append(round(page.get_charbox(index)[1], 1))
        start = index + count
    page.close()
    doc.close()
    assert len(heights) == 3, heights
    assert heights[0] == heights[1], heights  # the first row: two parties side by side
