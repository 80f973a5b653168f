"""Changes relayed in another workstation's batch (issues 12/13): widening a case's scope sends the
newcomer the case's current state in the widening workstation's batch. Such a change keeps its true
author (its clock's node) on import; a copy of a state already held changes nothing; a conflict
found later is a new conflict, counted, never a silent rewrite of an open one.

Three enrolled workstations on real SQLCipher files over one share: ORP Sion, ORP Monthey, a CMS.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from cii_desktop.services import referral
from cii_desktop.services.sync import SyncReport, open_conflicts, run_sync, status
from cii_desktop.sync.clock import Timestamp
from tests.integration.test_sync_scope import _has_case, _new_case
from tests.support.memory_keyring import MemoryKeyring
from tests.support.network import Workstation, make_institution_network, set_summary

STATIONS = (("SION", "ORP", "SION"), ("MONTHEY", "ORP", "MONTHEY"), ("CMS", "CMS", "SION"))


@pytest.fixture
def three(tmp_path: Path, memory_keystore: MemoryKeyring) -> Iterator[dict[str, Workstation]]:
    made = make_institution_network(tmp_path, [s[1] for s in STATIONS], [s[2] for s in STATIONS])
    stations = dict(zip([s[0] for s in STATIONS], made, strict=True))
    yield stations
    for station in stations.values():
        station.store.close()


def _sync(stations: dict[str, Workstation], rounds: int = 1) -> dict[str, list[SyncReport]]:
    reports: dict[str, list[SyncReport]] = {name: [] for name in stations}
    for _ in range(rounds):
        for name, station in stations.items():
            reports[name].append(run_sync(station.store))
    return reports


def _procuration(station: Workstation, case_id: str, offices: dict[str, list[str]]) -> None:
    with station.store.unit_of_work() as uow:
        referral.record_procuration(uow, case_id, ["ORP", "CMS"], dt.date.today(), "Test", signed=True,
                                    offices=offices)


def _summary_log(station: Workstation, case_id: str) -> list[tuple[str, str, str, Any]]:
    """The case's summary in the journal: (value, clock, workstation, batch)."""
    return [(json.loads(v), str(h), str(w), b) for v, h, w, b in station.store.read_connection().execute(
        "SELECT new_value, hlc, workstation_id, batch_seq FROM change_log WHERE table_name = 'case_file' "
        "AND row_id = ? AND field = 'summary' ORDER BY hlc, seq", (case_id,))]


def _conflicts(station: Workstation) -> set[tuple[Any, str, Any, str]]:
    return {(c.kept_value, c.kept_author, c.other_value, c.other_author) for c in open_conflicts(station.store)
            if c.field == "summary"}


def _node(hlc: str) -> str:
    return Timestamp.decode(hlc).node


@pytest.fixture
def widened(three: dict[str, Workstation]) -> tuple[dict[str, Workstation], str, dict[str, list[SyncReport]]]:
    """The reviewer's network: the case held by all three; Monthey is left out of the procuration
    but edits the summary before it learns so (it is read-only once told); Sion and the CMS edit
    it too; the procuration is widened to Monthey again; three sync rounds."""
    _person, case_id = _new_case(three["SION"])
    _procuration(three["SION"], case_id, {})  # the whole ORP and the CMS
    _sync(three, 2)
    assert _has_case(three["MONTHEY"], case_id)
    _procuration(three["SION"], case_id, {"ORP": ["SION"]})
    _sync({n: three[n] for n in ("SION", "CMS")}, 2)  # Monthey has not synced since: not yet told
    for name in ("MONTHEY", "SION", "CMS"):  # the CMS's is the latest
        set_summary(three[name].store, case_id, f"Résumé par {name}")
    reports = _sync(three, 2)  # the concurrent edits meet: their conflicts are counted from here
    _procuration(three["SION"], case_id, {"ORP": ["SION", "MONTHEY"]})
    later = _sync(three, 3)
    return three, case_id, {name: reports[name] + later[name] for name in three}


def test_a_relayed_change_keeps_its_true_author(widened) -> None:  # type: ignore[no-untyped-def]
    three, case_id, _reports = widened
    ids = {name: station.id for name, station in three.items()}
    for name, station in three.items():
        for value, hlc, workstation, _batch in _summary_log(station, case_id):
            assert workstation == _node(hlc), (name, value)  # Sion relayed CMS's: CMS wrote it
    monthey = _conflicts(three["MONTHEY"])
    cms_by = {c[1] for c in monthey if c[0] == "Résumé par CMS"} | {c[3] for c in monthey
                                                                    if c[2] == "Résumé par CMS"}
    assert cms_by == {"Poste CMS 2 (CMS SION)"}, monthey  # not "Poste ORP (ORP SION)", the relay
    assert all(w != ids["SION"] for v, _h, w, _b in _summary_log(three["MONTHEY"], case_id)
               if v == "Résumé par CMS")


def test_every_concurrent_value_stays_in_a_conflict_and_each_new_one_is_counted(widened) -> None:  # type: ignore[no-untyped-def]
    three, case_id, reports = widened
    values = {f"Résumé par {name}" for name in three}
    for name, station in three.items():
        found = _conflicts(station)
        shown = {c[0] for c in found} | {c[2] for c in found}
        rows = station.store.read_connection().execute(
            "SELECT count(*) FROM sync_conflict WHERE field = 'summary'").fetchone()[0]
        # Sion and the CMS keep their Sion-vs-CMS conflict and get a new one with Monthey's value;
        # Monthey sees its own value against the winner.
        if name == "MONTHEY":
            assert "Résumé par MONTHEY" in shown, found
        else:
            assert shown == values, (name, found)
        assert status(station.store).conflicts >= len(found)
        counted = sum(r.conflicts for r in reports[name])
        assert counted >= 1 and rows >= counted, (name, counted, rows)
    # The three converge on one value.
    held = {str(s.store.read_connection().execute("SELECT summary FROM case_file WHERE id = ?",
                                                  (case_id,)).fetchone()[0]) for s in three.values()}
    assert len(held) == 1


def _duplicates(station: Workstation) -> list[tuple[Any, ...]]:
    """Journal entries held twice (same row, field and clock)."""
    return station.store.read_connection().execute(
        "SELECT table_name, row_id, field, hlc, count(*) FROM change_log GROUP BY table_name, row_id, field, hlc "
        "HAVING count(*) > 1").fetchall()


def test_a_relayed_copy_of_a_state_already_held_changes_nothing(three) -> None:  # type: ignore[no-untyped-def]
    """Monthey held the case, was left out, edited it after seeing Sion's summary; widened again, it
    receives the case's state it already holds: no conflict, nothing journaled twice."""
    _person, case_id = _new_case(three["SION"])
    _procuration(three["SION"], case_id, {})
    set_summary(three["SION"].store, case_id, "Résumé de Sion")
    _sync(three, 2)
    set_summary(three["MONTHEY"].store, case_id, "Résumé de Monthey, après celui de Sion")
    _procuration(three["SION"], case_id, {"ORP": ["SION"]})  # reaches Monthey before it sends
    _sync(three, 2)
    _procuration(three["SION"], case_id, {"ORP": ["SION", "MONTHEY"]})
    reports = _sync(three, 3)
    for name, station in three.items():
        assert _duplicates(station) == [], name
        assert open_conflicts(station.store) == [], name
        assert sum(r.conflicts for r in reports[name]) == 0, name
        assert station.store.read_connection().execute(
            "SELECT summary FROM case_file WHERE id = ?", (case_id,)).fetchone()[0] == \
            "Résumé de Monthey, après celui de Sion"
    before = {name: (_summary_log(s, case_id), _conflicts(s)) for name, s in three.items()}
    _sync(three, 2)
    for name, station in three.items():
        assert (_summary_log(station, case_id), _conflicts(station)) == before[name]


def test_the_widened_network_journals_each_change_once_and_syncs_quietly_after(widened) -> None:  # type: ignore[no-untyped-def]
    three, case_id, _reports = widened
    for name, station in three.items():
        assert _duplicates(station) == [], name
    before = {name: (_summary_log(s, case_id), _conflicts(s)) for name, s in three.items()}
    reports = _sync(three, 2)
    for name, station in three.items():
        assert (_summary_log(station, case_id), _conflicts(station)) == before[name]
        assert sum(r.conflicts for r in reports[name]) == 0


def test_a_relayed_copy_of_my_own_change_is_not_an_unsent_change_of_mine(three) -> None:  # type: ignore[no-untyped-def]
    """Monthey lost one of its changes (a backup restored) and receives it back in Sion's batch: it is
    journaled as Monthey's, but as received: not pending, never sealed again in Monthey's batches,
    not listed as sent in one of them, and it does not reopen Monthey's unsealed batches."""
    from cii_desktop.services import access_export
    from cii_desktop.sync import config as cfg
    from cii_desktop.sync import own_history
    from cii_desktop.sync.merge import Merger
    from cii_desktop.sync.outbox import seal_pending

    person_id, case_id = _new_case(three["SION"])
    _procuration(three["SION"], case_id, {})
    _sync(three, 2)
    monthey, sion = three["MONTHEY"], three["SION"]
    _other_person, other_case = _new_case(monthey)  # Monthey's batch 1: another person's case
    _procuration(monthey, other_case, {})
    run_sync(monthey.store)
    store = monthey.store
    config = cfg.require(store)
    before = status(store).pending
    sent = [b["seq"] for b in access_export.gather(store, person_id)["sharing"]["sent_in_batches"]]
    assert sent == []
    assert 1 in {int(s) for (s,) in store.read_connection().execute("SELECT seq FROM sync_outgoing")}
    mine = store.clock.now().encode()  # a clock Monthey issued: its node is Monthey
    assert _node(mine) == monthey.id
    relayed = ["case_file", case_id, "summary", json.dumps("Résumé perdu de Monthey"), mine, None]
    members = frozenset(m.id for m in config.roster.members)
    with store.raw_transaction() as conn:
        Merger(conn, sion.id, 1, {}, {}, members, monthey.id).apply([relayed])  # in Sion's batch 1
    log = [row for row in _summary_log(monthey, case_id) if row[1] == mine]
    assert log == [("Résumé perdu de Monthey", mine, monthey.id, 0)]
    assert status(store).pending == before
    assert seal_pending(store, config, "Monthey").changes == 0
    assert store.read_connection().execute(
        "SELECT count(*) FROM change_log WHERE hlc = ? AND batch_seq IS NULL", (mine,)).fetchone()[0] == 0
    # Monthey's journal of its own batches does not count it: its access report lists no batch it
    # was sent in, and taking back its unpublished batches leaves it alone.
    assert [b["seq"] for b in access_export.gather(store, person_id)["sharing"]["sent_in_batches"]] == sent
    with store.raw_transaction() as conn:
        own_history._unseal(conn, config, 0)
    assert [r for r in _summary_log(monthey, case_id) if r[1] == mine] == log
    # Received again (from another workstation, or its own batch taken back): held, nothing changes.
    with store.raw_transaction() as conn:
        result = Merger(conn, three["CMS"].id, 3, {}, {}, members, monthey.id).apply([relayed])
    assert result.conflicts == 0 and [r for r in _summary_log(monthey, case_id) if r[1] == mine] == log
    # And a workstation that is not in the roster names no author: the sender stays the author.
    stranger = ["case_file", case_id, "summary", json.dumps("Venu d'ailleurs"), mine[:23] + "inconnu", None]
    with store.raw_transaction() as conn:
        Merger(conn, sion.id, 8, {}, {}, members, monthey.id).apply([stranger])
    assert [r[2:] for r in _summary_log(monthey, case_id) if r[1] == stranger[4]] == [(sion.id, 8)]


def test_a_side_that_moves_on_updates_its_conflict_instead_of_adding_one(three) -> None:  # type: ignore[no-untyped-def]
    """Sion writes twice (the second on its first) while the CMS writes once, later: one conflict,
    showing Sion's newer value, on both; counted once."""
    _person, case_id = _new_case(three["SION"])
    _procuration(three["SION"], case_id, {})
    _sync(three, 2)
    set_summary(three["SION"].store, case_id, "Sion, premier jet")
    set_summary(three["SION"].store, case_id, "Sion, version revue")
    set_summary(three["CMS"].store, case_id, "CMS, plus tard")
    reports = _sync(three, 2)
    for name in ("SION", "CMS"):
        assert _conflicts(three[name]) == {("CMS, plus tard", "Poste CMS 2 (CMS SION)", "Sion, version revue",
                                             "Poste ORP (ORP SION)")}, name
        assert sum(r.conflicts for r in reports[name]) == 1, name
