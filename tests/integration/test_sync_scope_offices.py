"""Offices on the procuration (issue 13, part 1): where the form names offices of an institution,
only that institution's workstations at those offices receive the case.

Three enrolled workstations on real SQLCipher files over one share: ORP Sion, ORP Monthey and a CMS.
A procuration naming the ORP (Sion only) and the CMS keeps the case away from ORP Monthey, on the
bytes too; widening it to Monthey sends Monthey the case and its history.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from cii_desktop.domain.errors import ValidationFailed
from cii_desktop.services import case_guard, referral
from cii_desktop.services.permissions import CaseReadOnly
from cii_desktop.services.sync import run_sync
from cii_desktop.sync import config as cfg
from tests.integration.test_sync_scope import _has_case, _journal, _journal_texts, _new_case, _no_trace, _read_as
from tests.support.memory_keyring import MemoryKeyring
from tests.support.network import Workstation, make_institution_network

STATIONS = (("ORP_SION", "ORP", "SION"), ("ORP_MONTHEY", "ORP", "MONTHEY"), ("CMS", "CMS", "SION"))


@pytest.fixture
def three(tmp_path: Path, memory_keystore: MemoryKeyring) -> Iterator[dict[str, Workstation]]:
    made = make_institution_network(tmp_path, [s[1] for s in STATIONS], [s[2] for s in STATIONS])
    stations = dict(zip([s[0] for s in STATIONS], made, strict=True))
    yield stations
    for station in stations.values():
        station.store.close()


def _sync(stations: dict[str, Workstation], rounds: int = 2) -> None:
    for _ in range(rounds):
        for station in stations.values():
            run_sync(station.store)


def _procuration(station: Workstation, case_id: str, offices: dict[str, list[str]]) -> str:
    with station.store.unit_of_work() as uow:
        return referral.record_procuration(uow, case_id, ["ORP", "CMS"], dt.date.today(), "Test", signed=True,
                                           offices=offices).id


def test_orp_sion_and_cms_never_reach_orp_monthey_not_even_on_the_bytes(three, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    person_id, case_id = _new_case(three["ORP_SION"])
    _procuration(three["ORP_SION"], case_id, {"ORP": ["SION"]})
    _journal(three["ORP_SION"], case_id, "Entretien du 3 mars")
    _sync(three)
    assert "Entretien du 3 mars" in _journal_texts(three["CMS"], case_id)
    assert not _has_case(three["ORP_MONTHEY"], case_id)
    _no_trace(three["ORP_MONTHEY"], person_id, case_id)
    # On the bytes: Monthey's keys open the batches but none of the case's sealed changes.
    outbox = cfg.require(three["ORP_SION"].store).outbox(tmp_path / "share")
    renamed = {"ORP": three["ORP_SION"]}
    unread_total = 0
    for path in sorted(outbox.glob("*.ciibatch")):
        raw, rows, unread = _read_as(three["ORP_MONTHEY"], renamed, path)
        assert case_id not in rows and person_id not in rows
        assert b"Entretien" not in raw and case_id.encode() not in raw
        unread_total += unread
    assert unread_total > 0  # the case's changes were there, sealed to others
    # The CMS holds the offices the procuration names: the scope it computes is the same.
    with three["CMS"].store.reading() as session:
        scope = referral.sharing_scope(session, case_id)
    assert scope.offices_of("ORP") == ("SION",) and scope.offices_of("CMS") == ()
    assert scope.admits("ORP", "SION") and not scope.admits("ORP", "MONTHEY") and scope.admits("CMS", "BRIG")


def test_widening_to_monthey_sends_it_the_case_and_its_history(three) -> None:  # type: ignore[no-untyped-def]
    person_id, case_id = _new_case(three["ORP_SION"])
    _procuration(three["ORP_SION"], case_id, {"ORP": ["SION"]})
    _journal(three["ORP_SION"], case_id, "Entretien du 3 mars")
    _sync(three)
    assert not _has_case(three["ORP_MONTHEY"], case_id)
    _procuration(three["ORP_SION"], case_id, {"ORP": ["SION", "MONTHEY"]})
    _sync(three)
    assert _has_case(three["ORP_MONTHEY"], case_id)
    assert "Entretien du 3 mars" in _journal_texts(three["ORP_MONTHEY"], case_id)
    _journal(three["ORP_MONTHEY"], case_id, "Suivi à Monthey")
    _sync(three)
    assert "Suivi à Monthey" in _journal_texts(three["ORP_SION"], case_id)
    assert "Suivi à Monthey" in _journal_texts(three["CMS"], case_id)
    assert not case_guard.read_only(three["ORP_MONTHEY"].store, case_id)


def test_narrowing_to_sion_keeps_montheys_copy_read_only(three) -> None:  # type: ignore[no-untyped-def]
    _person_id, case_id = _new_case(three["ORP_SION"])
    _procuration(three["ORP_SION"], case_id, {})  # the whole ORP
    _sync(three)
    assert _has_case(three["ORP_MONTHEY"], case_id)
    _procuration(three["ORP_SION"], case_id, {"ORP": ["SION"]})
    _sync(three)
    _journal(three["ORP_SION"], case_id, "Après la nouvelle procuration")
    _sync(three)
    assert "Après la nouvelle procuration" in _journal_texts(three["CMS"], case_id)
    assert "Après la nouvelle procuration" not in _journal_texts(three["ORP_MONTHEY"], case_id)
    # Monthey is an office of the holding institution (ORP) but not the case's office (Sion): only
    # the holding office keeps editing (held_outside_scope), Monthey's copy is read-only.
    assert case_guard.read_only(three["ORP_MONTHEY"].store, case_id)
    assert not case_guard.read_only(three["ORP_SION"].store, case_id)
    with pytest.raises(CaseReadOnly):
        _journal(three["ORP_MONTHEY"], case_id, "Note de Monthey")
    _sync(three)
    for other in ("ORP_SION", "CMS", "ORP_MONTHEY"):
        assert "Note de Monthey" not in _journal_texts(three[other], case_id)


def test_offices_must_be_known_and_of_a_named_institution(three) -> None:  # type: ignore[no-untyped-def]
    _person_id, case_id = _new_case(three["ORP_SION"])
    for offices in ({"ORP": ["GENEVE"]}, {"OAI": ["SION"]}):
        with pytest.raises(ValidationFailed) as raised:
            _procuration(three["ORP_SION"], case_id, offices)
        assert [e.field for e in raised.value.errors] == ["offices"]


def test_revoking_the_newest_procuration_does_not_bring_back_the_older_wider_one(three) -> None:  # type: ignore[no-untyped-def]
    _person_id, case_id = _new_case(three["ORP_SION"])
    _procuration(three["ORP_SION"], case_id, {})  # older and wider: the whole ORP and the CMS
    newest = _procuration(three["ORP_SION"], case_id, {"ORP": ["SION"]})
    _sync(three)
    with three["ORP_SION"].store.unit_of_work() as uow:
        referral.revoke_consent(uow, newest, dt.date.today(), "Test")
    with three["ORP_SION"].store.reading() as session:
        assert referral.sharing_state(session, case_id).basis == "none"
        scope = referral.sharing_scope(session, case_id)
        assert not scope.shares and scope.ended == "revoked"
    _sync(three)
    _journal(three["ORP_SION"], case_id, "Après la révocation")
    _sync(three)
    for other in ("CMS", "ORP_MONTHEY"):
        assert "Après la révocation" not in _journal_texts(three[other], case_id)
