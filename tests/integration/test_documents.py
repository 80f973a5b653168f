"""Printed forms on a real database: every form in FR and DE read back, rendered, signed, frozen."""

from __future__ import annotations

import email
import json
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from sqlalchemy import select

from cii_desktop import cli
from cii_desktop.documents import forms
from cii_desktop.domain.errors import ValidationFailed
from cii_desktop.domain.grid import Rating
from cii_desktop.services import assessment, bureau, case_events, cases, documents, meetings, referral, tandem
from cii_desktop.storage.models import Attachment, Case
from cii_desktop.storage.records import Document, Handling
from cii_desktop.storage.store import Store
from tests.integration.test_meetings import MINUTES
from tests.support.handlings import TEAM, contract_content
from tests.support.pdf import image_count, pdf_text, render_pages, signature_png
from tests.support.referral import COMPLEX, TODAY, new_case, walk_to_announcement
from tests.support.roles import ensure_bureau


def full_case(store: Store) -> str:
    """A case with a record of every kind of the referral path."""
    case_id = new_case(store, "Délèze", "Hélène", lse=True)
    announcement = walk_to_announcement(store, case_id)
    ensure_bureau(store)
    with store.unit_of_work() as uow:
        bureau.decide(uow, announcement, "accepted", "Marc Fellay", handling="assessment", reason="4 domaines",
                      today=TODAY)
        for kind in meetings.KINDS:
            meeting = meetings.schedule(uow, case_id, kind, TODAY, "Sion", "Marc Fellay", ["ORP", "CMS"], today=TODAY)
            meetings.record_minutes(uow, meeting.id, MINUTES, today=TODAY)
        referral.record_collaboration(uow, case_id, "orp_to_cms", 1, TODAY, "Anne Rochat", today=TODAY)
        referral.record_legal_basis(uow, case_id, TODAY, "Chef du CMS de Sion", "Anne Rochat", today=TODAY,
                                    institution_codes=["ORP", "CMS"])
        referral.record_refusal(uow, case_id, TODAY, "Anne Rochat", "Ne souhaite plus", today=TODAY)
        case_events.record_warning(uow, case_id, TODAY, "Anne Rochat", "Absent", True, today=TODAY)
        case_events.close(uow, case_id, TODAY, "Anne Rochat", "first_labour_market", "Engagée", True, today=TODAY)
        handling = bureau.handlings(uow.session, case_id)[0]
        assessment.schedule(uow, handling.id, TODAY, "CMS de Sion", today=TODAY)
        assessment.set_team(uow, handling.id, TEAM)
        assessment.mark_held(uow, handling.id, TODAY, today=TODAY)
        assessment.save_contract(uow, assessment.draft(uow, handling.id).id, contract_content())
        tandem_row = uow.add(Handling(case_id=case_id, kind="tandem", created_on=TODAY))
        uow.flush()
        tandem.start(uow, tandem_row.id, TODAY, "Anne Rochat", "Beat Coppey", today=TODAY)
        tandem.log_interview(uow, tandem_row.id, TODAY, "Anne, Beat, Hélène", "Premier entretien", today=TODAY)
    return case_id


@pytest.mark.parametrize("language", ["fr", "de"])
def test_every_form_renders_reads_back_and_rasterises(store: Store, language: str) -> None:
    case_id = full_case(store)
    signature_word = {"fr": "Signature", "de": "Unterschrift"}[language]
    for kind in documents.kinds():
        with store.unit_of_work() as uow:
            doc, pdf = documents.print_case_document(uow, case_id, kind, language)
        text = pdf_text(pdf)
        title = forms.title(kind, language)
        assert title in text.replace("\r\n", " ").replace("\n", " "), (kind, language)
        assert "Délèze" in text and "Hélène" in text, kind
        assert signature_word in text and doc.id[:8] in text, kind
        other = forms.title(kind, "de" if language == "fr" else "fr")
        assert other not in text, (kind, "other language leaked")
        assert "ß" not in text
        metadata = pdfium.PdfDocument(pdf).get_metadata_dict()
        assert metadata["Title"] == title
        assert b"/Lang (" + {"fr": b"fr-CH", "de": b"de-CH"}[language] in pdf
        assert b"FontFile2" in pdf  # the Unicode font is embedded
        for page in render_pages(pdf):
            assert page.size[0] > 500 and page.getextrema() != ((255, 255), (255, 255), (255, 255))
    with store.reading() as session:
        text = pdf_text(documents.render(session, doc.id))
    assert ("Page 1 / " if language == "fr" else "Seite 1 / ") in text


def test_bilingual_print_carries_both_languages(store: Store) -> None:
    case_id = full_case(store)
    with store.unit_of_work() as uow:
        _, pdf = documents.print_case_document(uow, case_id, "procuration", "bilingual")
    text = pdf_text(pdf)
    assert "Procuration CII" in text and "IIZ-Vollmacht" in text and "Unterschrift" in text


def test_pad_signature_is_embedded_and_a_procuration_signed_on_the_pad_opens_sharing(store: Store) -> None:
    case_id = new_case(store)
    with store.unit_of_work() as uow:
        referral.record_procuration(uow, case_id, ["ORP", "CMS"], TODAY, "Anne Rochat", today=TODAY)
        doc, unsigned = documents.print_case_document(uow, case_id, "procuration", "fr")
        doc_id = doc.id
    with store.reading() as session:
        assert session.get(Case, case_id).sharing_basis == "none"  # type: ignore[union-attr]
    with store.unit_of_work() as uow, pytest.raises(ValidationFailed):
        documents.sign_with_pad(uow, doc_id, "the_person", "François Müller", b"not an image")
    with store.unit_of_work() as uow:
        documents.sign_with_pad(uow, doc_id, "the_person", "François Müller", signature_png(), place="Sion")
    with store.reading() as session:
        assert session.get(Document, doc_id).status == "printed"  # type: ignore[union-attr]  # one party left
    with store.unit_of_work() as uow:
        documents.sign_with_pad(uow, doc_id, "professional", "Anne Rochat", signature_png(), place="Sion")
    with store.reading() as session:
        doc = session.get(Document, doc_id)
        assert doc is not None and doc.status == "signed_pad"
        assert session.get(Case, case_id).sharing_basis == "consent"  # type: ignore[union-attr]
        signed = documents.render(session, doc_id)
    assert image_count(signed) == image_count(unsigned) + 2
    assert "Signé électroniquement le" in pdf_text(signed)


def test_a_scanned_signed_copy_marks_the_document_signed_on_paper(store: Store, tmp_path: Path) -> None:
    case_id = new_case(store)
    with store.unit_of_work() as uow:
        referral.record_grid(uow, case_id, COMPLEX, "Anne Rochat", TODAY, today=TODAY)
        doc, pdf = documents.print_case_document(uow, case_id, "grid", "de")
        doc_id = doc.id
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(pdf)  # the printed form, as the scanner gives it back
    bogus = tmp_path / "notes.txt"
    bogus.write_text("hello")
    with store.unit_of_work() as uow, pytest.raises(ValidationFailed) as exc:
        documents.attach_scan(uow, doc_id, bogus)
    assert [e.code for e in exc.value.errors] == ["document.not_pdf"]
    with store.unit_of_work() as uow:
        documents.attach_scan(uow, doc_id, scan)
    with store.reading() as session:
        doc = session.get(Document, doc_id)
        assert doc is not None and doc.status == "signed_paper"
        attachment = session.get(Attachment, doc.scan_attachment_id)
        assert attachment is not None and attachment.content == pdf
        assert "Auf Papier unterschrieben" in pdf_text(documents.render(session, doc_id))
    assert scan.read_bytes() == pdf  # the original stays where it was; the copy lives encrypted


def test_editing_after_signature_makes_a_new_version_and_keeps_the_signed_one(store: Store) -> None:
    case_id = new_case(store)
    with store.unit_of_work() as uow:
        grid = referral.record_grid(uow, case_id, {"health": Rating(2, "Dos")}, "Anne Rochat", TODAY, today=TODAY)
        grid_id = grid.id
        first, _ = documents.print_case_document(uow, case_id, "grid", "fr")
        again, _ = documents.print_case_document(uow, case_id, "grid", "fr")
        assert again.id == first.id  # nothing changed: the same version
        first_id = first.id
    with store.unit_of_work() as uow:
        for party in ("professional", "the_person"):
            documents.sign_with_pad(uow, first_id, party, "X", signature_png())
    with store.unit_of_work() as uow:
        row = uow.session.get(referral.EvaluationGrid, grid_id)
        row.ratings = json.dumps({"health": {"rating": 3, "comment": "Opération prévue"}})  # a later edit
        second, pdf2 = documents.print_case_document(uow, case_id, "grid", "fr")
        assert (second.version, second.status) == (2, "printed")
    with store.reading() as session:
        kept = documents.render(session, first_id, "de")  # signed: stays in the language it was signed in
        versions = [(d.version, d.status) for d in documents.documents(session, case_id)]
    assert versions == [(1, "signed_pad"), (2, "printed")]
    assert "Dos" in pdf_text(kept) and "Opération prévue" not in pdf_text(kept)
    assert "Grille d'évaluation CII" in pdf_text(kept)
    assert "Opération prévue" in pdf_text(pdf2)


def test_nothing_to_print_and_unknown_kind_are_clear_errors(store: Store) -> None:
    case_id = new_case(store)
    with store.unit_of_work() as uow, pytest.raises(ValidationFailed) as exc:
        documents.print_case_document(uow, case_id, "decision", "fr")
    assert [e.code for e in exc.value.errors] == ["document.nothing_to_print"]
    with store.unit_of_work() as uow, pytest.raises(ValidationFailed) as exc:
        documents.print_case_document(uow, case_id, "horoscope", "fr")
    assert [e.code for e in exc.value.errors] == ["document.unknown_kind"]


def test_email_draft_carries_the_pdf_for_the_procedure_recipients(store: Store, tmp_path: Path) -> None:
    case_id = full_case(store)
    with store.unit_of_work() as uow:
        cases.set_involvements(uow, case_id, [
            cases.Involvement("ORP", "lead", "Anne Rochat", "anne.rochat@example.ch"),
            cases.Involvement("CMS", "partner", "Beat Coppey", "beat.coppey@example.ch")])
        doc, _ = documents.print_case_document(uow, case_id, "announcement", "fr")
    with store.reading() as session:
        path = documents.write_email_draft(session, doc.id, tmp_path)
    message = email.message_from_bytes(path.read_bytes())
    assert "beat.coppey@example.ch" in message["To"] and "anne.rochat@example.ch" in message["To"]
    attachments = [p for p in message.walk() if p.get_content_type() == "application/pdf"]
    assert len(attachments) == 1 and attachments[0].get_payload(decode=True).startswith(b"%PDF")


def test_recovery_key_sheet(tmp_path: Path) -> None:
    for language, title in (("fr", "Clé de récupération"), ("de", "Wiederherstellungsschlüssel")):
        pdf = forms.recovery_sheet_pdf("ABCD-EFGH-IJKL", str(tmp_path), TODAY, language, "ws-1234567")
        text = pdf_text(pdf)
        assert title in text and "ABCD-EFGH-IJKL" in text and "23.11.2026" in text
        render_pages(pdf)


def test_render_command(store_folder: tuple[Path, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder, reference = store_folder
    out = tmp_path / "grid.pdf"
    assert cli.main(["render", "--data-dir", str(folder), "--case", reference, "--document", "grid",
                     "--lang", "de", "--out", str(out)]) == 0
    assert "IIZ-Beurteilungsraster" in pdf_text(out.read_bytes())
    assert cli.main(["render", "--list"]) == 0
    listed = capsys.readouterr().out
    assert all(kind in listed for kind in documents.kinds())
    assert cli.main(["render", "--data-dir", str(folder), "--case", "SIO-0000-NOPE", "--document", "grid",
                     "--out", str(out)]) == 1
    assert "No case with this reference" in capsys.readouterr().err


@pytest.mark.parametrize(("language", "words"), [
    ("fr", ("C'est un dossier", "Le dossier de ce fichier n'existe pas", "Impossible d'écrire ici",
            "Le disque est plein")),
    ("de", ("Dies ist ein Ordner", "Der Ordner dieser Datei existiert nicht", "Hier kann nicht geschrieben",
            "Der Datenträger ist voll"))])
def test_render_says_why_the_pdf_cannot_be_written_naming_the_file(
        store_folder: tuple[Path, str], tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch, language: str, words: tuple[str, ...]) -> None:
    import errno
    import os

    folder, reference = store_folder
    monkeypatch.setenv("CII_DESKTOP_LANG", language)
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)

    def render(out: Path) -> str:
        assert cli.main(["render", "--data-dir", str(folder), "--case", reference, "--document", "grid",
                         "--out", str(out)]) == 1
        return capsys.readouterr().err

    for out, said in ((tmp_path, words[0]), (tmp_path / "nodir" / "x.pdf", words[1])):
        err = render(out)
        assert said in err and str(out) in err, err
    if os.geteuid() != 0:  # root writes anywhere
        err = render(locked / "x.pdf")
        assert words[2] in err and str(locked / "x.pdf") in err, err

    for code, said in ((errno.EROFS, words[2]), (errno.ENOSPC, words[3])):  # a read-only mount, a full disk
        def fail(_fd: int, code: int = code) -> None:
            raise OSError(code, os.strerror(code))

        monkeypatch.setattr(os, "fsync", fail)
        err = render(tmp_path / "full.pdf")
        assert said in err and "full.pdf" in err, err
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".part") or p.name == "full.pdf"] == []


@pytest.fixture
def store_folder(tmp_path: Path, memory_keystore: object) -> tuple[Path, str]:
    from cii_desktop.services.data_folder import create_database

    created = create_database(tmp_path / "data", "keystore")
    case_id = new_case(created.store)
    with created.store.unit_of_work() as uow:
        referral.record_grid(uow, case_id, COMPLEX, "Anne Rochat", TODAY, today=TODAY)
    with created.store.reading() as session:
        reference = session.scalars(select(Case.reference)).one()
    created.store.close()
    return tmp_path / "data", reference
