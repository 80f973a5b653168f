"""Benchmark of batch sync (not a test): prints a table of figures and ratios on generated data.

    python -m tests.benchmarks.bench_sync [--changes 10000] [--offline-edits 5000]
        [--stations 60 --batches 300] [--attachment-mb 49] [--history 100000] [--skip NAME ...]

Export 10,000 changes and import them on another workstation, against a raw ``executemany`` of the
same rows into the same encrypted database; a laptop offline for 30 days with 5,000 edits merged
back, with the conflicts counted against the concurrent edits injected; a share of 60 workstations
x 300 batches synced with nothing new and with one new batch; the peak memory of a separate process
importing a batch with a 49 MB attachment; a new workstation joining a 100,000-change history.
"""

from __future__ import annotations

import argparse
import contextlib
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
    t0, c0 = time.perf_counter(), time.process_time()
    result = Importer(b.store, bconfig, share_dir, {}).run()
    import_s, import_cpu = time.perf_counter() - t0, time.process_time() - c0
    # the same rows, raw, into the same kind of encrypted database (b's): executemany in one transaction
    rows = a.store.read_connection().execute(
        "SELECT table_name, row_id, field, new_value, changed_at, workstation_id, hlc, base_hlc, batch_seq "
        "FROM change_log WHERE batch_seq > 0").fetchall()
    raw_runs, raw_cpu = [], []
    for _ in range(5):  # a short measure, noisy on a shared machine: the median of five
        t0, c0 = time.perf_counter(), time.process_time()
        with b.store.raw_transaction() as conn:
            conn.executemany("INSERT INTO change_log (table_name, row_id, field, new_value, changed_at, "
                             "workstation_id, hlc, base_hlc, batch_seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                             rows)
            conn.execute("ROLLBACK")
            conn.execute("BEGIN")
        raw_runs.append(time.perf_counter() - t0)
        raw_cpu.append(time.process_time() - c0)
    raw_s = statistics.median(raw_runs)
    a.store.close()
    b.store.close()
    return {"changes": sealed.changes, "batches": sealed.batches, "export_s": export_s,
            "import_s": import_s, "applied": result.changes, "raw_s": raw_s,
            "cpu_ratio": import_cpu / max(statistics.median(raw_cpu), 1e-9)}


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
    parser.add_argument("--stations", type=int, default=60)
    parser.add_argument("--batches", type=int, default=300)
    parser.add_argument("--attachment-mb", type=int, default=49)
    parser.add_argument("--history", type=int, default=100_000)
    parser.add_argument("--skip", nargs="*", default=[], choices=("core", "share", "memory", "join"))
    parser.add_argument("--import-child", nargs=2, metavar=("DATA_DIR", "SHARE"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.import_child:
        return import_child(Path(args.import_child[0]), Path(args.import_child[1]))
    keyring.set_keyring(MemoryKeyring())
    from tests.benchmarks.bench_sync_share import run_share_benchmarks

    with tempfile.TemporaryDirectory() as tmp:
        run_share_benchmarks(Path(tmp), args)
        if "core" in args.skip:
            return 0
        ex = bench_export_import(Path(tmp) / "ex", args.changes)
        off = bench_offline_laptop(Path(tmp) / "off", args.offline_edits)
    ratio = ex["import_s"] / ex["raw_s"]
    print("| metric | figure | target |\n| --- | --- | --- |")
    print(f"| export {ex['changes']:.0f} changes ({ex['batches']:.0f} batches), seal + publish | "
          f"{ex['export_s']:.2f} s | ≤ 3 s |")
    print(f"| import them on another workstation ({ex['applied']:.0f} applied) | "
          f"{ex['import_s']:.2f} s | ≤ 3 s |")
    print(f"| raw executemany of the same rows, same encrypted database (median of 5) | {ex['raw_s']:.3f} s | |")
    print(f"| import / raw executemany | {ratio:.2f}× | ≤ 3× |")
    print(f"| the same in CPU time of the process (less sensitive to other load) | {ex['cpu_ratio']:.2f}× | |")
    print(f"| laptop 30 days offline: {off['edits']:.0f} edits, {off['injected']:.0f} concurrent "
          f"injected; merge on the laptop | {off['merge_s']:.2f} s | |")
    print(f"| conflicts logged (laptop / office) vs injected | {off['conflicts_laptop']:.0f} / "
          f"{off['conflicts_office']:.0f} vs {off['injected']:.0f} "
          f"({'exact' if off['exact'] else 'NOT exact'}) | equal |")
    return 0


def import_child(folder: Path, share_dir: Path) -> int:
    """Run in a separate process: open a passphrase-protected data folder and sync (the peak memory
    measured is this process's)."""
    import resource

    from cii_desktop.services.data_folder import open_database

    store = open_database(folder, passphrase=BENCH_PASSPHRASE)
    before = _rss_kib("VmRSS")
    with contextlib.suppress(OSError):  # Linux: forget the peak of opening the database, measure the sync's
        Path("/proc/self/clear_refs").write_text("5")
    t0 = time.perf_counter()
    report = run_sync(store, share_dir)
    elapsed = time.perf_counter() - t0
    store.close()
    peak = _rss_kib("VmHWM") or resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(f"{report.received_batches} {report.exit_code} {before} {peak} {elapsed:.3f}")
    return 0


BENCH_PASSPHRASE = "bench sync passphrase 2026"


def _rss_kib(field: str) -> int:
    """VmRSS (now) or VmHWM (peak) of this process from /proc, in KiB; 0 elsewhere."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


if __name__ == "__main__":
    sys.exit(main())
