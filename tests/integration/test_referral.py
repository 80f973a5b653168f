"""The referral path on a real encrypted database: grid, consent gate, targets, announcement, triage."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from cii_desktop.domain.errors import ValidationFailed
from cii_desktop.domain.grid import Rating
from cii_desktop.domain.person import PersonInput
from cii_desktop.services import bureau, case_events, referral, reminders
from cii_desktop.storage.models import Case, ChangeLog, Reminder
from cii_desktop.storage.records import EvaluationGrid, Handling
from cii_desktop.storage.store import Store
from tests.support.referral import COMPLEX, TODAY, new_case, walk_to_announcement
from tests.support.roles import ensure_bureau


def codes(exc: pytest.ExceptionInfo[ValidationFailed]) -> set[str]:
    return {e.code for e in exc.value.errors}


def test_grid_is_filed_with_its_proposal_and_an_override_needs_a_reason(store: Store) -> None:
    case_id = new_case(store)
    with store.unit_of_work() as uow:
        row = referral.record_grid(uow, case_id, COMPLEX, "Anne Rochat", TODAY, today=TODAY)
        assert (row.proposed_level, row.level) == ("complex", "complex")
    with store.unit_of_work() as uow, pytest.raises(ValidationFailed) as exc:
        referral.record_grid(uow, case_id, COMPLEX, "Anne Rochat", TODAY, level="simple", today=TODAY)
    assert codes(exc) == {"grid.override_reason"}
    with store.unit_of_work() as uow:
        row = referral.record_grid(uow, case_id, COMPLEX, "Anne Rochat", TODAY, level="network",
                                   override_reason="Réseau déjà actif", today=TODAY)
        assert (row.proposed_level, row.level, row.override_reason) == ("complex", "network", "Réseau déjà actif")
    with store.unit_of_work() as uow, pytest.raises(ValidationFailed) as exc:
        referral.record_grid(uow, case_id, {"health": Rating(7)}, "", TODAY + dt.timedelta(days=1), today=TODAY)
    assert codes(exc) == {"grid.unknown_rating", "required", "date.future"}
    with store.reading() as session:
        assert len(referral.grids(session, case_id)) == 2
        assert session.get(Case, case_id).status == "evaluated"  # type: ignore[union-attr]


def test_no_consent_means_local_only_and_the_announcement_is_refused(store: Store) -> None:
    case_id = new_case(store)
    with store.unit_of_work() as uow:
        referral.record_grid(uow, case_id, COMPLEX, "Anne Rochat", TODAY, today=TODAY)
    content = bureau.AnnouncementDraft("Santé", "ORP", "", "Emploi", "assessment")
    with store.unit_of_work() as uow, pytest.raises(ValidationFailed) as exc:
        bureau.send(uow, case_id, content, "Anne Rochat", "ORP", TODAY)
    assert codes(exc) == {"announcement.no_consent"}
    with store.reading() as session:
        assert session.get(Case, case_id).sharing_basis == "none"  # type: ignore[union-attr]
        assert bureau.announcements(session, case_id) == []
    # An unsigned procuration is not yet a consent
    with store.unit_of_work() as uow:
        consent = referral.record_procuration(uow, case_id, ["ORP", "CMS"], TODAY, "Anne", today=TODAY)
        consent_id = consent.id
    with store.reading() as session:
        state = referral.sharing_state(session, case_id, TODAY)
        assert (state.basis, state.pending_signature) == ("none", True)
    with store.unit_of_work() as uow:
        referral.mark_consent_signed(uow, consent_id, today=TODAY)
        bureau.send(uow, case_id, content, "Anne Rochat", "ORP", TODAY)
    with store.reading() as session:
        case = session.get(Case, case_id)
        assert case is not None and (case.sharing_basis, case.status) == ("consent", "announced")
        assert referral.sharing_state(session, case_id, TODAY).institutions == ("CMS", "ORP")


def test_no_grid_refuses_the_announcement(store: Store) -> None:
    case_id = new_case(store)
    with store.unit_of_work() as uow:
        referral.record_legal_basis(uow, case_id, TODAY, "Chef de service CMS", "Anne", today=TODAY)
    with store.unit_of_work() as uow, pytest.raises(ValidationFailed) as exc:
        bureau.send(uow, case_id, bureau.AnnouncementDraft("x", "", "", "y", ""), "Anne", "CMS", TODAY)
    assert codes(exc) == {"announcement.no_grid"}
    with store.reading() as session:
        assert referral.sharing_state(session, case_id, TODAY).basis == "legal_basis"


def test_revocation_stops_sharing_from_then_on(store: Store) -> None:
    case_id = new_case(store)
    walk_to_announcement(store, case_id)
    with store.reading() as session:
        consent_id = referral.sharing_state(session, case_id, TODAY).consent_id
    assert consent_id
    with store.unit_of_work() as uow:
        referral.revoke_consent(uow, consent_id, TODAY, "Anne", today=TODAY)
    with store.reading() as session:
        assert session.get(Case, case_id).sharing_basis == "none"  # type: ignore[union-attr]
        # The sync gate reads exactly this column (sync.codec)
        gate = session.execute(select(ChangeLog).where(ChangeLog.table_name == "case_file",
                                                       ChangeLog.field == "sharing_basis")).scalars().all()
        assert [c.new_value for c in gate][-1] == '"none"'
    with store.unit_of_work() as uow, pytest.raises(ValidationFailed) as exc:
        referral.revoke_consent(uow, consent_id, TODAY, "Anne", today=TODAY)
    assert codes(exc) == {"consent.already_revoked"}


def test_refusal_files_the_grid_with_refus_and_blocks_the_announcement(store: Store) -> None:
    case_id = new_case(store)
    with store.unit_of_work() as uow:
        referral.record_grid(uow, case_id, COMPLEX, "Anne Rochat", TODAY, today=TODAY)
        referral.record_refusal(uow, case_id, TODAY, "Anne Rochat", "Ne souhaite pas", today=TODAY)
    with store.reading() as session:
        grid = session.scalars(select(EvaluationGrid)).one()
        assert grid.refused
        assert referral.sharing_state(session, case_id, TODAY).refused
    with store.unit_of_work() as uow, pytest.raises(ValidationFailed) as exc:
        bureau.send(uow, case_id, bureau.AnnouncementDraft("x", "", "", "y", ""), "Anne", "ORP", TODAY)
    assert codes(exc) == {"announcement.refused_by_person"}


def test_target_rows_create_their_reminder_once(store: Store) -> None:
    case_id = new_case(store, receives_ij_ac=True, end_of_rights_on=dt.date(2027, 3, 31))
    with store.reading() as session:
        proposals = referral.propose_targets(session, case_id, TODAY)
    assert [p.row.number for p in proposals] == [1]
    with store.unit_of_work() as uow:
        first = referral.apply_target(uow, case_id, 1, "de", today=TODAY)
        again = referral.apply_target(uow, case_id, 1, "de", today=TODAY)
        assert first is not None and again is first
    with store.reading() as session:
        reminder = session.scalars(select(Reminder).where(Reminder.source == "target:1")).one()
        assert reminder.due_on == dt.date(2026, 12, 31)
        assert (reminder.title, reminder.title_code) == ("", "target")  # a code, worded where it is read
        assert reminders.title(reminder, "de").startswith("Zielgruppe 1 – Formeller Übergang")
        assert reminders.title(reminder, "fr").startswith("Public cible 1 – Transition formelle")


def test_rows_10_11_have_no_reminder(store: Store) -> None:
    case_id = new_case(store, social_assistance=True, fit_for_placement=False)
    with store.unit_of_work() as uow:
        assert referral.apply_target(uow, case_id, 11, "fr", today=TODAY) is None


def test_transitions_register_replaces_the_excel_table(store: Store) -> None:
    case_id = new_case(store)
    with store.unit_of_work() as uow:
        referral.record_procuration(uow, case_id, ["ORP", "CMS"], TODAY, "Anne Rochat", signed=True, today=TODAY)
        referral.record_collaboration(uow, case_id, "orp_to_cms", 1, TODAY, "Anne Rochat",
                                      meeting_on=TODAY + dt.timedelta(days=7), today=TODAY)
    with store.unit_of_work() as uow, pytest.raises(ValidationFailed) as exc:
        referral.record_collaboration(uow, case_id, "sideways", 12, TODAY, "Anne", today=TODAY)
    assert codes(exc) == {"reference.unknown"}
    with store.reading() as session:
        rows = referral.register(session)
    assert [(r.person, r.direction, r.target_row, r.network_meeting_planned) for r in rows] == [
        ("Müller François", "orp_to_cms", 1, True)]


def test_bureau_triage_accepts_into_a_handling_or_refuses_with_suggestions(store: Store) -> None:
    accepted_case, refused_case = new_case(store), new_case(store, "Rey", "Luc", avs_digits="223456789")
    first, second = walk_to_announcement(store, accepted_case), walk_to_announcement(store, refused_case)
    with store.reading() as session:
        assert {r.announcement_id for r in bureau.inbox(session)} == {first, second}
    ensure_bureau(store)
    with store.unit_of_work() as uow, pytest.raises(ValidationFailed) as exc:
        bureau.decide(uow, first, "accepted", "Marc Fellay", today=TODAY)
    assert codes(exc) == {"decision.handling_required"}
    ensure_bureau(store)
    with store.unit_of_work() as uow, pytest.raises(ValidationFailed) as exc:
        bureau.decide(uow, second, "refused", "Marc Fellay", reason="Pas complexe", today=TODAY)
    assert codes(exc) == {"decision.reason_required"}
    ensure_bureau(store)
    with store.unit_of_work() as uow:
        bureau.decide(uow, first, "accepted", "Marc Fellay", handling="round_table", reason="4 domaines",
                      today=TODAY)
        bureau.decide(uow, second, "refused", "Marc Fellay", reason="Pas complexe",
                      suggestions="Entretien de réseau ORP-CMS", today=TODAY)
    ensure_bureau(store)
    with store.unit_of_work() as uow, pytest.raises(ValidationFailed) as exc:
        bureau.decide(uow, first, "refused", "Marc", reason="x", suggestions="y", today=TODAY)
    assert codes(exc) == {"announcement.not_pending"}
    with store.reading() as session:
        assert bureau.inbox(session) == []
        handling = session.scalars(select(Handling)).one()
        assert (handling.case_id, handling.kind, handling.state) == (accepted_case, "round_table", "to_organise")
        assert session.get(Case, accepted_case).status == "in_handling"  # type: ignore[union-attr]
        refused = session.get(Case, refused_case)
        assert refused is not None and refused.status == "announced"
        assert any("Entretien de réseau" in j.text for j in refused.journal)
        assert [reminders.title(r, "fr") for r in refused.reminders] == [
            "Bureau CII : annonce refusée – voir les suggestions"]
        assert [reminders.title(r, "de") for r in refused.reminders] == [
            "IIZ-Büro: Meldung abgelehnt – siehe Vorschläge"]


def test_cii_alert_when_several_institutions_follow_the_same_person(store: Store) -> None:
    first = new_case(store)
    with store.reading() as session:
        assert bureau.alert_for_case(session, first) is None
    # The CMS opens its own file for the same person (same AVS number, typed again)
    from cii_desktop.services import cases

    with store.unit_of_work() as uow:
        person = uow.session.get(Case, first).person  # type: ignore[union-attr]
        cases.create_case(uow, person.id, "SION", "CMS", "Beat Coppey")
    # and a homonym without AVS number but the same birth date, accents typed differently
    second = new_case(store, "Muller", "Francois", avs_digits="")
    with store.reading() as session:
        alert = bureau.alert_for_case(session, first)
        assert alert is not None and alert.institutions == ("CMS", "ORP") and len(alert.case_ids) == 2
        by_name = bureau.alert_for_case(session, second)
        assert by_name is None  # a single institution follows the name-only identity
        assert [a.institutions for a in bureau.alerts(session)] == [("CMS", "ORP")]
    # The OAI opens a file for "Müller François" born the same day, also without AVS number: the
    # name-only identity is now followed by two institutions (accents and case ignored)
    with store.unit_of_work() as uow:
        third = cases.create_person(uow, PersonInput(first_name="françois", last_name="MÜLLER",
                                                     birth_date=dt.date(1979, 3, 14), commune="Sion"))
        uow.flush()
        cases.create_case(uow, third.id, "SION", "OAI", "Sara Imboden")
    with store.reading() as session:
        by_name = bureau.alert_for_case(session, second)
        assert by_name is not None and by_name.institutions == ("OAI", "ORP") and len(by_name.case_ids) == 2
        assert sorted(a.institutions for a in bureau.alerts(session)) == [("CMS", "ORP"), ("OAI", "ORP")]


def test_warning_only_for_lse_job_seekers_and_closure_with_outcome(store: Store) -> None:
    ordinary, lse = new_case(store), new_case(store, "Zen", "Ruffinen", avs_digits="323456789", lse=True)
    with store.unit_of_work() as uow, pytest.raises(ValidationFailed) as exc:
        case_events.record_warning(uow, ordinary, TODAY, "Anne", "Absent", True, today=TODAY)
    assert codes(exc) == {"warning.not_lse"}
    with store.unit_of_work() as uow:
        case_events.record_warning(uow, lse, TODAY, "Anne", "Absent à deux entretiens", True, today=TODAY)
        dispute = case_events.record_disagreement(uow, lse, TODAY, "Beat", "CMS", "Mesure LIAS contestée",
                                                  today=TODAY)
        case_events.escalate(uow, dispute.id, "Beat")
        case_events.resolve(uow, dispute.id, TODAY, "Accord trouvé avec le chargé cantonal", today=TODAY)
    with store.unit_of_work() as uow, pytest.raises(ValidationFailed) as exc:
        case_events.close(uow, lse, TODAY, "Anne", "vanished", "", True, today=TODAY)
    assert codes(exc) == {"closure.outcome_required"}
    with store.unit_of_work() as uow:
        case_events.close(uow, lse, TODAY, "Anne", "lack_of_cooperation", "Ne se présente plus", True, today=TODAY)
    with store.reading() as session:
        kinds = [(e.kind, e.level, e.outcome) for e in case_events.events(session, lse)]
        assert kinds == [("warning", "", ""), ("disagreement", "cantonal_officer", "resolved"),
                         ("closure", "", "lack_of_cooperation")]
        case = session.get(Case, lse)
        assert case is not None and (case.status, case.closed_on) == ("closed", TODAY)
