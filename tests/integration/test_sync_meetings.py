"""Meetings held offline on a laptop: minutes, signatures and the contract travel with the next sync;
minutes edited on two machines at once show a conflict, never a silent loss."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from cii_desktop.services import assessment, documents, meetings
from cii_desktop.storage.assessment_records import Contract, TeamMember
from cii_desktop.storage.models import Reminder, SyncConflict
from cii_desktop.storage.records import Handling, Meeting, NextStep
from tests.integration.test_meetings import MINUTES
from tests.support.handlings import TEAM, contract_content
from tests.support.memory_keyring import MemoryKeyring
from tests.support.network import Workstation, add_shared_case, make_network, sync_all
from tests.support.pdf import signature_png
from tests.support.referral import TODAY


@pytest.fixture
def pair(tmp_path: Path, memory_keystore: MemoryKeyring) -> Iterator[list[Workstation]]:
    stations = make_network(tmp_path, 2)
    yield stations
    for station in stations:
        station.store.close()


def test_minutes_edited_on_two_machines_show_a_conflict(pair: list[Workstation]) -> None:
    office, laptop = pair
    _, case_id = add_shared_case(office.store)
    with office.store.unit_of_work() as uow:
        meeting = meetings.schedule(uow, case_id, "round_table", TODAY, "ORP Sion", "Marc Fellay", ["ORP", "CMS"],
                                    today=TODAY)
        uow.flush()
        meetings.record_minutes(uow, meeting.id, MINUTES, today=TODAY)
        meeting_id = meeting.id
    sync_all(pair)
    # Both machines edit the decisions before syncing again (the laptop is in the meeting room, offline)
    with laptop.store.unit_of_work() as uow:
        meetings.record_minutes(uow, meeting_id, dataclasses.replace(MINUTES, decisions="Stage chez Migros"),
                                today=TODAY)
    with office.store.unit_of_work() as uow:
        meetings.record_minutes(uow, meeting_id, dataclasses.replace(MINUTES, decisions="Cours de français"),
                                today=TODAY)
    sync_all(pair)
    for station in pair:
        with station.store.reading() as session:
            row = session.get(Meeting, meeting_id)
            assert row is not None
            conflict = session.scalars(select(SyncConflict).where(SyncConflict.row_id == meeting_id)).one()
            assert conflict.field == "decisions" and conflict.status == "open"
            kept = {conflict.kept_value, conflict.other_value}
            assert kept == {'"Stage chez Migros"', '"Cours de français"'}  # both texts kept: nothing lost
            assert row.decisions in ("Stage chez Migros", "Cours de français")
    with office.store.reading() as a, laptop.store.reading() as b:  # the two machines agree on the value shown
        assert a.get(Meeting, meeting_id).decisions == b.get(Meeting, meeting_id).decisions  # type: ignore[union-attr]


def test_a_whole_assessment_held_offline_syncs_later(pair: list[Workstation]) -> None:
    office, laptop = pair
    _, case_id = add_shared_case(office.store)
    with office.store.unit_of_work() as uow:
        handling = uow.add(Handling(case_id=case_id, kind="assessment", created_on=TODAY - dt.timedelta(days=3)))
        uow.flush()
        assessment.opened(uow, handling, "fr")
        handling_id = handling.id
    sync_all(pair)
    # Offline, on the laptop: schedule, hold, team, contract, print, everyone signs, TRO minutes too
    with laptop.store.unit_of_work() as uow:
        assessment.schedule(uow, handling_id, TODAY, "Salle de réunion, Monthey", today=TODAY)
        assessment.set_team(uow, handling_id, TEAM)
        assessment.mark_held(uow, handling_id, TODAY, today=TODAY)
        contract = assessment.draft(uow, handling_id)
        assessment.save_contract(uow, contract.id, contract_content())
        doc = documents.issue(uow, case_id, "contract", "fr", subject_id=contract.id)
        for party in documents.parties(doc):
            documents.sign_with_pad(uow, doc.id, party["party"], party["name"], signature_png())
        meeting = meetings.schedule(uow, case_id, "round_table", TODAY, "Monthey", "Anne Rochat", ["ORP", "CMS"],
                                    today=TODAY)
        uow.flush()
        meetings.record_minutes(uow, meeting.id, MINUTES, today=TODAY)
        contract_id, doc_id = contract.id, doc.id
    sync_all(pair)
    with office.store.reading() as session:
        assert session.get(Handling, handling_id).state == "contract_signed"  # type: ignore[union-attr]
        assert session.get(Contract, contract_id).state == "signed"  # type: ignore[union-attr]
        assert len(session.scalars(select(TeamMember).where(TeamMember.handling_id == handling_id)).all()) == 4
        assert len(session.scalars(select(NextStep)).all()) == 2
        assert documents.signed_parties(session, doc_id) == {f"member{i}" for i in range(4)}
        assert b"%PDF" in documents.render(session, doc_id)[:8]
        open_titles = session.scalars(select(Reminder.source).where(Reminder.case_id == case_id,
                                                                    Reminder.done.is_(False))).all()
    assert sum(1 for s in open_titles if s.endswith(":review")) == 2  # review dates became reminders
    assert not any(s.endswith(":organise") for s in open_titles)  # organised on the laptop: done everywhere
