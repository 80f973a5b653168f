"""Who issues and signs what: the legal basis as its own form, the issuer's letterhead, the procuration's
recipients, a revocation printed as such (issue 16)."""

from __future__ import annotations

from cii_desktop.services import bureau, case_events, documents, referral
from cii_desktop.storage.store import Store
from tests.support.pdf import flat_text
from tests.support.referral import TODAY, new_case, walk_to_announcement
from tests.support.roles import ensure_bureau


def _print(store: Store, case_id: str, kind: str, language: str) -> str:
    with store.unit_of_work() as uow:
        _doc, pdf = documents.print_case_document(uow, case_id, kind, language)
    return flat_text(pdf)


def test_legal_basis_prints_as_its_own_form_signed_by_whoever_decided(store: Store) -> None:
    case_id = new_case(store)
    walk_to_announcement(store, case_id)  # the person's procuration first
    with store.unit_of_work() as uow:
        referral.record_legal_basis(uow, case_id, TODAY, "Claire Bonvin, cheffe du CMS", "Anne Rochat", today=TODAY,
                                    institution_codes=["ORP", "CMS"])
    words = _print(store, case_id, "legal_basis", "de")
    assert "Informationsaustausch auf gesetzlicher Grundlage" in words and "Art. 60 ff." in words
    assert "Entschieden durch Claire Bonvin, cheffe du CMS" in words
    assert "Beteiligte Institutionen Regionales Arbeitsvermittlungszentrum, Sozialmedizinisches Zentrum" in words
    assert "ab 23.11.2026, bis zum Widerruf" in words
    assert "Entscheidende Person Name: Claire Bonvin" in words and "Die Person" not in words
    assert "IIZ-Vollmacht" in _print(store, case_id, "procuration", "de")  # the earlier procuration still prints


def test_bureau_decision_on_the_bureaus_letterhead_addressed_to_the_announcing_professional(store: Store) -> None:
    case_id = new_case(store, lse=True)
    announcement = walk_to_announcement(store, case_id)
    ensure_bureau(store)
    with store.unit_of_work() as uow:
        bureau.decide(uow, announcement, "accepted", "Marc Fellay", handling="assessment", reason="r", today=TODAY)
        case_events.record_warning(uow, case_id, TODAY, "Anne Rochat", "Absent", True, today=TODAY)
    decision = _print(store, case_id, "decision", "fr")
    assert "CII-Valais Bureau CII Réf. dossier" in decision, decision
    assert "Adressée à (professionnel/le annonçant/e) Anne Rochat (Office régional de placement)" in decision
    warning = _print(store, case_id, "warning", "de")
    assert "IIZ-Wallis Regionales Arbeitsvermittlungszentrum Dossier-Ref." in warning


def test_warning_is_on_the_orps_letterhead_even_when_the_cms_leads(store: Store) -> None:
    from cii_desktop.storage.models import Case

    case_id = new_case(store, lse=True)
    with store.unit_of_work() as uow:
        case = uow.get(Case, case_id)
        assert case is not None
        from cii_desktop.domain import reference
        case.lead_institution_id = reference.reference_id("institution", "CMS")
        case_events.record_warning(uow, case_id, TODAY, "Anne Rochat", "Absent", True, today=TODAY)
    assert "CII-Valais Office régional de placement Réf. dossier" in _print(store, case_id, "warning", "fr")


def test_procuration_names_the_competent_cms_the_respondents_and_what_is_exchanged(store: Store) -> None:
    case_id = new_case(store)
    walk_to_announcement(store, case_id)
    words = _print(store, case_id, "procuration", "fr")
    assert "CMS de la commune de domicile Centre médico-social – Sion" in words
    assert "Répondant/e CII de l'ORP concerné" in words and "Répondant/e CII du CMS concerné" in words
    assert "Informations échangées Situation personnelle, familiale, financière" in words


def test_a_revoked_procuration_prints_as_a_revocation(store: Store) -> None:
    case_id = new_case(store)
    walk_to_announcement(store, case_id)
    with store.reading() as session:
        consent = next(c for c in referral.consents(session, case_id) if c.kind == "procuration")
    with store.unit_of_work() as uow:
        referral.revoke_consent(uow, consent.id, TODAY, "Anne Rochat", today=TODAY)
    words = _print(store, case_id, "procuration", "de")
    assert words.startswith("Widerruf der IIZ-Vollmacht") and "hat am 23.11.2026 die IIZ-Vollmacht vom 23.11.2026" \
        " widerrufen" in words
    assert "☐" not in words and "Ermächtigte Institutionen" not in words


def test_a_legal_basis_frozen_as_a_procuration_before_0012_prints_as_a_legal_basis() -> None:
    from cii_desktop.documents import forms

    content = {"person": {"first_name": "Léa", "last_name": "Rey", "birth_date": "1980-01-01", "avs": None,
                          "address": "", "commune": "Sion", "language": "fr"},
               "case": {"reference": "SIO-2026-AAAAAA", "office_fr": "Sion", "office_de": "Sitten", "lead": "CMS"},
               "institution": "CMS", "parties": [],
               "record": {"kind": "legal_basis", "institutions": [], "given_on": "2026-01-05", "valid_until": None,
                          "revoked_on": None, "legal_basis": "lias_60", "decided_by": "Chef CMS", "note": "",
                          "recorded_by": "Anne"}}
    words = flat_text(forms.render_pdf(content, "procuration", "fr", "0" * 36, 1))
    assert "Transmission d'informations sur base légale" in words and "Procuration CII" not in words
    assert "dès le 05.01.2026, jusqu'à révocation" in words and "Toutes les institutions du réseau CII" in words


def test_the_signer_and_place_typed_at_the_pad_print_under_the_signature(store: Store) -> None:
    """Review finding: the PDF printed the planned party's name and the case's office under a
    signature made by someone else, elsewhere."""
    from cii_desktop.services import documents
    from tests.support.pdf import flat_text, signature_png
    from tests.support.referral import new_case, walk_to_announcement

    case_id = new_case(store)
    walk_to_announcement(store, case_id)
    with store.unit_of_work() as uow:
        doc, _pdf = documents.print_case_document(uow, case_id, "grid", "fr")
        party = documents.parties(doc)[0]["party"]
        documents.sign_with_pad(uow, doc.id, party, "Substitut Meier", signature_png(), place="Brig")
    with store.reading() as session:
        words = flat_text(documents.render(session, doc.id))
    assert "Substitut Meier" in words and "Brig" in words


def test_the_reason_to_announce_below_complexe_refuses_control_characters(store: Store) -> None:
    import datetime as dt

    import pytest

    from cii_desktop.domain.errors import ValidationFailed
    from cii_desktop.domain.grid import Rating
    from cii_desktop.services import bureau, referral
    from tests.support.referral import new_case

    today = dt.date.today()
    case_id = new_case(store)
    with store.unit_of_work() as uow:
        referral.record_grid(uow, case_id, {"housing": Rating(2), "finances": Rating(2)}, "Anne", today, today=today)
        referral.record_procuration(uow, case_id, ["ORP", "CMS", "BUREAU"], today, "Anne", signed=True, today=today)
    draft = bureau.AnnouncementDraft("", "", "", "Emploi", "")
    with store.unit_of_work() as uow, pytest.raises(ValidationFailed) as caught:
        bureau.send(uow, case_id, draft, "Anne", "ORP", today, override_reason="urgent\x1b[31m")
    assert [e.code for e in caught.value.errors] == ["text.control"]
