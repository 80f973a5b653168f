"""Roles stated by the administrator's roster, and the audit stream reaching the officer through sync."""

from __future__ import annotations

from pathlib import Path

import pytest

from cii_desktop.services import audit as audit_service
from cii_desktop.services import network, permissions
from cii_desktop.services.profile import Profile, save_profile
from cii_desktop.storage import audit
from cii_desktop.sync.roster import RosterError
from tests.support.network import add_shared_case, make_network, sync_all


def officer_office(station) -> str:  # type: ignore[no-untyped-def]
    from cii_desktop.services.profile import roster_member

    member = roster_member(station.store)
    assert member is not None
    return member.office


def test_the_roster_states_roles_and_they_win_over_the_profile(tmp_path: Path, memory_keystore) -> None:  # type: ignore[no-untyped-def]
    bureau, worker, officer = make_network(tmp_path, 3, roles={2: "dpo"})
    try:
        assert permissions.current_roles(bureau.store) == {"bureau", "network_admin"}
        assert permissions.may(bureau.store, "bureau.triage")
        assert permissions.current_roles(officer.store) == {"dpo"}
        # A profile typed on the workstation cannot make a member the Bureau: its roles are the roster's...
        save_profile(officer.store, Profile("Poste 2", "cantonal_officer", "CMS", officer_office(officer)))
        assert not permissions.may(officer.store, "bureau.triage")
        # ...and a member whose entry states no role is a case worker (networks enrolled before roles).
        save_profile(worker.store, Profile("Poste 1", "cantonal_officer", "CMS", officer_office(worker)))
        assert permissions.current_roles(worker.store) == {"case_worker"}
        with pytest.raises(RosterError, match="network.unknown_role"):
            network.enrol(bureau.store, network.make_request(worker.store, "x", "CMS", "SION"), role="king")
    finally:
        for station in (bureau, worker, officer):
            station.store.close()


def test_every_trail_reaches_the_officer_and_only_the_officer(tmp_path: Path, memory_keystore) -> None:  # type: ignore[no-untyped-def]
    bureau, worker, officer = make_network(tmp_path, 3, roles={2: "dpo"})
    try:
        person_id, case_id = add_shared_case(worker.store)
        audit_service.record(worker.store, "case.read", person_id=person_id, case_id=case_id)
        sync_all([worker, bureau, officer], rounds=2)
        held = officer.store.read_connection().execute(
            "SELECT DISTINCT source FROM audit_received").fetchall()
        assert {r[0] for r in held} == {bureau.id, worker.id}
        reads = officer.store.read_connection().execute(
            "SELECT person_id, case_id FROM audit_received WHERE source = ? AND operation = 'case.read'",
            (worker.id,)).fetchall()
        assert reads == [(person_id, case_id)]
        # The bureau has no officer's key: it received nothing of the stream.
        assert bureau.store.read_connection().execute("SELECT count(*) FROM audit_received").fetchone()[0] == 0
        # What the officer holds is the sender's own chain, entry for entry.
        sent = worker.store.read_connection().execute("SELECT seq, entry_hash FROM audit_entry ORDER BY seq").fetchall()
        got = officer.store.read_connection().execute(
            "SELECT seq, entry_hash FROM audit_received WHERE source = ? ORDER BY seq", (worker.id,)).fetchall()
        assert got == sent[:len(got)] and len(got) >= len(sent) - 2  # the last sync's own entries follow next time
        assert audit.verify(worker.store.read_connection()).ok
    finally:
        for station in (bureau, worker, officer):
            station.store.close()


def test_a_member_whose_roster_cannot_be_read_has_no_role(tmp_path: Path, memory_keystore) -> None:  # type: ignore[no-untyped-def]
    bureau, worker = make_network(tmp_path, 2)
    try:
        with worker.store.raw_transaction() as conn:  # a damaged (or planted) pinned roster
            conn.execute("UPDATE local_setting SET value = '{not a roster' WHERE key = 'sync.roster'")
        save_profile(worker.store, Profile("Poste 1", "cantonal_officer", "BUREAU", "SION"))
        assert permissions.current_roles(worker.store) == frozenset()  # fail closed: not the profile's
        assert not permissions.may(worker.store, "bureau.triage")
        from cii_desktop.services import profile
        from cii_desktop.sync import config

        assert profile.ROSTER_SETTING == config.ROSTER  # the light reader reads the roster the sync pins
    finally:
        bureau.store.close()
        worker.store.close()
