"""The consent's scope is the sharing scope, enforced by cryptography (issue 13, part 1).

Four enrolled workstations of different institutions (ORP, CMS, OAI, Suva) over one share, real
SQLCipher files and real batch files: a case shared by a procuration ORP + CMS never reaches the OAI
or Suva, and their keys cannot open it from the share; widening, revocation, expiry and a legal
basis with an end date move the scope.
"""

from __future__ import annotations

import datetime as dt
import json
import zlib
from collections.abc import Iterator
from pathlib import Path

import pytest

from cii_desktop.domain.avs import make_avs
from cii_desktop.domain.person import PersonInput
from cii_desktop.services import cases, network, referral
from cii_desktop.services.data_folder import create_database
from cii_desktop.services.permissions import CaseReadOnly
from cii_desktop.services.sync import run_sync
from cii_desktop.storage.models import Case
from cii_desktop.sync import config as cfg
from cii_desktop.sync import scope as scope_module
from cii_desktop.sync.batch_format import BatchError, BatchHeader, open_file
from cii_desktop.sync.codec import decode_body
from cii_desktop.sync.scoped import readable
from tests.support.cipher_pages import plaintext
from tests.support.memory_keyring import MemoryKeyring
from tests.support.network import Workstation, make_institution_network

INSTITUTIONS = ("ORP", "CMS", "OAI", "SUVA")
NAME = "Zurbriggen-Scopé"


@pytest.fixture
def four(tmp_path: Path, memory_keystore: MemoryKeyring) -> Iterator[dict[str, Workstation]]:
    stations = dict(zip(INSTITUTIONS, make_institution_network(tmp_path, list(INSTITUTIONS)), strict=True))
    yield stations
    for station in stations.values():
        station.store.close()


def _sync(stations: dict[str, Workstation], rounds: int = 2) -> None:
    for _ in range(rounds):
        for station in stations.values():
            run_sync(station.store)


def _new_case(station: Workstation) -> tuple[str, str]:
    with station.store.unit_of_work() as uow:
        person = cases.create_person(uow, PersonInput(
            first_name="Hélène", last_name=NAME, birth_date=dt.date(1981, 3, 9),
            avs_number=make_avs("555444333"), language="fr", commune="Sion"))
        uow.flush()
        case = cases.create_case(uow, person.id, "SION", "ORP", "Test", summary="Situation partagée ORP-CMS")
        uow.flush()
        return person.id, case.id


def _procuration(station: Workstation, case_id: str, institutions: list[str], *, given: dt.date | None = None,
                 until: dt.date | None = None) -> str:
    with station.store.unit_of_work() as uow:
        row = referral.record_procuration(uow, case_id, institutions, given or dt.date.today(), "Test",
                                          valid_until=until, signed=True)
        return row.id


def _journal(station: Workstation, case_id: str, text: str) -> None:
    with station.store.unit_of_work() as uow:
        cases.add_journal_entry(uow, case_id, text, "Test")


def _has_case(station: Workstation, case_id: str) -> bool:
    with station.store.reading() as session:
        return session.get(Case, case_id) is not None


def _journal_texts(station: Workstation, case_id: str) -> set[str]:
    return {str(r[0]) for r in station.store.read_connection().execute(
        "SELECT text FROM journal_entry WHERE case_id = ?", (case_id,))}


def _no_trace(station: Workstation, person_id: str, case_id: str) -> None:
    """Nothing of the case in the tables, the change journal, or any page of the encrypted file."""
    conn = station.store.read_connection()
    assert conn.execute("SELECT count(*) FROM person WHERE id = ?", (person_id,)).fetchone()[0] == 0
    assert conn.execute("SELECT count(*) FROM case_file WHERE id = ?", (case_id,)).fetchone()[0] == 0
    assert conn.execute("SELECT count(*) FROM change_log WHERE row_id IN (?, ?) OR new_value LIKE ?",
                        (person_id, case_id, f"%{case_id}%")).fetchone()[0] == 0
    pages = plaintext(station.store.path, station.store.key)
    for needle in (NAME.encode("utf-8"), case_id.encode("ascii"), person_id.encode("ascii")):
        assert needle not in pages


def _orp_batches(stations: dict[str, Workstation], share_dir: Path) -> list[Path]:
    config = cfg.require(stations["ORP"].store)
    return sorted(config.outbox(share_dir).glob("*.ciibatch"))


def _outer(path: Path, config: cfg.NetworkConfig) -> tuple[BatchHeader, bytearray]:
    for key in config.keys_newest_first():
        try:
            header, raw, _hash = open_file(path, key, config.network, lambda _w: config.signing_key.public_key())
            return header, raw
        except BatchError:
            continue
    raise AssertionError(path)


def _read_as(reader: Workstation, stations: dict[str, Workstation], path: Path) -> tuple[bytes, list[str], int]:
    """What ``reader`` gets from an ORP batch with every key it holds: the body's plaintext,
    the row ids it can read, and how many changes stayed sealed to others."""
    config = cfg.require(reader.store)
    orp = cfg.require(stations["ORP"].store)
    me = config.roster.member(orp.workstation)
    assert me is not None
    header, raw, _hash = open_file(path, config.batch_key, config.network,
                                   lambda _w: orp.signing_key.public_key())
    meta, changes, blobs = decode_body(raw)
    inner = json.loads(zlib.decompress(bytes(raw[12:12 + int.from_bytes(raw[8:12], "big")])))
    assert inner["changes"] == changes
    got, _files, unread = readable(meta, changes, blobs, header.count, config.network, orp.workstation,
                                   config.workstation, config.kex_key)
    return bytes(raw), [str(c[1]) for c in got], unread


def test_orp_cms_consent_never_reaches_oai_or_suva_not_even_on_the_bytes(four, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    person_id, case_id = _new_case(four["ORP"])
    _procuration(four["ORP"], case_id, ["ORP", "CMS"])
    _journal(four["ORP"], case_id, "Entretien du 3 mars")
    _sync(four)
    assert _has_case(four["CMS"], case_id) and "Entretien du 3 mars" in _journal_texts(four["CMS"], case_id)
    for outsider in ("OAI", "SUVA"):
        assert not _has_case(four[outsider], case_id)
        _no_trace(four[outsider], person_id, case_id)
    batches = _orp_batches(four, tmp_path / "share")
    assert batches
    sealed = 0
    for path in batches:
        for outsider in ("OAI", "SUVA"):
            raw, rows, unread = _read_as(four[outsider], four, path)
            sealed += unread
            assert case_id not in rows and person_id not in rows
            assert case_id.encode() not in raw and NAME.encode() not in raw  # the name is sealed, not compressed
            assert zlib.compress(NAME.encode()) not in raw
        _raw, rows, unread = _read_as(four["CMS"], four, path)
        assert unread == 0
    assert sealed > 0
    _raw, cms_rows, _unread = _read_as(four["CMS"], four, batches[0])
    assert case_id in cms_rows and person_id in cms_rows


def test_widening_to_the_oai_sends_it_the_case_and_its_history(four) -> None:  # type: ignore[no-untyped-def]
    person_id, case_id = _new_case(four["ORP"])
    _procuration(four["ORP"], case_id, ["ORP", "CMS"])
    _journal(four["ORP"], case_id, "Avant l'OAI")
    _sync(four)
    _journal(four["CMS"], case_id, "Note du CMS")
    _sync(four)
    assert not _has_case(four["OAI"], case_id)
    _procuration(four["ORP"], case_id, ["ORP", "CMS", "OAI"])
    _sync(four)
    assert _has_case(four["OAI"], case_id)
    assert {"Avant l'OAI", "Note du CMS"} <= _journal_texts(four["OAI"], case_id)
    _journal(four["OAI"], case_id, "Note de l'OAI")  # the OAI now exchanges on the case
    _sync(four)
    assert "Note de l'OAI" in _journal_texts(four["ORP"], case_id) | set()
    assert "Note de l'OAI" in _journal_texts(four["CMS"], case_id)
    _no_trace(four["SUVA"], person_id, case_id)


def test_revocation_tells_the_partners_then_nothing_more_goes(four) -> None:  # type: ignore[no-untyped-def]
    _person_id, case_id = _new_case(four["ORP"])
    consent = _procuration(four["ORP"], case_id, ["ORP", "CMS"])
    _sync(four)
    with four["ORP"].store.unit_of_work() as uow:
        referral.revoke_consent(uow, consent, dt.date.today(), "Test")
    _journal(four["ORP"], case_id, "Après la révocation")
    _sync(four)
    with four["CMS"].store.reading() as session:  # the CMS learnt of the revocation...
        assert referral.sharing_state(session, case_id).basis == "none"
    assert "Après la révocation" not in _journal_texts(four["CMS"], case_id)  # ...and got nothing after it
    with pytest.raises(CaseReadOnly):  # kept read-only (tables/sharing.json: held_outside_scope)
        _journal(four["CMS"], case_id, "Le CMS écrit encore")
    assert "Le CMS écrit encore" not in _journal_texts(four["CMS"], case_id)  # nothing was written
    _sync(four)
    assert "Le CMS écrit encore" not in _journal_texts(four["ORP"], case_id)


def test_an_expired_procuration_lets_no_new_change_go(four, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    _person_id, case_id = _new_case(four["ORP"])
    today = dt.date.today()
    _procuration(four["ORP"], case_id, ["ORP", "CMS"], given=today - dt.timedelta(days=30), until=today)
    _journal(four["ORP"], case_id, "Dans la validité")
    _sync(four)
    assert "Dans la validité" in _journal_texts(four["CMS"], case_id)
    monkeypatch.setattr(scope_module, "judged_on", lambda: today + dt.timedelta(days=1))
    _journal(four["ORP"], case_id, "Après l'échéance")
    _sync(four)
    assert "Après l'échéance" not in _journal_texts(four["CMS"], case_id)


def test_a_legal_basis_shares_with_the_institutions_it_names_until_its_end(  # type: ignore[no-untyped-def]
        four, monkeypatch: pytest.MonkeyPatch) -> None:
    person_id, case_id = _new_case(four["ORP"])
    today = dt.date.today()
    with four["ORP"].store.unit_of_work() as uow:
        referral.record_legal_basis(uow, case_id, today, "Cheffe de service ORP", "Test",
                                    institution_codes=["ORP", "OAI"], valid_until=today + dt.timedelta(days=10))
    _journal(four["ORP"], case_id, "Sous base légale")
    _sync(four)
    assert "Sous base légale" in _journal_texts(four["OAI"], case_id)
    assert not _has_case(four["CMS"], case_id)
    _no_trace(four["SUVA"], person_id, case_id)
    monkeypatch.setattr(scope_module, "judged_on", lambda: today + dt.timedelta(days=11))
    _journal(four["ORP"], case_id, "Après la fin de la base légale")
    _sync(four)
    assert "Après la fin de la base légale" not in _journal_texts(four["OAI"], case_id)


def test_a_workstation_enrolled_later_in_a_scoped_institution_gets_the_case(  # type: ignore[no-untyped-def]
        four, tmp_path: Path) -> None:
    person_id, case_id = _new_case(four["ORP"])
    _procuration(four["ORP"], case_id, ["ORP", "CMS"])
    _journal(four["ORP"], case_id, "Avant le nouveau poste")
    _sync(four)
    store = create_database(tmp_path / "cms2", "keystore").store
    request = network.make_request(store, "Poste CMS 2", "CMS", "MONTHEY")
    enrolment, passphrase, _member = network.enrol(four["ORP"].store, request)
    network.join(store, enrolment, passphrase, tmp_path / "share")
    suva2 = create_database(tmp_path / "suva2", "keystore").store
    request = network.make_request(suva2, "Poste Suva 2", "SUVA", "SION")
    enrolment, passphrase, _member = network.enrol(four["ORP"].store, request)
    network.join(suva2, enrolment, passphrase, tmp_path / "share")
    everyone = {**four, "CMS2": Workstation(tmp_path / "cms2", store), "SUVA2": Workstation(tmp_path / "suva2", suva2)}
    try:
        _sync(everyone, rounds=3)
        assert "Avant le nouveau poste" in _journal_texts(everyone["CMS2"], case_id)
        _no_trace(everyone["SUVA2"], person_id, case_id)
    finally:
        store.close()
        suva2.close()


def test_a_revoked_cms_workstation_gets_nothing_written_after_its_revocation(  # type: ignore[no-untyped-def]
        four, tmp_path: Path) -> None:
    _person_id, case_id = _new_case(four["ORP"])
    _procuration(four["ORP"], case_id, ["ORP", "CMS", "OAI"])
    _sync(four)
    network.revoke(four["ORP"].store, four["CMS"].id)
    _journal(four["ORP"], case_id, "Après la révocation du poste")
    _sync(four)
    assert "Après la révocation du poste" in _journal_texts(four["OAI"], case_id)
    assert "Après la révocation du poste" not in _journal_texts(four["CMS"], case_id)
    entry = four["ORP"].store.read_connection().execute(
        "SELECT id FROM journal_entry WHERE text = ?", ("Après la révocation du poste",)).fetchone()[0]
    cms, oai, orp = (cfg.require(four[k].store) for k in ("CMS", "OAI", "ORP"))
    carried = 0
    for path in _orp_batches(four, tmp_path / "share"):  # opened with ORP's batch keys: as if CMS had them
        header, raw = _outer(path, orp)
        meta, changes, blobs = decode_body(raw)
        seen_by_oai, _f, _u = readable(meta, list(changes), dict(blobs), header.count, orp.network,
                                       orp.workstation, oai.workstation, oai.kex_key)
        if entry not in {str(c[1]) for c in seen_by_oai}:
            continue
        carried += 1
        seen_by_cms, _f, unread = readable(meta, changes, blobs, header.count, orp.network, orp.workstation,
                                           cms.workstation, cms.kex_key)
        assert unread > 0 and entry not in {str(c[1]) for c in seen_by_cms}
    assert carried == 1


def test_the_bureau_receives_the_case_once_it_is_announced_to_it(tmp_path: Path, memory_keystore) -> None:  # type: ignore[no-untyped-def]
    from cii_desktop.services import bureau
    from tests.support.referral import COMPLEX

    stations = dict(zip(("ORP", "CMS", "BUREAU", "SUVA"),
                        make_institution_network(tmp_path, ["ORP", "CMS", "BUREAU", "SUVA"]), strict=True))
    try:
        person_id, case_id = _new_case(stations["ORP"])
        _procuration(stations["ORP"], case_id, ["ORP", "CMS"])
        _journal(stations["ORP"], case_id, "Avant l'annonce")
        _sync(stations)
        assert not _has_case(stations["BUREAU"], case_id)
        today = dt.date.today()
        with stations["ORP"].store.unit_of_work() as uow:
            referral.record_grid(uow, case_id, COMPLEX, "Test", today, institution_code="ORP", today=today)
            draft = bureau.draft(uow.session, case_id, "fr")
            bureau.send(uow, case_id, bureau.AnnouncementDraft(
                draft.problems, draft.institutions_involved, "Stage", "Premier marché du travail", "assessment"),
                "Test", "ORP", today)
        _sync(stations)
        assert "Avant l'annonce" in _journal_texts(stations["BUREAU"], case_id)  # its history, sent on announcing
        _no_trace(stations["SUVA"], person_id, case_id)
    finally:
        for station in stations.values():
            station.store.close()


def test_a_restored_workstation_takes_back_its_own_scoped_changes(four, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import shutil

    from cii_desktop.services import backup
    from cii_desktop.services.data_folder import open_database

    orp = four["ORP"]
    _person_id, case_id = _new_case(orp)
    _procuration(orp, case_id, ["ORP", "CMS"])
    _sync(four, rounds=1)
    saved = tmp_path / "saved-backup"
    shutil.copytree(backup.make_backup(orp.store, orp.folder), saved)
    _journal(orp, case_id, "Après la sauvegarde")
    _sync(four, rounds=1)
    orp.store.close()
    shutil.rmtree(orp.folder)
    assert backup.restore(saved, orp.folder).ok
    orp.store = open_database(orp.folder)
    assert "Après la sauvegarde" not in _journal_texts(orp, case_id)
    _sync(four, rounds=2)
    assert "Après la sauvegarde" in _journal_texts(orp, case_id)  # its own group, sealed to itself too


def test_a_narrower_procuration_tells_the_removed_institution_then_leaves_it_out(four) -> None:  # type: ignore[no-untyped-def]
    _person_id, case_id = _new_case(four["ORP"])
    _procuration(four["ORP"], case_id, ["ORP", "CMS", "OAI"], given=dt.date.today() - dt.timedelta(days=3))
    _sync(four)
    assert _has_case(four["OAI"], case_id)
    _procuration(four["ORP"], case_id, ["ORP", "CMS"])
    _journal(four["ORP"], case_id, "Sans l'OAI")
    _sync(four)
    with four["OAI"].store.reading() as session:  # the OAI holds the narrower procuration: it is out
        scope = referral.sharing_scope(session, case_id)
    assert scope.basis == "consent" and not scope.includes("OAI")
    assert "Sans l'OAI" not in _journal_texts(four["OAI"], case_id)
    assert "Sans l'OAI" in _journal_texts(four["CMS"], case_id)
