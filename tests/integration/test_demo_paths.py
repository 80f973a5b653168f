"""A fresh demo walks every path: every record and document kind in the person's language,
handlings in every state, signed and unsigned versions; every form renders from ``render``."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from cii_desktop import cli
from cii_desktop.documents import forms
from cii_desktop.domain import grid as grid_rules
from cii_desktop.services import documents, referral
from cii_desktop.services.data_folder import open_database
from cii_desktop.storage.models import Case
from cii_desktop.storage.records import Announcement, Document, Handling
from tests.support.memory_keyring import MemoryKeyring
from tests.support.pdf import pdf_text


@pytest.fixture
def demo_folder(tmp_path: Path, memory_keystore: MemoryKeyring) -> Path:
    folder = tmp_path / "demo"
    assert cli.main(["demo", "--data-dir", str(folder), "--persons", "10", "--seed", "3"]) == 0
    return folder


def test_every_document_kind_renders_from_a_fresh_demo(demo_folder: Path, tmp_path: Path) -> None:
    store = open_database(demo_folder)
    try:
        with store.reading() as session:
            rows = session.execute(select(Document.kind, Document.language, Case.reference).join(
                Case, Case.id == Document.case_id)).all()
            persons = {c.reference: c.person.language for c in session.scalars(select(Case))}
    finally:
        store.close()
    by_kind: dict[tuple[str, str], str] = {}
    for kind, language, reference in rows:
        assert language == persons[reference]  # French persons in French, German in German
        by_kind.setdefault((kind, language), reference)
    for kind in documents.kinds():
        for language in ("fr", "de"):
            assert (kind, language) in by_kind, (kind, language)
            out = tmp_path / f"{kind}-{language}.pdf"
            assert cli.main(["render", "--data-dir", str(demo_folder), "--case", by_kind[kind, language],
                             "--document", kind, "--out", str(out)]) == 0
            text = pdf_text(out.read_bytes())
            assert forms.title(kind, language).split()[0] in text, (kind, language)


def test_the_demo_holds_every_state_and_signed_and_unsigned_versions(demo_folder: Path) -> None:
    store = open_database(demo_folder)
    try:
        with store.reading() as session:
            states = {(h.kind, h.state) for h in session.scalars(select(Handling))}
            assert {("assessment", s) for s in ("to_organise", "scheduled", "held", "contract_signed", "closed")} \
                <= states
            assert {("tandem", "running"), ("tandem", "closed")} <= states
            assert any(kind == "round_table" for kind, _ in states)
            statuses = {(d.kind, d.status) for d in session.scalars(select(Document))}
            for kind in ("contract", "procuration"):
                assert (kind, "signed_pad") in statuses and (kind, "printed") in statuses
            for row in session.scalars(select(Announcement)):  # announced: "CII complexe" grids only
                grid = referral.latest_grid(session, row.case_id)
                assert grid is not None
                assert grid_rules.propose(referral.ratings_of(grid)).level == "complex"
    finally:
        store.close()
