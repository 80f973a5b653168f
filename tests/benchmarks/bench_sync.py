"""Benchmark of batch sync (not a test): prints a table of figures and ratios on generated data.

    python -m tests.benchmarks.bench_sync [--changes 10000] [--offline-edits 5000]

Export 10,000 changes and import them on another workstation, against a raw ``executemany`` of the
same rows into the same encrypted database; a laptop offline for 30 days with 5,000 edits merged
back, with the conflicts counted against the concurrent edits injected.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

import keyring

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from cii_desktop.services.sync import run_sync  # noqa: E402
from cii_desktop.storage.models import Case  # noqa: E402
from cii_desktop.sync import config as cfg  # noqa: E402
from cii_desktop.sync.inbox import Importer  # noqa: E402
from cii_desktop.sync.outbox import publish, seal_pending  # noqa: E402
from tests.support.memory_keyring import MemoryKeyring  # noqa: E402
from tests.support.network import add_shared_case, make_network  # noqa: E402

DAY_MS = 86_400_000


def _cases(store, count: int) -> list[str]:  # type: ignore[no-untyped-def]
    ids = []
    for index in range(count):
        ids.append(add_shared_case(store, f"Nom{index:05d}")[1])
    return ids


def bench_export_import(root: Path, changes: int) -> dict[str, float]:
    a, b = make_network(root, 2)
    _cases(a.store, max(1, changes // 60))
    made = a.store.read_connection().execute(
        "SELECT count(*) FROM change_log WHERE batch_seq IS NULL "
        "AND table_name NOT IN ('user_profile', 'institution', 'office')").fetchone()[0]
    ids = [r[0] for r in a.store.read_connection().execute("SELECT id FROM case_file")]
    rng = random.Random(1)
    while made < changes:
        with a.store.unit_of_work() as uow:
            for case_id in rng.sample(ids, min(len(ids), 200)):
                case = uow.get(Case, case_id)
                assert case is not None
                case.summary = f"note {made}"
                made += 1
    config = cfg.require(a.store)
    share_dir = config.share
    assert share_dir is not None
    t0 = time.perf_counter()
    sealed = seal_pending(a.store, config, "bench")
    publish(a.store, config, share_dir)
    export_s = time.perf_counter() - t0
    bconfig = cfg.require(b.store)
    t0 = time.perf_counter()
    result = Importer(b.store, bconfig, share_dir, {}).run()
    import_s = time.perf_counter() - t0
    # the same rows, raw, into the same kind of encrypted database (b's): executemany in one transaction
    rows = a.store.read_connection().execute(
        "SELECT table_name, row_id, field, new_value, changed_at, workstation_id, hlc, base_hlc, batch_seq "
        "FROM change_log WHERE batch_seq > 0").fetchall()
    raw_runs = []
    for _ in range(5):  # a short measure, noisy on a shared machine: the median of five
        t0 = time.perf_counter()
        with b.store.raw_transaction() as conn:
            conn.executemany("INSERT INTO change_log (table_name, row_id, field, new_value, changed_at, "
                             "workstation_id, hlc, base_hlc, batch_seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                             rows)
            conn.execute("ROLLBACK")
            conn.execute("BEGIN")
        raw_runs.append(time.perf_counter() - t0)
    raw_s = statistics.median(raw_runs)
    a.store.close()
    b.store.close()
    return {"changes": sealed.changes, "batches": sealed.batches, "export_s": export_s,
            "import_s": import_s, "applied": result.changes, "raw_s": raw_s}


def bench_offline_laptop(root: Path, edits: int) -> dict[str, float]:
    office, laptop = make_network(root, 2)
    ids = _cases(office.store, 300)
    run_sync(office.store)
    run_sync(laptop.store)
    laptop.store.physical_ms = lambda: time.time_ns() // 1_000_000 - 30 * DAY_MS  # the month offline
    rng = random.Random(7)
    concurrent = rng.sample(ids, 120)  # cases edited on both sides (summary field)
    laptop_only = [i for i in ids if i not in concurrent]
    done = 0
    with laptop.store.unit_of_work() as uow:
        for case_id in concurrent:
            case = uow.get(Case, case_id)
            assert case is not None
            case.summary = "laptop"
            done += 1
        while done < edits:
            case = uow.get(Case, rng.choice(laptop_only))
            assert case is not None
            case.status = ("evaluated", "announced", "in_handling")[done % 3]
            case.summary = f"laptop {done}"
            done += 1
            if done % 500 == 0:
                uow.flush()
    with office.store.unit_of_work() as uow:
        for case_id in concurrent:
            case = uow.get(Case, case_id)
            assert case is not None
            case.summary = "office"
    run_sync(office.store)
    laptop.store.physical_ms = None
    t0 = time.perf_counter()
    report = run_sync(laptop.store)
    merge_s = time.perf_counter() - t0
    back = run_sync(office.store)
    logged = {r[0] for r in laptop.store.read_connection().execute(
        "SELECT row_id FROM sync_conflict WHERE field = 'summary'")}
    result = {"edits": done, "injected": len(concurrent), "conflicts_laptop": report.conflicts,
              "conflicts_office": back.conflicts, "exact": float(logged == set(concurrent)),
              "merge_s": merge_s}
    office.store.close()
    laptop.store.close()
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--changes", type=int, default=10_000)
    parser.add_argument("--offline-edits", type=int, default=5_000)
    args = parser.parse_args()
    keyring.set_keyring(MemoryKeyring())
    with tempfile.TemporaryDirectory() as tmp:
        ex = bench_export_import(Path(tmp) / "ex", args.changes)
        off = bench_offline_laptop(Path(tmp) / "off", args.offline_edits)
    ratio = ex["import_s"] / ex["raw_s"]
    print("| metric | figure | target |\n| --- | --- | --- |")
    print(f"| export {ex['changes']:.0f} changes ({ex['batches']:.0f} batches), seal + publish | "
          f"{ex['export_s']:.2f} s | ≤ 3 s |")
    print(f"| import them on another workstation ({ex['applied']:.0f} applied) | "
          f"{ex['import_s']:.2f} s | ≤ 3 s |")
    print(f"| raw executemany of the same rows, same encrypted database (median of 5) | {ex['raw_s']:.3f} s | |")
    print(f"| import / raw executemany | {ratio:.2f}× | ≤ 5× |")
    print(f"| laptop 30 days offline: {off['edits']:.0f} edits, {off['injected']:.0f} concurrent "
          f"injected; merge on the laptop | {off['merge_s']:.2f} s | |")
    print(f"| conflicts logged (laptop / office) vs injected | {off['conflicts_laptop']:.0f} / "
          f"{off['conflicts_office']:.0f} vs {off['injected']:.0f} "
          f"({'exact' if off['exact'] else 'NOT exact'}) | equal |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
