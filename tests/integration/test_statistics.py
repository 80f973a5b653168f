"""Outcomes as codes and the year's figures, from data entered through the services on a real database."""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path

import pytest
from sqlalchemy import text

from cii_desktop.domain.errors import ValidationFailed
from cii_desktop.services import assessment, bureau, meetings, statistics, tandem
from cii_desktop.services.data_folder import DataFolder
from cii_desktop.storage import keys, keystore, migrate
from cii_desktop.storage.database import DB_FILENAME, connect, make_engine
from cii_desktop.storage.records import Handling, Meeting
from cii_desktop.storage.store import Store
from tests.support.handlings import accepted
from tests.support.memory_keyring import MemoryKeyring
from tests.support.referral import TODAY, new_case, walk_to_announcement
from tests.support.roles import ensure_bureau

MINUTES = meetings.Minutes(
    held_on=TODAY - dt.timedelta(days=3), situation="Chômage", problems="Santé", decisions="Réseau",
    recommended="network_follow_up", participants=(meetings.Participant("Anne Rochat", "ORP", "CP"),), steps=())


def tro_meeting(store: Store, case_id: str) -> tuple[str, str]:
    handling_id = accepted(store, case_id, "round_table")
    with store.unit_of_work() as uow:
        meeting = meetings.schedule(uow, case_id, "round_table", TODAY - dt.timedelta(days=3), "ORP Sion",
                                    "Marc Fellay", ["ORP", "CMS"], handling_id=handling_id, today=TODAY)
        return handling_id, meeting.id


def figures(store: Store, **scope: str) -> dict[str, object]:
    with store.reading() as session:
        return statistics.compute(session, statistics.Scope.year(TODAY.year, **scope))


def test_a_tro_is_organised_then_held_with_an_outcome_code(store: Store) -> None:
    handling_id, meeting_id = tro_meeting(store, new_case(store))
    assert figures(store)["round_table"] == {"decided": 1, "organising": 1, "held": 0, "outcomes": {
        "work": 0, "network": 0, "orp": 0, "social_assistance": 0, "disability_insurance": 0, "pending": 0}}
    with store.unit_of_work() as uow, pytest.raises(ValidationFailed) as exc:
        meetings.record_outcome(uow, meeting_id, "work")
    assert [e.code for e in exc.value.errors] == ["meeting.not_held"]
    with store.unit_of_work() as uow:
        meetings.record_minutes(uow, meeting_id, MINUTES, today=TODAY)
    with store.reading() as session:
        assert session.get(Meeting, meeting_id).state == "held"  # type: ignore[union-attr]
        assert session.get(Handling, handling_id).state == "held"  # type: ignore[union-attr]
    held = figures(store)["round_table"]
    assert held["held"] == 1 and held["outcomes"]["pending"] == 1  # type: ignore[index]
    with store.unit_of_work() as uow, pytest.raises(ValidationFailed):
        meetings.record_outcome(uow, meeting_id, "Emploi trouvé")  # a label is not a code
    with store.unit_of_work() as uow:
        meetings.record_outcome(uow, meeting_id, "work")
    with store.reading() as session:
        row = session.get(Handling, handling_id)
        assert row is not None and row.outcome == "work"
    assert figures(store)["round_table"]["outcomes"]["work"] == 1  # type: ignore[index]


def test_figures_of_data_entered_through_the_services(store: Store) -> None:
    closed = accepted(store, new_case(store, "Rochat", "Anne", avs_digits="100000001"), "assessment")
    accepted(store, new_case(store, "Zenhäusern", "Jürg", "de", avs_digits="100000002"), "assessment")
    run = accepted(store, new_case(store, "Berclaz", "Luc", avs_digits="100000003"), "tandem")
    refused_case = new_case(store, "Favre", "Léa", avs_digits="100000004")
    announcement = walk_to_announcement(store, refused_case)
    walk_to_announcement(store, new_case(store, "Moret", "Eva", avs_digits="100000005"))  # not decided yet
    ensure_bureau(store)
    with store.unit_of_work() as uow:
        bureau.decide(uow, announcement, "refused", "Bureau", reason="Pas complexe", suggestions="CII réseau",
                      today=TODAY)
        row = uow.get(Handling, closed)
        assert row is not None
        row.state = "follow_up"  # walked through schedule, held and contract elsewhere (test_assessment)
        assessment.close(uow, closed, "work", TODAY, today=TODAY)
        tandem.start(uow, run, TODAY - dt.timedelta(days=30), "Anne Rochat", "Beat Coppey", today=TODAY)
        tandem.close(uow, run, "employment", TODAY, today=TODAY)
    got = figures(store)
    assert (got["announced"], got["refused"], got["coordinated"], got["coordinated_share"]) == (5, 1, 3, 0.6)
    assert got["by_region"] == {"sion": 5, "sierre": 0, "martigny": 0, "monthey": 0, "upper_valais": 0}
    assert got["by_institution"]["ORP"] == 5  # type: ignore[index]
    assert got["assessment"] == {"decided": 2, "waiting": 1, "held": 1, "closed": 1, "outcomes": {
        "work": 1, "social_assistance": 0, "disability_insurance": 0, "orp": 0, "network": 0, "other": 0}}
    assert got["tandem"]["outcomes"]["work"] == 1 and got["tandem"]["employment_rate"] == 1.0  # type: ignore[index]
    assert figures(store, region="MONTHEY")["announced"] == 0
    assert figures(store, institution="CMS")["announced"] == 0
    with store.reading() as session:
        assert statistics.compute(session, statistics.Scope.year(TODAY.year - 1))["announced"] == 0
        assert sum(statistics.per_month(session, statistics.Scope.year(TODAY.year)).values()) == 5


def test_existing_meetings_migrate_minutes_recorded_means_held(tmp_path: Path,
                                                               memory_keystore: MemoryKeyring) -> None:
    folder = DataFolder(tmp_path)
    key = keys.new_database_key()
    db_id = str(uuid.uuid4())
    keystore.store_key(db_id, key)
    folder.write_keyinfo({"format": 1, "db_id": db_id, "protection": "keystore",
                          "recovery": keys.wrap_with_recovery_key(key, keys.new_recovery_key(), db_id)})
    connect(tmp_path / DB_FILENAME, key, check=False).close()
    engine = make_engine(tmp_path / DB_FILENAME, key)
    migrate.upgrade(engine, folder.backups, revision="0008")  # the database as 0008 left it
    t = dt.datetime(2026, 1, 1)
    with engine.begin() as conn:
        for sql in (
            "INSERT INTO office (id, code, name_fr, name_de, created_at, updated_at, deleted)"
            " VALUES ('o1', 'SION', 'Sion', 'Sitten', :t, :t, 0)",
            "INSERT INTO institution (id, code, name_fr, name_de, short_fr, short_de, created_at, updated_at,"
            " deleted) VALUES ('i1', 'ORP', 'Office', 'RAV', 'ORP', 'RAV', :t, :t, 0)",
            "INSERT INTO person (id, first_name, last_name, birth_date, avs_number, language, commune, address,"
            " phone, email, receives_ij_ac, waiting_period, sanctioned, job_seeker_without_rights,"
            " social_assistance, fit_for_placement, young_adult, created_at, updated_at, deleted) VALUES ('p1',"
            " 'Jürg', 'Zenhäusern', '1970-02-03', '', 'de', 'Visp', '', '', '', 0, 0, 0, 0, 0, 1, 0, :t, :t, 0)",
            "INSERT INTO case_file (id, reference, person_id, office_id, lead_institution_id, status, opened_on,"
            " summary, sharing_basis, created_at, updated_at, deleted) VALUES ('c1', 'SIO-2026-OLD001', 'p1',"
            " 'o1', 'i1', 'in_handling', '2026-01-01', '', 'none', :t, :t, 0)",
            "INSERT INTO handling (id, case_id, kind, state, created_on, lead_orp, lead_cms, outcome, place,"
            " eval_medical, eval_professional, eval_social, eval_resources, created_at, updated_at, deleted)"
            " VALUES (:h, 'c1', 'round_table', 'to_organise', '2026-01-01', '', '', '', '', '', '', '', '', :t, :t, 0)",
            "INSERT INTO meeting (id, case_id, handling_id, kind, scheduled_on, place, coordinator, invited, held_on,"
            " situation, problems, decisions, recommended, distribution, created_at, updated_at, deleted) VALUES"
            " ('m1', 'c1', :h, 'round_table', '2026-01-05', '', 'X', '[]', '2026-01-05', '', '', '', '', '',"
            " :t, :t, 0)",
            "INSERT INTO meeting (id, case_id, handling_id, kind, scheduled_on, place, coordinator, invited,"
            " situation, problems, decisions, recommended, distribution, created_at, updated_at, deleted) VALUES"
            " ('m2', 'c1', NULL, 'network', '2026-02-05', '', 'X', '[]', '', '', '', '', '', :t, :t, 0)"):
            conn.execute(text(sql), {"h": "h1", "t": t})
    migrate.upgrade(engine, folder.backups)
    with engine.connect() as conn:
        assert conn.execute(text("SELECT id, state, outcome FROM meeting ORDER BY id")).all() == [
            ("m1", "held", ""), ("m2", "organising", "")]
        assert conn.execute(text("SELECT state, held_on FROM handling")).one() == ("held", "2026-01-05")
    engine.dispose()
