"""Records are codes: what the app generates is worded at display or print time in the reader's language."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from pathlib import Path

from alembic import command
from sqlalchemy import select, text

from cii_desktop.domain.contract import ContractContent, Measure, Objective
from cii_desktop.services import assessment, bureau, documents, meetings, reminders
from cii_desktop.storage import migrate
from cii_desktop.storage.models import Reminder
from cii_desktop.storage.records import Announcement
from cii_desktop.storage.store import Store
from tests.integration.test_meetings import MINUTES
from tests.support.handlings import TEAM, accepted
from tests.support.pdf import flat_text
from tests.support.referral import TODAY, new_case, walk_to_announcement
from tests.support.roles import ensure_bureau

FRENCH_GENERATED = ("Santé physique", "Logement", "Important", "Centre médico-social", "BUREAU", "Procuration CII",
                    "(CMS)", "(AI)", "Prochaine étape", "Public cible")


def test_german_print_of_an_announcement_drafted_in_french_has_no_french_generated_text(store: Store) -> None:
    case_id = new_case(store)
    walk_to_announcement(store, case_id)  # drafted with bureau.draft(..., "fr")
    with store.unit_of_work() as uow:
        _doc, pdf = documents.print_case_document(uow, case_id, "announcement", "de")
    words = flat_text(pdf)
    assert "Wohnen" in words and "IIZ-Vollmacht" in words and "RAV, SMZ, IIZ-Büro" in words, words
    assert not [w for w in FRENCH_GENERATED if w in words], words
    with store.unit_of_work() as uow:
        _doc, pdf = documents.print_case_document(uow, case_id, "announcement", "fr")
    assert "Logement" in flat_text(pdf) and "ORP, CMS, Bureau CII" in flat_text(pdf)


def test_contract_checks_word_their_codes_in_the_print_language(store: Store) -> None:
    case_id = new_case(store)
    handling_id = accepted(store, case_id, "assessment")
    content = ContractContent("first_market", "Emploi", (Objective("Reprendre", (
        Measure("Bilan", "AI", "Fondation", "CMS", "CMS", TODAY, TODAY + dt.timedelta(days=30)),)),))
    with store.unit_of_work() as uow:
        assessment.schedule(uow, handling_id, TODAY, "Sion", today=TODAY)
        assessment.set_team(uow, handling_id, TEAM)
        assessment.mark_held(uow, handling_id, TODAY, today=TODAY)
        assessment.save_contract(uow, assessment.draft(uow, handling_id).id, content)
        _doc, pdf = documents.print_case_document(uow, case_id, "contract", "de")
    words = flat_text(pdf)
    assert "Massnahme 1.1 (IV) gehört nicht zum gesetzlichen Rahmen der verantwortlichen Institution (SMZ)" in words
    assert "(AI)" not in words and "(CMS)" not in words


def test_reminders_the_app_raises_are_codes_worded_in_the_readers_language(store: Store) -> None:
    case_id = new_case(store)
    announcement = walk_to_announcement(store, case_id)
    ensure_bureau(store)
    with store.unit_of_work() as uow:
        bureau.decide(uow, announcement, "refused", "Marc Fellay", reason="r", suggestions="s", today=TODAY,
                      language="fr")
        meeting = meetings.schedule(uow, case_id, "network", TODAY, "Sion", "Marc", ["ORP"], today=TODAY)
        meetings.record_minutes(uow, meeting.id, MINUTES, language="fr", today=TODAY)
    with store.reading() as session:
        rows = session.scalars(select(Reminder).where(Reminder.case_id == case_id)).all()
        assert rows and all(r.title == "" and r.title_code for r in rows)
        german = [reminders.title(r, "de") for r in rows]
    assert "IIZ-Büro: Meldung abgelehnt – siehe Vorschläge" in german
    assert any(t.startswith("Nächster Schritt: ") for t in german), german
    assert not any("Prochaine" in t or "refusée" in t for t in german)


def test_migration_0011_turns_old_generated_sentences_into_codes(store: Store, tmp_path: Path) -> None:
    case_id = new_case(store)
    announcement = walk_to_announcement(store, case_id)
    ensure_bureau(store)
    with store.unit_of_work() as uow:
        bureau.decide(uow, announcement, "refused", "Marc Fellay", reason="r", suggestions="s", today=TODAY)
        meeting = meetings.schedule(uow, case_id, "network", TODAY, "Sion", "Marc", ["ORP"], today=TODAY)
        meetings.record_minutes(uow, meeting.id, MINUTES, today=TODAY)
    prefill = _old_prefill(store, case_id)
    with store.engine.begin() as conn:  # back to revision 0010, as the earlier release stored things
        command.downgrade(migrate.alembic_config(conn), "0010")
        conn.execute(text("UPDATE reminder SET title = 'Bureau CII : annonce refusée – voir les suggestions' "
                          "WHERE source = 'bureau:refused'"))
        conn.execute(text("UPDATE reminder SET title = 'Prochaine étape: x (y)' WHERE source LIKE 'meeting:%'"))
        conn.execute(text("INSERT INTO reminder (id, case_id, due_on, title, done, source, created_at, updated_at,"
                          " deleted) VALUES (:i, :c, :d, 'Appeler Mme X', 0, 'manual', :t, :t, 0)"),
                     {"i": str(uuid.uuid4()), "c": case_id, "d": TODAY, "t": dt.datetime(2026, 1, 1)})
        conn.execute(text("UPDATE announcement SET problems = :p, institutions_involved = 'ORP'"),
                     {"p": prefill})
    migrate.upgrade(store.engine, tmp_path / "backups")
    with store.reading() as session:
        rows = session.scalars(select(Reminder).where(Reminder.case_id == case_id)).all()
        coded = {r.source.split(":")[0]: (r.title, r.title_code, json.loads(r.title_params or "{}")) for r in rows}
        steps = meetings.steps(session, meeting.id)
        row = session.get(Announcement, announcement)
        assert row is not None
        assert (row.problems, row.institutions_involved) == ("", "ORP")  # generated prefill gone, typed kept
    assert coded["bureau"] == ("", "bureau_refused", {})
    assert sorted((r.title, r.title_code, r.title_params) for r in rows if r.source.startswith("meeting:")) == sorted(
        ("", "next_step", json.dumps({"owner": s.owner, "text": s.text}, ensure_ascii=False)) for s in steps)
    assert coded["manual"] == ("Appeler Mme X", None, {})


def _old_prefill(store: Store, case_id: str) -> str:
    """What the earlier release's draft put in the problems field (French)."""
    with store.reading() as session:
        return "\n".join(bureau.grid_problems(session, case_id, "fr"))


def test_transition_checks_the_rows_direction_and_the_persons_consent(store: Store) -> None:
    import pytest

    from cii_desktop.domain.errors import ValidationFailed
    from cii_desktop.services import referral

    def refused(case_id: str, direction: str, row: int) -> set[str]:
        with store.unit_of_work() as uow, pytest.raises(ValidationFailed) as exc:
            referral.record_collaboration(uow, case_id, direction, row, TODAY, "Anne", today=TODAY)
        return {e.code for e in exc.value.errors}

    without_consent = new_case(store)
    assert refused(without_consent, "orp_to_cms", 1) == {"transition.no_consent"}  # voluntary (seed §5.2)
    on_assistance = new_case(store, "Rey", "Luc", avs_digits="223456789", social_assistance=True)
    with store.unit_of_work() as uow:  # already on social assistance: the ORP announces without consent
        referral.record_collaboration(uow, on_assistance, "orp_to_cms", 8, TODAY, "Anne", today=TODAY)
    assert refused(on_assistance, "cms_to_orp", 10) == {"transition.wrong_direction", "transition.no_consent"}
    assert refused(on_assistance, "orp_to_cms", 9) == {"transition.wrong_direction"}
    with store.unit_of_work() as uow:
        referral.record_legal_basis(uow, on_assistance, TODAY, "Chef CMS", "Anne", today=TODAY)
    assert refused(on_assistance, "cms_to_orp", 10) == {"transition.wrong_direction"}  # "pas d'annonce à l'ORP"
    with store.unit_of_work() as uow:
        referral.record_collaboration(uow, on_assistance, "cms_to_orp", 9, TODAY, "Anne", today=TODAY)
        _doc, pdf = documents.print_case_document(uow, on_assistance, "transition", "de")
    words = flat_text(pdf)
    assert "Wer SMZ" in words and "Bemerkungen Information an das RAV per E-Mail" in words, words


def test_german_print_of_every_kind_has_no_french_form_wording(store: Store) -> None:
    from cii_desktop.documents.labels import TEXTS
    from tests.integration.test_documents import full_case

    case_id = full_case(store)  # drafted in French throughout
    french = {fr for fr, de in TEXTS.values() if fr != de and len(fr) > 5}
    typed = {"Bureau CII", "Objectif", "Mesure"}  # words of the French text the test types (distribution, contract)
    for kind in documents.kinds():
        with store.unit_of_work() as uow:
            _doc, pdf = documents.print_case_document(uow, case_id, kind, "de")
        words = flat_text(pdf)
        assert {f for f in french if f in words} <= typed, kind


def test_cii100_1_only_for_cii_complexe_unless_overruled_with_a_recorded_reason(store: Store) -> None:
    import pytest

    from cii_desktop.domain.errors import ValidationFailed
    from cii_desktop.domain.grid import Rating
    from cii_desktop.services import referral

    case_id = new_case(store)
    with store.unit_of_work() as uow:  # two domains "important": CII réseau
        referral.record_grid(uow, case_id, {"housing": Rating(2), "finances": Rating(2)}, "Anne", TODAY,
                             today=TODAY)
        referral.record_procuration(uow, case_id, ["ORP", "CMS", "BUREAU"], TODAY, "Anne", signed=True, today=TODAY)
    draft = bureau.AnnouncementDraft("", "", "", "Emploi", "")
    with store.unit_of_work() as uow, pytest.raises(ValidationFailed) as exc:
        bureau.send(uow, case_id, draft, "Anne", "ORP", TODAY)
    assert {e.code for e in exc.value.errors} == {"announcement.not_complex"}
    with store.unit_of_work() as uow:
        row = bureau.send(uow, case_id, draft, "Anne", "ORP", TODAY, override_reason="Rupture imminente du logement")
        assert row.level_override_reason == "Rupture imminente du logement"
        _doc, pdf = documents.print_case_document(uow, case_id, "announcement", "de")
    assert "Trotz der Stufe des Rasters gemeldet, weil Rupture imminente du logement" in flat_text(pdf)
