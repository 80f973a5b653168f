"""Print preview (QtPdf) of a case's form: print, save as PDF, e-mail draft, sign on screen, attach the scan."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QSize
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QWidget

from ..documents.forms import party_label
from ..domain.errors import ValidationFailed
from ..domain.text import safe_file_name
from ..services import audit, case_guard, documents
from ..storage.errors import StoreError
from ..storage.models import Case
from ..storage.records import Document
from ..storage.store import Store
from . import i18n
from .forms import FormDialog, set_plain, show_error
from .generated.ui_document_dialog import Ui_DocumentDialog
from .generated.ui_signature_dialog import Ui_SignatureDialog
from .messages import message

LANGUAGES = ("fr", "de", "bilingual")


def print_pdf(parent: QWidget, pdf: QPdfDocument, title: str) -> bool | None:
    """Ask for a printer (Qt's dialog, translated) and print every page; False when the printer failed,
    None when the user cancelled."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    if QPrintDialog(printer, parent).exec() != QDialog.DialogCode.Accepted:
        return None
    painter = QPainter()
    if not painter.begin(printer):
        return False
    for page in range(pdf.pageCount()):
        if page:
            printer.newPage()
        area = printer.pageRect(QPrinter.Unit.DevicePixel).size().toSize()
        painter.drawImage(QPointF(0, 0), pdf.render(page, QSize(area.width(), area.height())))
    painter.end()
    return True


def pdf_from_memory(owner: QWidget, data: bytes) -> QPdfDocument:
    """A QtPdf document read from memory (no copy written to disk)."""
    document = QPdfDocument(owner)
    buffer = QBuffer(document)
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    return document


class DocumentDialog(QDialog):
    """Shows one version of a document; printing a case's kind issues (or reuses) its current version."""

    def __init__(self, store: Store, case_id: str, kind: str | None = None, language: str = "fr",
                 document_id: str | None = None, place: str = "", parent: QWidget | None = None,
                 subject_id: str | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_DocumentDialog()
        self.ui.setupUi(self)
        self._store, self._case_id, self._kind, self._place = store, case_id, kind, place
        self._subject_id = subject_id  # the record to print (a given meeting, contract…); None: the latest
        self.document_id = document_id
        self.pdf_bytes = b""
        self._reference = ""  # the case reference, for the default file name
        self._buffer: QBuffer | None = None
        self._pdf = QPdfDocument(self)
        self.ui.pdfView.setDocument(self._pdf)
        self.ui.pdfView.setPageMode(QPdfView.PageMode.MultiPage)
        self.ui.pdfView.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.changed = False
        self.ui.printButton.clicked.connect(self.print_document)
        self.ui.saveButton.clicked.connect(self.save_pdf)
        self.ui.emailButton.clicked.connect(self.prepare_email)
        self.ui.signButton.clicked.connect(self.sign)
        self.ui.scanButton.clicked.connect(self.attach_scan)
        self.ui.buttonBox.rejected.connect(self._close)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Close).clicked.connect(self._close)
        self.retranslate()
        if document_id is not None:  # a stored version opens in the language it was printed in
            with store.reading() as session:
                stored = session.get(Document, document_id)
                language = stored.language if stored is not None else language
        index = self.ui.languageCombo.findData(language)
        self.ui.languageCombo.setCurrentIndex(max(index, 0))
        self.ui.languageCombo.currentIndexChanged.connect(lambda _: self.load())
        show_error(self.ui.formError, None, None)
        self.load()

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        current = self.ui.languageCombo.currentData()
        self.ui.languageCombo.blockSignals(True)
        self.ui.languageCombo.clear()
        for code, label in zip(LANGUAGES, (self.tr("French"), self.tr("German"), self.tr("Bilingual FR/DE")),
                               strict=True):
            self.ui.languageCombo.addItem(label, code)
        self.ui.languageCombo.setCurrentIndex(max(self.ui.languageCombo.findData(current), 0))
        self.ui.languageCombo.blockSignals(False)

    def _fail(self, exc: Exception) -> None:
        code = exc.errors[0].code if isinstance(exc, ValidationFailed) else getattr(exc, "code", "store.error")
        show_error(self.ui.formError, None, str(code))

    def load(self) -> None:
        """Issue the version to show (a case's kind) or read the one asked for, and display it."""
        language = self.ui.languageCombo.currentData() or "fr"
        try:
            if self._kind and (self.document_id is None or not self._is_signed()):
                with self._store.unit_of_work() as uow:
                    doc = documents.issue(uow, self._case_id, self._kind, language, subject_id=self._subject_id)
                    self.document_id = doc.id
            assert self.document_id is not None
            with self._store.reading() as session:
                self.pdf_bytes = documents.render(session, self.document_id, language)
                row = session.get(Document, self.document_id)
                assert row is not None
                status, version, title = row.status, row.version, row.title
                printed = documents.print_language(session, row, language)
                case = session.get(Case, row.case_id)
                reference = case.reference if case is not None else ""
                signed = documents.signed_parties(session, row.id)
                parties = [p["party"] for p in documents.parties(row)]
        except (ValidationFailed, StoreError) as exc:
            self._fail(exc)
            self.pdf_bytes = b""  # nothing to print, save, sign or send: never a 0-byte PDF
            for button in (self.ui.printButton, self.ui.saveButton, self.ui.emailButton, self.ui.signButton,
                           self.ui.scanButton):
                button.setEnabled(False)
            return
        for button in (self.ui.printButton, self.ui.saveButton, self.ui.emailButton):
            button.setEnabled(True)
        self._reference = reference
        held = case_guard.read_only(self._store, self._case_id)  # tables/sharing.json: held_outside_scope
        self.setWindowTitle(f"{title} – v{version}")
        state = {"printed": self.tr("not signed"), "signed_pad": self.tr("signed on screen"),
                 "signed_paper": self.tr("signed on paper (scan attached)")}.get(status, status)
        if status == "printed" and signed:
            state = self.tr("%1 of %2 signatures", "", len(signed)).replace("%1", str(len(signed))).replace(
                "%2", str(len(parties)))
        self.ui.statusLabel.setText(self.tr("Version %1 – %2").replace("%1", str(version)).replace("%2", state))
        if printed != language:  # a signed version is shown as it was signed: say so, and show that language
            self.ui.statusLabel.setText(self.ui.statusLabel.text() + " – " + message("document.signed_language"))
            self.ui.languageCombo.blockSignals(True)
            self.ui.languageCombo.setCurrentIndex(max(self.ui.languageCombo.findData(printed), 0))
            self.ui.languageCombo.blockSignals(False)
        frozen = status in documents.SIGNED
        self.ui.signButton.setEnabled(not frozen and not held)
        self.ui.scanButton.setEnabled(status != "signed_paper" and not held)
        self.ui.languageCombo.setEnabled(not frozen and not signed and not held)
        for button in (self.ui.printButton, self.ui.saveButton, self.ui.emailButton):
            button.setEnabled(case_guard.printable(self._store, self._case_id))
        self._show(self.pdf_bytes)

    def _is_signed(self) -> bool:
        with self._store.reading() as session:
            row = session.get(Document, self.document_id)
            return bool(row and (row.status in documents.SIGNED or documents.signed_parties(session, row.id)))

    def _show(self, data: bytes) -> None:
        """Load the PDF from memory: no copy of the form is written to disk for the preview."""
        self._pdf.close()
        buffer = QBuffer(self)
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self._pdf.load(buffer)
        if self._buffer is not None:
            self._buffer.deleteLater()
        self._buffer = buffer

    def print_document(self) -> None:
        if not self._may_print():
            return
        printed = print_pdf(self, self._pdf, self.windowTitle())
        if printed is False:
            show_error(self.ui.formError, None, "print.failed")
        elif printed and self.document_id is not None:
            audit.record_document(self._store, "document.print", self.document_id)

    def _may_print(self) -> bool:
        """The services' word on a copy leaving the computer (refused for a case held read-only)."""
        try:
            case_guard.require_printable(self._store, self._case_id)
        except PermissionError as exc:
            show_error(self.ui.formError, None, str(getattr(exc, "code", "permission.denied")))
            return False
        return True

    def save_pdf(self) -> None:
        if not self.pdf_bytes or not self._may_print():
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save as PDF"), self._suggested_name(),
                                              self.tr("PDF documents (*.pdf)"))
        if path:
            try:
                Path(path).write_bytes(self.pdf_bytes)
            except OSError:
                show_error(self.ui.formError, None, "cli.file_error")
                return
            if self.document_id is not None:
                audit.record_document(self._store, "document.pdf", self.document_id)

    def _suggested_name(self) -> str:
        """The case reference, the form and its version: "SIO-2026-AB12CD_Grille_v2.pdf"."""
        stem = "_".join(p for p in (self._reference, self.windowTitle()) if p)
        return safe_file_name(f"{stem.replace(' – ', '_').replace(' ', '_')}.pdf")

    def prepare_email(self) -> None:
        if not self._may_print():
            return
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder for the e-mail draft"))
        if not folder or self.document_id is None:
            return
        try:
            with self._store.reading() as session:
                path = documents.write_email_draft(session, self.document_id, Path(folder))
                row = session.get(Document, self.document_id)
                to = [r.institution for r in documents.recipients(session, row.case_id)] if row else []
        except OSError:
            show_error(self.ui.formError, None, "cli.file_error")
            return
        audit.record_document(self._store, "email.prepare", self.document_id, to)
        set_plain(self.ui.statusLabel, self.tr("E-mail draft written: %1").replace("%1", path.name))

    def sign(self) -> None:
        if self.document_id is None:
            return
        with self._store.reading() as session:
            row = session.get(Document, self.document_id)
            assert row is not None
            signed = documents.signed_parties(session, row.id)
            parties = [p for p in documents.parties(row) if p["party"] not in signed]
            language = i18n.language()  # the dialog speaks the user's language, whatever the form's
        dialog = SignatureDialog(self._store, self.document_id, parties, language, self._place, self)
        if dialog.exec():
            self.changed = True
            self.load()

    def attach_scan(self) -> None:
        if self.document_id is None:
            return
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Scanned signed copy"), "",
                                              self.tr("PDF or image (*.pdf *.png *.jpg *.jpeg)"))
        if not path:
            return
        try:
            with self._store.unit_of_work() as uow:
                documents.attach_scan(uow, self.document_id, Path(path))
        except (ValidationFailed, StoreError) as exc:
            self._fail(exc)
            return
        except OSError:
            show_error(self.ui.formError, None, "cli.file_error")
            return
        self.changed = True
        self.load()

    def _close(self) -> None:
        if self.changed:
            self.accept()
        else:
            self.reject()


class SignatureDialog(FormDialog):
    """One party signs on the pad; the image, the signer and the time go into the record."""

    def __init__(self, store: Store, document_id: str, parties: list[dict[str, str]], language: str,
                 place: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_SignatureDialog()
        self.ui.setupUi(self)
        self._store, self._document_id, self._parties = store, document_id, parties
        self._language = language
        self.ui.placeEdit.setText(place)
        self.ui.partyCombo.currentIndexChanged.connect(self._party_changed)
        self.ui.clearButton.clicked.connect(self.ui.pad.clear)
        self.ui.pad.changed.connect(self.mark_dirty)
        self.retranslate()
        show_error(self.ui.formError, None, None)
        self.ready(self.ui.buttonBox)

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Sign"))
        current = self.ui.partyCombo.currentIndex()
        self.ui.partyCombo.blockSignals(True)
        self.ui.partyCombo.clear()
        lang = self._language if self._language in ("fr", "de") else "fr"
        for party in self._parties:
            name = f" – {party['name']}" if party.get("name") else ""
            self.ui.partyCombo.addItem(f"{party_label(party, lang)}{name}", party["party"])
        self.ui.partyCombo.setCurrentIndex(max(current, 0))
        self.ui.partyCombo.blockSignals(False)
        self._party_changed()

    def _party_changed(self, *_: object) -> None:
        index = self.ui.partyCombo.currentIndex()
        if 0 <= index < len(self._parties):
            self.ui.nameEdit.setText(self._parties[index].get("name", ""))

    def save(self) -> None:
        if self.ui.pad.is_empty():
            show_error(self.ui.formError, self.ui.pad, "signature.empty")
            return

        def write() -> None:
            with self._store.unit_of_work() as uow:
                documents.sign_with_pad(uow, self._document_id, self.ui.partyCombo.currentData(),
                                        self.ui.nameEdit.text(), self.ui.pad.png(), place=self.ui.placeEdit.text(),
                                        when=dt.datetime.now(dt.timezone.utc).replace(tzinfo=None))

        if self.attempt(write, self.ui.formError):
            self.accepted_clean()


