"""A demo data folder: created with fictional cases, opened with the demo passphrase when it has
no keystore. Shared by the command line and the window (neither imports the other)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from ..storage.store import Store

PASSPHRASE_ENV = "CII_DESKTOP_PASSPHRASE"
# Fictional data only: lets the demo folder open on a machine with no keystore (documented).
DEMO_PASSPHRASE = "demo-cii-valais"


def create_demo(folder: Path, persons: int, seed: int, passphrase: str | None,
                progress: Callable[[int, int], None] | None = None, share: Path | None = None,
                admin_dir: Path | None = None) -> tuple[Store, int]:
    """Create a demo data folder: keystore when there is one, else a passphrase.

    With ``share``, the demo workstation creates a sync network on that folder, or, with
    ``admin_dir`` (another demo folder), is enrolled in that folder's network, so that two demo
    workstations sync out of the box. If ``progress`` raises (a cancel), the folder's new
    database is removed again.
    """
    from ..storage.keystore import keystore_available
    from . import demo
    from .data_folder import create_database, remove_new_database

    if keystore_available():
        created = create_database(folder, "keystore", demo=True)
    else:
        created = create_database(folder, "passphrase", passphrase or DEMO_PASSPHRASE, demo=True)
    try:
        # A workstation joining another demo's network gets its own data: references are unique
        # in a network, and the seed alone would repeat the administrator's.
        count = demo.fill(created.store, persons=persons, seed=seed, progress=progress,
                          per_workstation=share is not None and admin_dir is not None)
        if share is not None:
            _demo_network(created.store, share, admin_dir, passphrase or DEMO_PASSPHRASE)
    except BaseException:
        created.store.close()
        remove_new_database(folder)
        raise
    return created.store, count


def _demo_network(store: Store, share: Path, admin_dir: Path | None, passphrase: str) -> None:
    from . import network
    from .data_folder import DataFolder, open_database

    if admin_dir is None:
        network.create_network(store, share, "Démo Bureau CII", "BUREAU", "SION")
        return
    admin_folder = DataFolder(admin_dir)
    admin = open_database(admin_dir, passphrase=passphrase
                          if admin_folder.protection() == "passphrase" else None)
    try:
        request = network.make_request(store, f"Démo {store.workstation_id[:8]}", "CMS", "MONTHEY")
        enrolment, secret, _member = network.enrol(admin, request)
        network.join(store, enrolment, secret, share)
        concurrent_edits(admin, store)
    finally:
        admin.close()


# (field edited on both workstations, French text, German text): what two counsellors typing at
# the same time on a shared case look like; the demo's fictional texts, typed "by a person".
_EDITS = (
    ("summary", ("Bilan de compétences prévu avec le CMS.", "Kompetenzbilanz mit dem SMZ geplant."),
     ("Suivi repris par l'ORP après l'annonce.", "Begleitung nach der Meldung vom RAV übernommen.")),
    ("phone", ("027 606 10 10", "027 606 10 10"), ("079 555 20 20", "079 555 20 20")),
    ("summary", ("Recherche d'un stage en logistique.", "Praktikumssuche in der Logistik."),
     ("Stage trouvé, début le mois prochain.", "Praktikum gefunden, Beginn nächsten Monat.")),
)


def concurrent_edits(admin: Store, joined: Store) -> int:
    """The two demo workstations exchange once, then edit the same field of a few shared cases
    differently, each on its own: after the README's syncs both have conflicts to review. The
    number of cases edited on both (0 when they share none)."""
    from sqlalchemy import select

    from ..storage.models import Case, Person
    from .sync import run_sync

    run_sync(admin)
    run_sync(joined)  # the joined workstation now holds the administrator's shared cases
    with admin.reading() as session:
        theirs = set(session.scalars(select(Case.id).where(Case.deleted.is_(False))))
    with joined.reading() as session:
        shared = sorted(session.scalars(select(Case.id).where(Case.id.in_(theirs), Case.deleted.is_(False))))
    chosen = list(zip(shared, _EDITS, strict=False))
    for store, side in ((joined, 1), (admin, 2)):
        with store.unit_of_work() as uow:
            for case_id, edit in chosen:
                case = uow.get(Case, case_id)
                person = uow.get(Person, case.person_id) if case is not None else None
                if case is None or person is None:
                    continue
                text = edit[side][1 if person.language == "de" else 0]
                if edit[0] == "summary":
                    case.summary = text
                else:
                    person.phone = text
    return len(chosen)


def open_demo(folder: Path) -> Store | None:
    """Open a demo folder protected by the demo passphrase; None when it has another protection
    or another passphrase (made with ``CII_DESKTOP_PASSPHRASE`` or ``--passphrase-file``): the
    caller then asks for it."""
    from ..storage.errors import StoreError
    from .data_folder import DataFolder, open_database

    data = DataFolder(folder)
    if not (data.is_demo() and data.protection() == "passphrase"):
        return None
    try:
        return open_database(folder, passphrase=DEMO_PASSPHRASE)
    except StoreError as exc:
        if exc.code == "store.wrong_passphrase":
            return None
        raise
