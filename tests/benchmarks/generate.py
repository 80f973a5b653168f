"""Generate a large encrypted database for the benchmarks (bulk inserts through the real schema)."""

from __future__ import annotations

import datetime as dt
import random
import time
import uuid
from pathlib import Path
from typing import Any

from sqlalchemy import insert

from cii_desktop.domain import reference
from cii_desktop.domain.avs import make_avs
from cii_desktop.services.data_folder import create_database
from cii_desktop.services.demo import DE_FIRST, DE_LAST, FR_FIRST, FR_LAST
from cii_desktop.storage.models import Case, Person, Reminder
from cii_desktop.storage.store import Store

BATCH = 5000


def _flush(conn: Any, model: Any, rows: list[dict[str, Any]], *, final: bool = False) -> None:
    """Insert the pending rows once a batch is full (or at the end): memory stays bounded."""
    if rows and (final or len(rows) >= BATCH):
        conn.execute(insert(model), rows)
        rows.clear()


def generate(folder: Path, persons: int, cases: int, reminders: int, seed: int = 11) -> tuple[Store, float]:
    """Create the database in ``folder`` (keystore protection); return the store and seconds taken."""
    rng = random.Random(seed)
    started = time.perf_counter()
    created = create_database(folder, "keystore")
    store = created.store
    offices = [reference.reference_id("office", o.code) for o in reference.OFFICES]
    institutions = [reference.reference_id("institution", c) for c in ("ORP", "CMS", "OAI", "OSP")]
    statuses = list(reference.codes(reference.CASE_STATUSES))
    now = dt.datetime(2026, 11, 1)
    today = dt.date(2026, 11, 23)
    first_names = FR_FIRST + DE_FIRST + ("Marie", "Jean", "Pierre", "Anna", "Thomas", "Sandra", "Nicolas")
    stems = ("Ber", "Mar", "Roch", "Salz", "Wal", "Gam")
    endings = ("tholet", "mann", "ier", "gen", "ther", "er")
    last_names = FR_LAST + DE_LAST + tuple(a + b for a in stems for b in endings)
    communes = ("Sion", "Savièse", "Monthey", "Martigny", "Sierre", "Brig-Glis", "Visp", "Naters", "Fully")
    person_ids: list[str] = []
    with store.engine.begin() as conn:
        rows = []
        for n in range(persons):
            pid = str(uuid.UUID(int=rng.getrandbits(128), version=4))
            person_ids.append(pid)
            rows.append({
                "id": pid, "first_name": rng.choice(first_names), "last_name": rng.choice(last_names),
                "birth_date": dt.date(rng.randint(1960, 2006), rng.randint(1, 12), rng.randint(1, 28)),
                "avs_number": make_avs(f"{n:09d}"), "language": rng.choice(("fr", "fr", "de")),
                "commune": rng.choice(communes), "address": "", "phone": "", "email": "",
                "receives_ij_ac": rng.random() < 0.5, "waiting_period": False, "sanctioned": False,
                "job_seeker_without_rights": False, "social_assistance": rng.random() < 0.3,
                "fit_for_placement": True, "young_adult": False, "created_at": now, "updated_at": now,
                "deleted": False,
            })
            _flush(conn, Person, rows)
        _flush(conn, Person, rows, final=True)
        case_ids: list[str] = []
        for n in range(cases):
            cid = str(uuid.UUID(int=rng.getrandbits(128), version=4))
            case_ids.append(cid)
            office = rng.randrange(len(offices))
            rows.append({
                "id": cid, "reference": f"BEN-{2020 + n % 7}-{n:07d}", "person_id": person_ids[n % persons],
                "office_id": offices[office], "lead_institution_id": rng.choice(institutions),
                "status": rng.choice(statuses), "opened_on": today - dt.timedelta(days=rng.randint(0, 2500)),
                "summary": "", "sharing_basis": "none", "created_at": now, "updated_at": now,
                "deleted": False,
            })
            _flush(conn, Case, rows)
        _flush(conn, Case, rows, final=True)
        for n in range(reminders):
            rows.append({
                "id": str(uuid.UUID(int=rng.getrandbits(128), version=4)), "case_id": rng.choice(case_ids),
                "due_on": today + dt.timedelta(days=rng.randint(-20, 25)), "title": f"Rappel {n}",
                "done": False, "source": "bench", "created_at": now, "updated_at": now, "deleted": False,
            })
            _flush(conn, Reminder, rows)
        _flush(conn, Reminder, rows, final=True)
    return store, time.perf_counter() - started
