"""Several workstations (separate data folders) joined in one sync network over a temporary share."""

from __future__ import annotations

import datetime as dt
import shutil
from dataclasses import dataclass
from pathlib import Path

from cii_desktop.domain.avs import make_avs
from cii_desktop.domain.person import PersonInput
from cii_desktop.services import cases, network
from cii_desktop.services.data_folder import create_database, open_database
from cii_desktop.storage.models import Case
from cii_desktop.storage.store import Store

OFFICES = ("SION", "MONTHEY", "UPPER_VALAIS", "MARTIGNY", "SIERRE")


@dataclass
class Workstation:
    folder: Path
    store: Store

    @property
    def id(self) -> str:
        return self.store.workstation_id


def make_network(root: Path, count: int, share_dir: Path | None = None,
                 roles: dict[int, str] | None = None) -> list[Workstation]:
    """``count`` workstations: the first created the network, the others were enrolled (``roles``:
    the roster's role of some of them, by index)."""
    share_dir = share_dir or root / "share"
    share_dir.mkdir(parents=True, exist_ok=True)
    stations = []
    for index in range(count):
        folder = root / f"ws{index}"
        store = create_database(folder, "keystore").store
        stations.append(Workstation(folder, store))
        office = OFFICES[index % len(OFFICES)]
        if index == 0:
            network.create_network(store, share_dir, "Bureau CII", "ORP", office)
            continue
        request = network.make_request(store, f"Poste {index}", "CMS", office)
        enrolment, passphrase, _member = network.enrol(stations[0].store, request,
                                                       role=(roles or {}).get(index, ""))
        network.join(store, enrolment, passphrase, share_dir)
    return stations


def make_institution_network(root: Path, institutions: list[str],
                             offices: list[str] | None = None) -> list[Workstation]:
    """One workstation per entry of ``institutions`` (the first created the network), over
    ``root/share``: several institutions, so that a case's scope can leave some of them out;
    ``offices``: each workstation's office (default: all at SION)."""
    share_dir = root / "share"
    share_dir.mkdir(parents=True, exist_ok=True)
    stations: list[Workstation] = []
    for index, institution in enumerate(institutions):
        folder = root / f"ws{index}-{institution.lower()}"
        store = create_database(folder, "keystore").store
        stations.append(Workstation(folder, store))
        if index == 0:
            network.create_network(store, share_dir, f"Poste {institution}", institution,
                                   offices[index] if offices else "SION")
            continue
        request = network.make_request(store, f"Poste {institution} {index}", institution,
                                       offices[index] if offices else "SION")
        enrolment, passphrase, _member = network.enrol(stations[0].store, request)
        network.join(store, enrolment, passphrase, share_dir)
    return stations


def copy_network(template: list[Workstation], root: Path) -> list[Workstation]:
    """Fresh copies of prepared workstations (same keys, same network): cheap per test example."""
    copies = []
    for station in template:
        target = root / station.folder.name
        shutil.copytree(station.folder, target)
        copies.append(Workstation(target, open_database(target)))
    return copies


def add_shared_case(store: Store, last_name: str = "Délèze", consent: bool = True,
                    office: str = "SION", avs_digits: str = "123456789") -> tuple[str, str]:
    """A person and a consented case; returns (person id, case id)."""
    with store.unit_of_work() as uow:
        person = cases.create_person(uow, PersonInput(
            first_name="Hélène", last_name=last_name, birth_date=dt.date(1980, 5, 17),
            avs_number=make_avs(avs_digits), language="fr", commune="Sion"))
        uow.flush()
        case = cases.create_case(uow, person.id, office, "ORP", "Test", summary="Situation")
        uow.flush()
        if consent:
            case.sharing_basis = "consent"
        return person.id, case.id


def sync_all(stations: list[Workstation], rounds: int = 2) -> None:
    from cii_desktop.services.sync import run_sync

    for _ in range(rounds):
        for station in stations:
            run_sync(station.store)


def set_summary(store: Store, case_id: str, text: str) -> None:
    with store.unit_of_work() as uow:
        case = uow.get(Case, case_id)
        assert case is not None
        case.summary = text
