"""What the forms print, read back from the real PDFs: an announcement below CII complexe under its own
title and code, minutes naming roles and institutions in words, a tandem not started as a plan to fill."""

from __future__ import annotations

import dataclasses
import json
import re

import pytest

from cii_desktop.documents import forms
from cii_desktop.documents.labels import text
from cii_desktop.domain import reference
from cii_desktop.domain.grid import Rating
from cii_desktop.domain.rule_tables import load
from cii_desktop.services import bureau, documents, meetings, referral
from cii_desktop.storage.records import Document, Handling
from cii_desktop.storage.store import Store
from tests.integration.test_meetings import MINUTES
from tests.support.pdf import flat_text
from tests.support.referral import TODAY, new_case

LANGUAGES = ["fr", "de", "bilingual"]


def test_every_form_code_says_its_source_and_only_cii100_1_is_the_cantons() -> None:
    rows = load("forms")["forms"]
    assert {r["kind"] for r in rows if not r.get("variant")} == set(forms.KINDS)
    assert all(r["source"] in ("seed", "local practice, to validate") for r in rows)
    assert [r["code"] for r in rows if r["source"] == "seed"] == ["CII100.1"]
    seed = open_seed()
    for row in rows:  # a code the table calls the seed's is in the seed; none of the others is
        assert (row["code"] in seed) == (row["source"] == "seed"), row


def open_seed() -> str:
    from pathlib import Path

    folder = Path("/work/shared/seeds")
    if not folder.is_dir():
        pytest.skip("the seed documents are not on this machine")
    return "\n".join(p.read_text("utf-8") for p in folder.glob("*.txt"))


@pytest.mark.parametrize("language", LANGUAGES)
def test_an_announcement_below_cii_complexe_is_not_titled_situation_complexe(store: Store, language: str) -> None:
    case_id = new_case(store)
    with store.unit_of_work() as uow:  # two domains "important": CII réseau
        referral.record_grid(uow, case_id, {"housing": Rating(2), "finances": Rating(2)}, "Anne", TODAY,
                             today=TODAY)
        referral.record_procuration(uow, case_id, ["ORP", "CMS", "BUREAU"], TODAY, "Anne", signed=True, today=TODAY)
        bureau.send(uow, case_id, bureau.AnnouncementDraft("", "", "", "Emploi", ""), "Anne", "ORP", TODAY,
                    override_reason="Rupture imminente du logement")
        doc, pdf = documents.print_case_document(uow, case_id, "announcement", language)
        stored_title = doc.title
    words = flat_text(pdf)
    complex_title = text("announcement_title", language)
    assert complex_title not in words and "CII100.1" not in words
    assert "complexe" not in stored_title.lower() and "komplex" not in stored_title.lower()
    assert "CII-AN.1" in words and stored_title in words
    assert ("CII réseau" in words) if language != "de" else ("IIZ Netzwerk" in words)
    with store.reading() as session:  # the window's list of documents says the same title, in its language
        listed = documents.display_title(session.get(Document, doc.id), "de" if language == "de" else "fr")
    assert "complexe" not in listed.lower() and "komplex" not in listed.lower() and listed in stored_title


def test_a_complex_announcement_keeps_the_cantons_form(store: Store) -> None:
    from tests.support.referral import walk_to_announcement

    case_id = new_case(store)
    walk_to_announcement(store, case_id)
    with store.unit_of_work() as uow:
        _doc, pdf = documents.print_case_document(uow, case_id, "announcement", "fr")
    words = flat_text(pdf)
    assert text("announcement_title", "fr") in words and "CII100.1" in words


@pytest.mark.parametrize("kind", ["tro_minutes", "network_minutes"])
def test_minutes_name_roles_and_institutions_in_words(store: Store, kind: str) -> None:
    case_id = new_case(store)
    minutes = dataclasses.replace(MINUTES, decisions="Budget", distribution="ORP, CMS; BUREAU", participants=(
        meetings.Participant("Anne Rochat", "ORP", "ORP"),  # an institution's code typed for a role
        meetings.Participant("Beat Coppey", "CMS", "social_worker"),
        meetings.Participant("Dr Lise Moret", "OAI", "OAI", present=False)))
    with store.unit_of_work() as uow:
        referral.record_procuration(uow, case_id, ["ORP", "CMS"], TODAY, "Anne", signed=True, today=TODAY)
        meeting = meetings.schedule(uow, case_id, "round_table" if kind == "tro_minutes" else "network", TODAY,
                                    "Sion", "Marc Fellay", ["ORP", "CMS"], today=TODAY)
        meetings.record_minutes(uow, meeting.id, minutes, today=TODAY)
    with store.unit_of_work() as uow:
        _doc, pdf = documents.print_case_document(uow, case_id, kind, "de")
    words = flat_text(pdf)
    assert re.findall(r"(?<![\w-])(?:ORP|CMS|OAI|BUREAU|SMZ|RAV|IV)(?![\w-])", words) == [], words
    assert "Regionales Arbeitsvermittlungszentrum, Sozialmedizinisches Zentrum; IIZ-Büro" in words
    assert "Vertreter/in der Institution" in words and "Sozialarbeiter/in" in words
    assert "Kantonale IV-Stelle Wallis" in words


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_tandem_not_started_prints_the_plan_to_fill_by_hand(store: Store, language: str) -> None:
    case_id = new_case(store)
    with store.unit_of_work() as uow:
        uow.add(Handling(case_id=case_id, kind="tandem", created_on=TODAY))
    with store.unit_of_work() as uow:
        _doc, pdf = documents.print_case_document(uow, case_id, "tandem_plan", language)
    words = flat_text(pdf)
    assert text("tandem_to_fill", language).split("\n")[0][:60] in words
    header = " ".join(text(k, language) for k in ("plan_month", "interview_date", "participant", "notes"))
    assert header in words
    months = re.findall(r"(?<![\d./])([1-6])(?![\d./])", words.split(header, 1)[1])
    assert all(months.count(m) >= 2 for m in "123456"), months  # two interview rows a month
    assert words.count(forms.BLANK_DATE) == 2  # start and end, to write in


def test_the_demo_prints_roles_and_deciders_in_the_print_language(demo_store: Store) -> None:
    french_roles = [e.label.fr for e in reference.ROLES]
    german_roles = [e.label.de for e in reference.ROLES]
    with demo_store.reading() as session:
        docs = [(d.id, d.kind) for d in session.query(Document).all()
                if d.kind in ("tro_minutes", "network_minutes", "decision")]
    assert {k for _i, k in docs} == {"tro_minutes", "network_minutes", "decision"}
    seen_roles = 0
    for doc_id, kind in docs:
        with demo_store.reading() as session:
            pdf_de, pdf_fr = (documents.render(session, doc_id, lang) for lang in ("de", "fr"))
        de, fr = flat_text(pdf_de), flat_text(pdf_fr)
        assert "démo" not in de and "Bureau CII" not in de and "(Demo)" not in fr, kind
        assert not [w for w in french_roles if w in de], (kind, de)
        assert not [w for w in german_roles if w in fr], (kind, fr)
        if kind != "decision":
            seen_roles += "Personalberater/in" in de and "Conseiller/ère en personnel" in fr
        else:  # the one who signs the decision is the person who decided, not an office
            assert re.search(rf"{text('name', 'de')}: [A-Z][a-zé]+ [A-Z]", de), de
    assert seen_roles >= 2


def test_no_printed_code_of_the_apps_own_sits_in_the_cantons_series(store: Store) -> None:
    from tests.integration.test_documents import full_case

    rows = load("forms")["forms"]
    assert all(not r["code"].startswith("CII100") for r in rows if r["source"] != "seed")
    seed = open_seed()
    case_id = full_case(store)
    printed: set[str] = set()
    for kind in documents.kinds():
        for language in ("fr", "de"):
            with store.unit_of_work() as uow:
                _doc, pdf = documents.print_case_document(uow, case_id, kind, language)
            printed |= set(re.findall(r"\bCII[-\w]*\.\d+\b", flat_text(pdf)))
    assert printed >= {"CII-GR.1", "CII-PR.1", "CII-RF.1", "CII-DC.1"}, printed
    assert [c for c in printed if c not in seed and c.startswith("CII100")] == [], printed


def test_wording_of_refusal_decision_contract_and_the_place_to_sign(store: Store) -> None:
    from tests.integration.test_documents import full_case

    case_id = full_case(store)
    read: dict[tuple[str, str], str] = {}
    contents: dict[str, dict[str, object]] = {}
    for kind in ("refusal", "decision", "contract", "grid"):
        for language in ("fr", "de"):
            with store.unit_of_work() as uow:
                doc, pdf = documents.print_case_document(uow, case_id, kind, language)
                contents[kind] = json.loads(doc.content)
            read[kind, language] = flat_text(pdf)
    assert "Ablehnung durch die Person" in read["refusal", "de"] and "versicherte" not in read["refusal", "de"]
    assert "Refus de la personne" in read["refusal", "fr"]
    assert "Décision prise par" in read["decision", "fr"] and "Décidé par" not in read["decision", "fr"]
    for language, (heading, person, institutions) in {
            "fr": ("Engagements", "Engagements de la personne", "Engagements des institutions"),
            "de": ("Verpflichtungen", "Verpflichtungen der Person", "Verpflichtungen der Institutionen")}.items():
        page = read["contract", language]
        assert page.index(heading) <= page.index(person) < page.index(institutions), language
    for kind in ("grid", "refusal"):  # an office named after a region: the place is left to write
        content = contents[kind]
        content["case"] = {**content["case"], "office_fr": "Haut-Valais (Brigue, Viège)",  # type: ignore[dict-item]
                           "office_de": "Oberwallis (Brig, Visp)"}
        for language in ("fr", "de", "bilingual"):
            printed = flat_text(forms.render_pdf(content, kind, language, "0" * 32, 1))
            printed = printed.rsplit(text("signatures", language), 1)[1]  # the signature blocks
            assert "Oberwallis (Brig" not in printed and "Haut-Valais (Brig" not in printed, (kind, language)
    assert "Sion" in read["grid", "fr"].rsplit(text("signatures", "fr"), 1)[1]  # a town: prefilled
    assert "Sitten" in read["grid", "de"].rsplit(text("signatures", "de"), 1)[1]


def test_the_demo_prints_a_filled_tandem_plan_and_evaluation(demo_store: Store) -> None:
    from cii_desktop.services.demo_paths import TYPED_PLAN as PLAN
    from cii_desktop.services.demo_paths import WORDS

    with demo_store.reading() as session:
        docs = [(d.id, d.kind, d.language) for d in session.query(Document).all()
                if d.kind in ("tandem_plan", "contract")]
        printed = {(kind, lang): flat_text(documents.render(session, doc_id, lang)) for doc_id, kind, lang in docs}
    assert {k for k, _lang in printed} == {"tandem_plan", "contract"}
    for (kind, lang), words in printed.items():
        plan = PLAN[lang if lang in PLAN else "fr"]
        if kind == "tandem_plan":
            assert plan[4] in words and plan[5] in words, words
            assert words.count(WORDS[lang if lang in WORDS else "fr"].interview) == 1, words
        else:
            assert all(p in words for p in plan[:4]), words


@pytest.mark.parametrize(("language", "orp", "legal"), [
    ("fr", "Office régional de placement (Sion, Monthey)", "Office régional de placement (Sion), Centre médico-social"),
    ("de", "Regionales Arbeitsvermittlungszentrum (Sitten, Monthey)",
     "Regionales Arbeitsvermittlungszentrum (Sitten), Sozialmedizinisches Zentrum")])
def test_the_procuration_and_the_legal_basis_name_the_offices_they_restrict_to(
        store: Store, language: str, orp: str, legal: str) -> None:
    case_id = new_case(store)
    with store.unit_of_work() as uow:
        referral.record_procuration(uow, case_id, ["ORP", "CMS"], TODAY, "Anne", signed=True, today=TODAY,
                                    offices={"ORP": ["SION", "MONTHEY"]})
        _doc, pdf = documents.print_case_document(uow, case_id, "procuration", language)
    words = flat_text(pdf)
    assert orp in words.replace("\n", " ")
    cms = "Centre médico-social" if language == "fr" else "Sozialmedizinisches Zentrum"
    assert cms in words and f"{cms} (" not in words  # the CMS named whole: its name alone
    with store.unit_of_work() as uow:
        referral.record_legal_basis(uow, case_id, TODAY, "Dr Fellay", "Anne", today=TODAY,
                                    institution_codes=["ORP", "CMS"], offices={"ORP": ["SION"]})
        _doc, pdf = documents.print_case_document(uow, case_id, "legal_basis", language)
    assert legal in flat_text(pdf).replace("\n", " ")
