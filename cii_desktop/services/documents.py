"""Document records: freeze a form's content at print time, sign it (pad or scanned paper), render, e-mail."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import formatdate
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..documents import forms
from ..documents.labels import text
from ..domain.dates import swiss_time
from ..domain.errors import FieldError, ValidationFailed
from ..domain.text import LINE_MAX, NAME_MAX, ensure_texts, safe_file_name
from ..paths import write_private
from ..storage.models import Attachment, Case, CaseInstitution, Institution, utcnow
from ..storage.records import Document, Signature
from ..storage.unit_of_work import UnitOfWork
from . import assessment, cases, referral
from .snapshots import snapshot

SIGNED = ("signed_pad", "signed_paper")
SCAN_TYPES = {b"%PDF": "application/pdf", b"\x89PNG": "image/png", b"\xff\xd8\xff": "image/jpeg"}


def kinds() -> list[str]:
    """The document kinds a case can print (the recovery-key sheet is printed from the setup)."""
    return [k for k in forms.KINDS if k != "recovery_key"]


def documents(session: Session, case_id: str) -> list[Document]:
    return list(session.scalars(select(Document).where(Document.case_id == case_id, Document.deleted.is_(False))
                                .order_by(Document.kind, Document.subject_id, Document.version)))


def _latest(session: Session, case_id: str, kind: str, subject_id: str) -> Document | None:
    return session.scalar(select(Document).where(
        Document.case_id == case_id, Document.kind == kind, Document.subject_id == subject_id,
        Document.deleted.is_(False)).order_by(Document.version.desc()).limit(1))


def issue(uow: UnitOfWork, case_id: str, kind: str, language: str, subject_id: str | None = None,
          today: dt.date | None = None) -> Document:
    """The document to print: the latest version if its content is unchanged, else a new version.

    A version's content is written once and never rewritten, so a signed version stays as signed.
    """
    if kind not in kinds():
        raise ValidationFailed([FieldError("kind", "document.unknown_kind")])
    if language not in ("fr", "de", "bilingual"):
        raise ValidationFailed([FieldError("language", "language.invalid")])
    subject, content = snapshot(uow.session, case_id, kind, subject_id, today)
    encoded = json.dumps(content, ensure_ascii=False, sort_keys=True)
    latest = _latest(uow.session, case_id, kind, subject)
    if latest is not None and latest.content == encoded:
        unsigned = latest.status not in SIGNED and not _signatures(uow.session, latest.id)
        if unsigned and latest.language != language:
            latest.language = language  # same content, nothing signed yet: print it in the language asked
        return latest
    version = (latest.version + 1) if latest else 1
    row = uow.add(Document(case_id=case_id, kind=kind, subject_id=subject, version=version, language=language,
                           title=forms.title(kind, language, content), content=encoded, status="printed",
                           printed_at=utcnow()))
    uow.flush()
    return row


def _signatures(session: Session, document_id: str) -> list[Signature]:
    return list(session.scalars(select(Signature).where(Signature.document_id == document_id,
                                                        Signature.deleted.is_(False))
                                .order_by(Signature.signed_at)))


def status_line(session: Session, doc: Document) -> str:
    """The mark printed in the header: signed on the pad or on paper."""
    if doc.status == "signed_paper":
        return text("signed_on_paper", doc.language)
    if doc.status == "signed_pad" and doc.signed_at:
        return f"{text('signed_on_pad', doc.language)} {swiss_time(doc.signed_at):%d.%m.%Y %H:%M}"
    return ""


def print_language(session: Session, doc: Document, asked: str | None = None) -> str:
    """The language a version prints in: the one asked, unless it is signed (then as it was signed)."""
    signed = doc.status in SIGNED or bool(_signatures(session, doc.id))
    return doc.language if signed or not asked else asked


def render(session: Session, document_id: str, language: str | None = None) -> bytes:
    """The PDF of a stored version, from its frozen content and its signatures."""
    doc = session.get(Document, document_id)
    if doc is None or doc.deleted:
        raise ValidationFailed([FieldError("document", "reference.unknown")])
    lang = print_language(session, doc, language)  # a signed version reads as it was signed
    signatures: dict[str, tuple[Any, ...]] = {
        s.party: (f"{swiss_time(s.signed_at):%d.%m.%Y}", s.image, s.signer_name, s.place)
        for s in _signatures(session, doc.id)}
    try:
        content = json.loads(doc.content)
        return forms.render_pdf(content, doc.kind, lang, doc.id, doc.version, signatures, status_line(session, doc))
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise ValidationFailed([FieldError("document", "document.damaged")]) from exc


def print_case_document(uow: UnitOfWork, case_id: str, kind: str, language: str,
                        today: dt.date | None = None) -> tuple[Document, bytes]:
    """Issue (or reuse) the document of a case's latest record of ``kind`` and render it."""
    doc = issue(uow, case_id, kind, language, today=today)
    return doc, render(uow.session, doc.id, language)


def parties(doc: Document) -> list[dict[str, Any]]:
    content: dict[str, Any] = json.loads(doc.content)
    found: list[dict[str, Any]] = content.get("parties", [])
    return found


def display_title(doc: Document, language: str) -> str:
    """The document's title in ``language`` as its print says it (a réseau announcement is not
    titled "situation complexe"); the kind's title when the stored content cannot be read."""
    try:
        return forms.title(doc.kind, language, json.loads(doc.content))
    except (ValueError, KeyError, TypeError, AttributeError):
        return forms.title(doc.kind, language)


def signed_parties(session: Session, document_id: str) -> set[str]:
    return {s.party for s in _signatures(session, document_id)}


def sign_with_pad(uow: UnitOfWork, document_id: str, party: str, signer_name: str, image_png: bytes,
                  *, signer_role: str = "", place: str = "", when: dt.datetime | None = None) -> Signature:
    """One party signs on the pad; when every party has signed the document is signed."""
    doc = uow.get(Document, document_id)
    if doc is None:
        raise ValidationFailed([FieldError("document", "reference.unknown")])
    if doc.status == "signed_paper":
        raise ValidationFailed([FieldError("document", "document.signed_frozen")])
    if not image_png.startswith(b"\x89PNG"):
        raise ValidationFailed([FieldError("signature", "signature.empty")])
    if party not in {p["party"] for p in parties(doc)}:
        raise ValidationFailed([FieldError("party", "reference.unknown")])
    if not signer_name.strip():
        raise ValidationFailed([FieldError("signer_name", "required")])
    ensure_texts({"signer_name": signer_name}, NAME_MAX, multiline=False)
    ensure_texts({"signer_role": signer_role, "place": place}, LINE_MAX, multiline=False)
    for old in _signatures(uow.session, doc.id):
        if old.party == party:
            uow.delete(old)  # signing again replaces this party's signature
    stamp = when or utcnow()
    row = uow.add(Signature(document_id=doc.id, party=party, signer_name=signer_name.strip(),
                            signer_role=signer_role, place=place, signed_at=stamp, image=image_png))
    uow.flush()
    if {p["party"] for p in parties(doc)} <= signed_parties(uow.session, doc.id):
        doc.status = "signed_pad"
        doc.signed_at = stamp
        _on_signed(uow, doc, "signed_pad")
    return row


def _on_signed(uow: UnitOfWork, doc: Document, how: str) -> None:
    """What a signature sets in motion: a procuration opens sharing, a contract is frozen."""
    if doc.kind == "procuration" and doc.subject_id:
        referral.mark_consent_signed(uow, doc.subject_id, how)
    elif doc.kind == "contract" and doc.subject_id:
        assessment.mark_signed(uow, doc.subject_id, (doc.signed_at or utcnow()).date(),
                               doc.language if doc.language in ("fr", "de") else "fr")


def attach_scan(uow: UnitOfWork, document_id: str, path: Path) -> Attachment:
    """The paper signed by hand, scanned: kept encrypted, and the document becomes "signed on paper"."""
    doc = uow.get(Document, document_id)
    if doc is None:
        raise ValidationFailed([FieldError("document", "reference.unknown")])
    head = Path(path).read_bytes()[:8]
    if not any(head.startswith(magic) for magic in SCAN_TYPES):
        raise ValidationFailed([FieldError("file", "document.not_pdf")])
    attachment = cases.add_attachment(uow, doc.case_id, Path(path))
    uow.flush()
    doc.scan_attachment_id = attachment.id
    doc.status = "signed_paper"
    doc.signed_at = utcnow()
    _on_signed(uow, doc, "signed_paper")
    return attachment


@dataclass(frozen=True)
class Recipient:
    institution: str
    name: str
    email: str


def recipients(session: Session, case_id: str) -> list[Recipient]:
    """Who the procedure names: the case's institutions' contacts with an e-mail (CMS, répondants CII)."""
    rows = session.execute(select(CaseInstitution, Institution.code).join(
        Institution, Institution.id == CaseInstitution.institution_id).where(
        CaseInstitution.case_id == case_id, CaseInstitution.deleted.is_(False))).all()
    return [Recipient(code, link.contact_name, link.contact_email) for link, code in rows if link.contact_email]


def write_email_draft(session: Session, document_id: str, out_dir: Path, sender: str = "") -> Path:
    """An .eml draft (unsent) with the PDF attached, addressed to the recipients the procedure names."""
    doc = session.get(Document, document_id)
    if doc is None:
        raise ValidationFailed([FieldError("document", "reference.unknown")])
    case = session.get(Case, doc.case_id)
    assert case is not None
    pdf = render(session, doc.id)
    message = EmailMessage()
    message["To"] = ", ".join(f"{r.name} <{r.email}>" if r.name else r.email
                              for r in recipients(session, doc.case_id))
    if sender:
        message["From"] = sender
    message["Subject"] = f"{doc.title} – {case.reference}"
    message["Date"] = formatdate(localtime=True)
    message["X-Unsent"] = "1"
    message.set_content(f"{doc.title}\n{case.reference}\n")
    # The reference arrives by sync: the names made from it stay inside the chosen folder.
    stem = safe_file_name(f"{case.reference}-{doc.kind}-v{doc.version}")
    message.add_attachment(pdf, maintype="application", subtype="pdf", filename=f"{stem}.pdf")
    out = Path(out_dir) / f"{stem}.eml"
    write_private(out, bytes(message), force=True)  # 0600, no partial file
    return out

