"""Signed documents across workstations: never silently changed by a merge, signatures travel, status sticks."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from PIL import Image, ImageDraw
from sqlalchemy import select, text

from cii_desktop.domain.errors import ValidationFailed
from cii_desktop.services import documents, referral
from cii_desktop.storage.journal import WriteOnceViolation
from cii_desktop.storage.models import SyncConflict
from cii_desktop.storage.records import Document, Signature
from tests.support.memory_keyring import MemoryKeyring
from tests.support.network import Workstation, add_shared_case, make_network, sync_all
from tests.support.referral import COMPLEX, TODAY


@pytest.fixture
def pair(tmp_path: Path, memory_keystore: MemoryKeyring) -> Iterator[list[Workstation]]:
    stations = make_network(tmp_path, 2)
    yield stations
    for station in stations:
        station.store.close()


def ink() -> bytes:
    image = Image.new("RGBA", (300, 90), (255, 255, 255, 0))
    ImageDraw.Draw(image).line([(5, 80), (100, 10), (290, 70)], fill=(0, 0, 90, 255), width=4)
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def printed_grid(office: Workstation) -> tuple[str, str]:
    _, case_id = add_shared_case(office.store)
    with office.store.unit_of_work() as uow:
        referral.record_grid(uow, case_id, COMPLEX, "Anne Rochat", TODAY, today=TODAY)
        doc, _ = documents.print_case_document(uow, case_id, "grid", "fr")
        return case_id, doc.id


def test_a_printed_document_is_never_rewritten_locally(pair: list[Workstation]) -> None:
    office = pair[0]
    _, doc_id = printed_grid(office)
    with pytest.raises(WriteOnceViolation), office.store.unit_of_work() as uow:
        uow.get(Document, doc_id).content = "{}"  # type: ignore[union-attr]
    with office.store.reading() as session:
        assert session.get(Document, doc_id).content != "{}"  # type: ignore[union-attr]


def test_signatures_travel_and_a_forged_rewrite_becomes_a_conflict(pair: list[Workstation]) -> None:
    office, laptop = pair
    case_id, doc_id = printed_grid(office)
    sync_all(pair)
    # In the meeting, offline: both parties sign on the laptop
    with laptop.store.unit_of_work() as uow:
        for party in ("professional", "the_person"):
            documents.sign_with_pad(uow, doc_id, party, "X", ink())
    # Meanwhile a faulty client on the office rewrites the content behind the app's back
    with office.store.raw_transaction() as conn:
        conn.execute("UPDATE document SET content = '{\"forged\": true}' WHERE id = ?", (doc_id,))
        clock = office.store.clock.now().encode()
        conn.execute("INSERT INTO change_log (table_name, row_id, field, new_value, changed_at, workstation_id, "
                     "hlc, base_hlc) SELECT 'document', ?, 'content', '\"{\\\"forged\\\": true}\"', changed_at, "
                     "workstation_id, ?, hlc FROM change_log WHERE row_id = ? AND field = 'content'",
                     (doc_id, clock, doc_id))
    sync_all(pair)
    with laptop.store.reading() as session:
        doc = session.get(Document, doc_id)
        assert doc is not None and doc.status == "signed_pad" and "forged" not in doc.content
        conflict = session.scalars(select(SyncConflict).where(SyncConflict.row_id == doc_id)).one()
        assert (conflict.field, conflict.status) == ("content", "open")
    with office.store.reading() as session:
        assert session.get(Document, doc_id).status == "signed_pad"  # type: ignore[union-attr]
        assert session.scalar(select(text("count(*)")).select_from(Signature)) == 2
        with pytest.raises(ValidationFailed) as exc:  # the office's own copy was damaged: said, not crashed
            documents.render(session, doc_id)
        assert exc.value.errors[0].code == "document.damaged"
    with laptop.store.reading() as session:
        pdf = documents.render(session, doc_id)
    images = sum(1 for o in pdfium.PdfDocument(pdf)[0].get_objects(max_depth=3)
                 if o.type == pdfium.raw.FPDF_PAGEOBJ_IMAGE) + sum(
        1 for o in pdfium.PdfDocument(pdf)[len(pdfium.PdfDocument(pdf)) - 1].get_objects(max_depth=3)
        if o.type == pdfium.raw.FPDF_PAGEOBJ_IMAGE)
    assert images >= 3  # the logo and the two signatures signed on the laptop


def test_signed_status_sticks_whatever_the_order(pair: list[Workstation], tmp_path: Path) -> None:
    office, laptop = pair
    case_id, doc_id = printed_grid(office)
    sync_all(pair)
    with laptop.store.unit_of_work() as uow:  # signed on paper at the laptop, scan attached
        with office.store.reading() as session:
            pdf = documents.render(session, doc_id)
        scan = tmp_path / "scan.pdf"
        scan.write_bytes(pdf)
        documents.attach_scan(uow, doc_id, scan)
    with office.store.unit_of_work() as uow:  # and, later by the clock, signed on the pad at the office
        for party in ("professional", "the_person"):
            documents.sign_with_pad(uow, doc_id, party, "X", ink())
    sync_all(pair)
    for station in pair:
        with station.store.reading() as session:
            assert session.get(Document, doc_id).status == "signed_paper"  # type: ignore[union-attr]


def test_what_the_person_signed_is_never_rewritten(pair: list[Workstation]) -> None:
    office = pair[0]
    _, case_id = add_shared_case(office.store)
    with office.store.unit_of_work() as uow:
        consent = referral.record_procuration(uow, case_id, ["ORP", "CMS"], TODAY, "Anne", signed=True, today=TODAY)
        consent_id = consent.id
    from cii_desktop.storage.records import Consent

    with pytest.raises(WriteOnceViolation), office.store.unit_of_work() as uow:
        uow.get(Consent, consent_id).institutions = '["ORP", "CMS", "OAI"]'  # type: ignore[union-attr]
    with office.store.unit_of_work() as uow:  # revoking is allowed: a new fact, not a rewrite
        referral.revoke_consent(uow, consent_id, TODAY, "Anne", today=TODAY)
    with office.store.reading() as session:
        row = session.get(Consent, consent_id)
        assert row is not None and row.institutions == '["CMS", "ORP"]' and row.revoked_on == TODAY
