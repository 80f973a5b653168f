"""Benchmark of the audit trail (not a test): prints a table of figures on generated entries.

    python -m tests.benchmarks.bench_audit [--entries 1000000] [--runs 20]

Fills an encrypted database with entries (40,000 persons, 300 users of 6 institutions, one year),
then times the data-protection officer's filters: by person, user, institution, period and
operation, each the first page of 500 newest entries; verifying the whole chain; a person's
"who saw my file" CSV.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

import keyring

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from cii_desktop.services import audit as audit_service  # noqa: E402
from cii_desktop.services.data_folder import create_database, open_database  # noqa: E402
from cii_desktop.storage import audit  # noqa: E402
from tests.support.memory_keyring import MemoryKeyring  # noqa: E402

INSTITUTIONS = ("ORP", "CMS", "OAI", "OSP", "ADDICTION", "SUVA")
OPERATIONS = ("case.read", "case.read", "case.read", "search.list", "search.list", "document.print",
              "sync.sent", "sync.received", "record.changed", "document.pdf", "email.prepare")


def fill(store, entries: int, rng: random.Random) -> float:  # type: ignore[no-untyped-def]
    start = dt.datetime(2025, 12, 1, tzinfo=dt.timezone.utc)
    step = dt.timedelta(days=365) / entries
    users = [(f"user-{i:03d}", INSTITUTIONS[i % 6], f"ws-{i:03d}") for i in range(300)]
    began = time.perf_counter()
    chunk = 50_000
    for first in range(0, entries, chunk):
        batch = []
        for i in range(first, min(entries, first + chunk)):
            user, institution, ws = users[rng.randrange(300)]
            op = OPERATIONS[rng.randrange(len(OPERATIONS))]
            recipients = tuple(rng.sample(INSTITUTIONS, 2)) if op == "sync.sent" else ()
            batch.append(audit.Entry(op, user, ws, start + step * i, institution,
                                     f"person-{rng.randrange(40_000):05d}", f"case-{rng.randrange(120_000):06d}",
                                     recipients))
        with store.raw_transaction() as conn:
            audit.append(conn, batch)
    return time.perf_counter() - began


def timed(action, runs: int) -> tuple[float, float]:  # type: ignore[no-untyped-def]
    values = []
    for _ in range(runs):
        began = time.perf_counter()
        action()
        values.append((time.perf_counter() - began) * 1000)
    values.sort()
    return statistics.median(values), values[min(len(values) - 1, int(len(values) * 0.95))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, allow_abbrev=False)
    parser.add_argument("--entries", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()
    keyring.set_keyring(MemoryKeyring())
    rng = random.Random(13)
    with tempfile.TemporaryDirectory() as tmp:
        store = create_database(Path(tmp) / "data", "keystore").store
        fill_s = fill(store, args.entries, rng)
        store.close()  # a cold-ish reopen, as the viewer would find it
        store = open_database(Path(tmp) / "data")
        mid = dt.datetime(2026, 5, 1, tzinfo=dt.timezone.utc)
        filters = {
            "person": audit.Filters(person_id="person-01234"),
            "user": audit.Filters(actor="user-042"),
            "institution": audit.Filters(institution="OAI"),
            "period (one week)": audit.Filters(since=mid, until=mid + dt.timedelta(days=7)),
            "operation (sent)": audit.Filters(operations=("sync.sent",)),
            "institution + period + operation": audit.Filters(institution="CMS", operations=("document.print",),
                                                              since=mid, until=mid + dt.timedelta(days=30)),
            "user + person (rare)": audit.Filters(actor="user-007", person_id="person-00007"),
        }
        rows = [("fill", f"{args.entries:,} entries", f"{fill_s:.1f} s", "", "")]
        worst = 0.0
        for name, flt in filters.items():
            median, p95 = timed(lambda flt=flt: audit_service.search(store, flt, limit=500), args.runs)
            worst = max(worst, p95)
            rows.append(("filter, first page of 500", name, f"{median:.1f} ms", f"{p95:.1f} ms", ""))
        began = time.perf_counter()
        verdict = audit_service.verify(store)
        rows.append(("verify the chain", f"{verdict.entries:,} ok={verdict.ok}",
                     f"{time.perf_counter() - began:.1f} s", "", ""))
        median, _ = timed(lambda: audit_service.csv_text(store, audit.Filters(person_id="person-01234"), "fr"), 5)
        rows.append(("CSV of one person (who saw my file)", "", f"{median:.1f} ms", "", ""))
        rows.append(("worst filter p95 / 200 ms", "", f"{worst / 200:.2f}", "", "target <= 1"))
        store.close()
    width = max(len(r[0]) for r in rows)
    print(f"{'what':<{width}}  {'case':<34} {'median':>10} {'p95':>10}")
    for what, case, median_s, p95_s, note in rows:
        print(f"{what:<{width}}  {case:<34} {median_s:>10} {p95_s:>10} {note}")
    return 0 if worst <= 200 else 1


if __name__ == "__main__":
    sys.exit(main())
