"""Every write goes through the unit of work and lands in the change journal; deletes are tombstones."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from sqlalchemy import select

from cii_desktop.domain.errors import ValidationFailed
from cii_desktop.domain.person import PersonInput
from cii_desktop.services import cases
from cii_desktop.storage.journal import TombstoneRequired
from cii_desktop.storage.models import Case, ChangeLog, Person, Reminder
from cii_desktop.storage.store import Store


def _journal(store: Store, row_id: str) -> list[ChangeLog]:
    with store.reading() as session:
        return list(session.scalars(select(ChangeLog).where(ChangeLog.row_id == row_id)
                                    .order_by(ChangeLog.seq)))


def _person(store: Store) -> str:
    with store.unit_of_work() as uow:
        person = cases.create_person(uow, PersonInput(first_name="Loïc", last_name="Bonvin",
                                                      birth_date=dt.date(1979, 8, 14)))
        uow.flush()
        return person.id


def test_insert_journals_every_field(store: Store) -> None:
    person_id = _person(store)
    rows = _journal(store, person_id)
    fields = {r.field: r for r in rows}
    assert {"id", "first_name", "last_name", "birth_date", "deleted", "language"} <= set(fields)
    assert json.loads(fields["birth_date"].new_value) == "1979-08-14"  # type: ignore[arg-type]
    assert all(r.table_name == "person" and r.workstation_id == store.workstation_id for r in rows)
    assert all(isinstance(r.changed_at, dt.datetime) for r in rows)


def test_update_journals_only_changed_fields(store: Store) -> None:
    person_id = _person(store)
    before = len(_journal(store, person_id))
    with store.unit_of_work() as uow:
        person = uow.get(Person, person_id)
        assert person is not None
        person.commune = "Sion"
    rows = _journal(store, person_id)[before:]
    assert [(r.field, json.loads(r.new_value or "null")) for r in rows] == [("commune", "Sion")]


def test_delete_is_a_tombstone(store: Store) -> None:
    person_id = _person(store)
    with store.unit_of_work() as uow:
        person = uow.get(Person, person_id)
        assert person is not None
        uow.delete(person)
    with store.reading() as session:
        row = session.get(Person, person_id)
        assert row is not None and row.deleted
    assert ("deleted", "true") in [(r.field, r.new_value) for r in _journal(store, person_id)]
    with pytest.raises(TombstoneRequired), store.unit_of_work() as uow:
        person = uow.session.get(Person, person_id)
        uow.session.delete(person)
        uow.flush()


def test_failed_unit_of_work_writes_nothing(store: Store) -> None:
    with store.reading() as session:
        journal_before = len(list(session.scalars(select(ChangeLog))))
    with pytest.raises(ValidationFailed), store.unit_of_work() as uow:
        cases.create_person(uow, PersonInput(first_name="A", last_name="B",
                                             birth_date=dt.date(1980, 1, 1)))
        uow.flush()
        cases.create_person(uow, PersonInput(first_name="", last_name="B",
                                             birth_date=dt.date(1980, 1, 1)))
    with store.reading() as session:
        assert session.scalars(select(Person)).all() == []
        assert len(list(session.scalars(select(ChangeLog)))) == journal_before


def test_case_life_is_journaled(store: Store, tmp_path: Path) -> None:
    person_id = _person(store)
    attachment = tmp_path / "certificat.pdf"
    attachment.write_bytes(b"%PDF-1.4 fake scanned certificate")
    with store.unit_of_work() as uow:
        case = cases.create_case(uow, person_id, "SION", "ORP", "Conseiller")
        uow.flush()
        cases.change_status(uow, case.id, "evaluated", "Conseiller")
        cases.add_journal_entry(uow, case.id, "Premier entretien", "Conseiller")
        reminder = cases.add_reminder(uow, case.id, dt.date(2026, 12, 1), "Appeler le CMS")
        stored = cases.add_attachment(uow, case.id, attachment)
        uow.flush()
        case_id, reminder_id, attachment_id = case.id, reminder.id, stored.id
    with store.unit_of_work() as uow:
        cases.complete_reminder(uow, reminder_id)
    with store.reading() as session:
        detail = cases.case_detail(session, case_id)
        assert detail is not None
        assert [h.status for h in detail.history] == ["detected", "evaluated"]
        assert detail.case.reference.startswith("SIO-")
        assert cases.attachment_content(session, attachment_id) == (
            "certificat.pdf", b"%PDF-1.4 fake scanned certificate")
        tables = {r.table_name for r in session.scalars(select(ChangeLog))}
        assert {"case_file", "case_status_change", "journal_entry", "reminder", "attachment",
                "case_institution"} <= tables
        blob = session.scalars(select(ChangeLog).where(ChangeLog.row_id == attachment_id,
                                                       ChangeLog.field == "content")).one()
        assert "$blob" in (blob.new_value or "")
        done = session.get(Reminder, reminder_id)
        assert done is not None and done.done
        assert session.get(Case, case_id) is not None


def test_full_disk_is_a_clear_error_and_writes_nothing(store: Store) -> None:
    """SQLITE_FULL (here from max_page_count, as on a full disk) rolls the whole unit back."""
    from sqlalchemy import event

    from cii_desktop.storage.errors import DiskFullError

    with store.reading() as session:
        persons = len(session.scalars(select(Person)).all())
        journal = len(session.scalars(select(ChangeLog)).all())

    def cap(dbapi_conn, _record) -> None:  # type: ignore[no-untyped-def]
        pages = dbapi_conn.execute("PRAGMA page_count").fetchone()[0]
        dbapi_conn.execute(f"PRAGMA max_page_count = {pages}")

    store.engine.dispose()
    event.listen(store.engine, "connect", cap)
    with pytest.raises(DiskFullError), store.unit_of_work() as uow:
        for n in range(300):
            # ~600 characters a person, every field within its bound (names 100, other fields 200)
            cases.create_person(uow, PersonInput(first_name="Jean" + "y" * 90, last_name=f"Rey {n} " + "x" * 90,
                                                 address="r" * 200, commune="c" * 200,
                                                 birth_date=dt.date(1980, 1, 1)))
        uow.flush()
    event.remove(store.engine, "connect", cap)
    store.engine.dispose()
    with store.reading() as session:
        assert len(session.scalars(select(Person)).all()) == persons
        assert len(session.scalars(select(ChangeLog)).all()) == journal
