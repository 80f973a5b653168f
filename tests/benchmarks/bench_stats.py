"""Benchmark of the Bureau's year (not a test): prints a table of figures against the issue's targets.

    python -m tests.benchmarks.bench_stats [--persons 100000] [--cases 300000] [--rows 5000] [--repeat 7]
                                           [--import-runs 3]

On a generated encrypted database (tests/benchmarks/generate.py) where about a third of the cases were
announced to the Bureau over seven years, most decided and sent to a handling (states and outcomes drawn):
- the year's statistics (stats --json: one grouped query), median of ``--repeat`` runs; target 500 ms;
- the annual report PDF with its charts (figures + render); target 2 s;
- a ``--rows`` register (xlsx) checked (dry run; target 3 s) then imported in one transaction (target 10 s)
  reusing the check's validation, as the wizard does (and once more, another register, straight from its file),
  a fifth of its rows naming persons already in the database (matched by AVS number); imported again
  (nothing changes), then again with a tenth of its rows changed (re-applied). ``--import-runs`` registers
  (other persons each), so the import's range over runs is printed; the load average at start and end.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import statistics as stats_lib
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

import keyring

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from sqlalchemy import insert, select  # noqa: E402

from cii_desktop.documents import annual_report  # noqa: E402
from cii_desktop.domain.avs import make_avs  # noqa: E402
from cii_desktop.services import register, statistics  # noqa: E402
from cii_desktop.storage.models import Case  # noqa: E402
from cii_desktop.storage.records import Announcement, BureauDecision, Handling  # noqa: E402
from cii_desktop.storage.store import Store  # noqa: E402
from tests.benchmarks.generate import generate  # noqa: E402
from tests.support.memory_keyring import MemoryKeyring  # noqa: E402
from tests.support.register import INSTITUTIONS, REGIONS, workbook  # noqa: E402

YEAR = 2025
STATES = {"assessment": ["to_organise", "scheduled", "held", "contract_signed", "follow_up", "closed"],
          "round_table": ["to_organise", "held", "held"], "tandem": ["to_organise", "running", "closed"]}
OUTCOMES = {"assessment": ["work", "social_assistance", "disability_insurance", "orp", "network", "abandoned"],
            "round_table": ["work", "network", "orp", "pending", ""],
            "tandem": ["employment", "lack_of_cooperation", "lack_of_availability", "social_assistance"]}


def add_bureau_records(store: Store, seed: int = 5) -> int:
    """Announcements (a third of the cases), decisions and handlings, inserted in bulk."""
    rng = random.Random(seed)
    now = dt.datetime(2026, 11, 1)
    base = {"created_at": now, "updated_at": now, "deleted": False}
    count = 0
    with store.engine.begin() as conn:
        cases = conn.execute(select(Case.id, Case.opened_on)).all()
        announcements, decisions, handlings = [], [], []
        for case_id, opened in cases:
            if rng.random() > 0.33:
                continue
            count += 1
            aid, did = str(uuid.uuid4()), str(uuid.uuid4())
            on = opened + dt.timedelta(days=rng.randint(0, 60))
            roll = rng.random()
            status = "sent" if roll < 0.12 else "refused" if roll < 0.3 else "accepted"
            announcements.append({**base, "id": aid, "case_id": case_id, "announced_on": on, "status": status,
                                  "announced_institution": rng.choice(["ORP", "CMS", "OAI", "OSP", "ADDICTION",
                                                                       "SUVA"]),
                                  "announced_by": "Bench", "problems": "", "institutions_involved": "",
                                  "measures_tried": "", "expected_goal": "", "requested_handling": "",
                                  "import_key": ""})
            if status == "sent":
                continue
            kind = rng.choice(list(STATES)) if status == "accepted" else ""
            decisions.append({**base, "id": did, "announcement_id": aid, "case_id": case_id, "decided_on": on,
                              "decided_by": "Bench", "outcome": status, "handling": kind, "reason": "",
                              "suggestions": ""})
            if kind:
                state = rng.choice(STATES[kind])
                handlings.append({**base, "id": str(uuid.uuid4()), "case_id": case_id, "kind": kind, "state": state,
                                  "decision_id": did, "created_on": on,
                                  "outcome": rng.choice(OUTCOMES[kind]) if state in ("closed", "held") else "",
                                  "lead_orp": "", "lead_cms": "", "place": "", "eval_medical": "",
                                  "eval_professional": "", "eval_social": "", "eval_resources": ""})
            if len(announcements) >= 5000:  # parents first: decisions need their announcement
                for model, rows in ((Announcement, announcements), (BureauDecision, decisions),
                                    (Handling, handlings)):
                    if rows:
                        conn.execute(insert(model), rows)
                        rows.clear()
        for model, rows in ((Announcement, announcements), (BureauDecision, decisions), (Handling, handlings)):
            if rows:
                conn.execute(insert(model), rows)
    return count


def register_rows(n: int, persons: int, seed: int = 9, run: int = 0) -> list[list[Any]]:
    """``n`` rows, a fifth naming persons of the database; ``run`` gives other new persons (a new register)."""
    rng = random.Random(seed + run)
    decisions = [("Assessment", "En attente", ""), ("Assessment", "Terminé", "Emploi"),
                 ("TRO", "En cours", "En suspens"),
                 ("TRO", "Terminé", "Suivi en réseau"), ("Décloisonnement", "En cours", ""),
                 ("Décloisonnement", "Terminé", "Emploi"), ("Refus", "", ""), ("", "", "")]
    rows = []
    for i in range(n):
        known = i % 5 == 0 and i // 5 < persons
        avs = make_avs(f"{i // 5:09d}") if known else make_avs(f"{900000000 - run * 100000 - i:09d}")
        decision, state, outcome = decisions[i % len(decisions)]
        announced = dt.date(YEAR, 1 + (i + run) % 12, 1 + i % 28)  # another run: other situations
        born = dt.date(1970 + i % 30, 1 + i % 12, 1 + i % 28)
        rows.append([f"Reg{run}x{i}", rng.choice(["Anne", "Jürg", "Léa", "Beat"]), born,
                     avs, REGIONS[i % 5], INSTITUTIONS[i % 6], "Pro", announced, decision,
                     announced + dt.timedelta(days=5) if decision else None, state,
                     announced + dt.timedelta(days=60) if state == "Terminé" else None, outcome, None])
    return rows


CPU_MS: dict[str, list[float]] = {}  # CPU time of this process per run (SQLite runs in it), by what was timed


def timed(fn: Any, repeat: int, name: str = "") -> tuple[float, float, float]:
    fn()  # warm-up
    samples = []
    for _ in range(repeat):
        start, cpu = time.perf_counter(), time.process_time()
        fn()
        samples.append((time.perf_counter() - start) * 1000)
        CPU_MS.setdefault(name, []).append((time.process_time() - cpu) * 1000)
    return min(samples), stats_lib.median(samples), max(samples)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--persons", type=int, default=100_000)
    parser.add_argument("--cases", type=int, default=300_000)
    parser.add_argument("--rows", type=int, default=5000)
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--import-runs", type=int, default=3, help="registers imported (min/median/max)")
    args = parser.parse_args()
    load_start = os.getloadavg()
    keyring.set_keyring(MemoryKeyring())
    with tempfile.TemporaryDirectory() as tmp:
        start = time.perf_counter()
        store, _ = generate(Path(tmp) / "data", args.persons, args.cases, reminders=0)
        announced = add_bureau_records(store)
        print(f"generated {args.persons} persons, {args.cases} cases, {announced} announcements "
              f"in {time.perf_counter() - start:.0f} s")
        scope = statistics.Scope.year(YEAR)

        def figures() -> tuple[dict[str, Any], dict[str, int]]:
            with store.reading() as session:
                return statistics.year_figures(session, scope)

        def report() -> bytes:
            f, m = figures()
            return annual_report.render_pdf(f, m, "fr")

        results = [("year's statistics (stats --json)", timed(figures, args.repeat, "statistics"), 500.0),
                   ("annual report PDF with charts", timed(report, max(3, args.repeat // 2), "report"), 2000.0)]
        print(f"  ({figures()[0]['announced']} situations announced in {YEAR})")
        from tests.support.roles import ensure_bureau

        ensure_bureau(store)  # the register is the Bureau's (permissions table)
        runs = max(1, args.import_runs)
        dry_ms, import_ms, cpu, again_ms, changed_ms = [], [], [], [], []
        for run in range(runs):  # a new register each run (other persons), imported into the same database
            rows = register_rows(args.rows, args.persons, run=run)
            data = workbook(rows)
            t0 = time.perf_counter()
            dry = register.run_import(store, data, dry_run=True)
            dry_ms.append((time.perf_counter() - t0) * 1000)
            t0, c0 = time.perf_counter(), time.process_time()
            done = register.run_import(store, data, checked=dry)  # as the wizard: the check's validation reused
            import_ms.append((time.perf_counter() - t0) * 1000)
            cpu.append(time.process_time() - c0)
            assert not dry.errors and done.written == args.rows, (dry.errors[:3],)
            t0 = time.perf_counter()
            again = register.run_import(store, data)
            again_ms.append((time.perf_counter() - t0) * 1000)
            assert again.unchanged == args.rows and not again.written, again
            for i in range(0, len(rows), 10):  # a tenth of the rows changed in the file: re-applied
                rows[i][13] = f"Remarque {run}"
            t0 = time.perf_counter()
            changed = register.run_import(store, workbook(rows))
            changed_ms.append((time.perf_counter() - t0) * 1000)
            assert changed.updated == len(range(0, len(rows), 10)), changed

        # a register imported straight from its file (the command line without --dry-run first): read and
        # validated within the import
        data = workbook(register_rows(args.rows, args.persons, run=runs))
        t0, c0 = time.perf_counter(), time.process_time()
        straight = register.run_import(store, data)
        straight_ms = (time.perf_counter() - t0) * 1000
        cpu_straight = time.process_time() - c0
        assert straight.written == args.rows

        def spread(samples: list[float]) -> tuple[float, float, float]:
            return min(samples), stats_lib.median(samples), max(samples)

        results += [(f"register of {args.rows} rows: dry run", spread(dry_ms), 3000.0),
                    (f"register of {args.rows} rows: import after its check ({done.matched_persons} matched)",
                     spread(import_ms), 10000.0),
                    (f"register of {args.rows} rows: import without a check (1 run)",
                     (straight_ms, straight_ms, straight_ms), 10000.0),
                    (f"register of {args.rows} rows: imported again (nothing changes)", spread(again_ms), 10000.0),
                    (f"register of {args.rows} rows: again, a tenth of rows changed", spread(changed_ms), 10000.0)]
        store.close()
    # On a shared machine the wall clock mostly measures the other jobs: the CPU time of this process
    # (SQLite runs in it) says what the import itself costs.
    for name, cpu_ms in CPU_MS.items():
        print(f"CPU time of {name}: min {min(cpu_ms):.0f} ms, median {stats_lib.median(cpu_ms):.0f} ms")
    print(f"register imports: {runs} runs; CPU time of this process per import after its check: "
          f"{', '.join(f'{c:.1f} s' for c in cpu)}; without a check: {cpu_straight:.1f} s")
    print(f"load average (1, 5, 15 min): at start {' '.join(f'{v:.2f}' for v in load_start)}, "
          f"at end {' '.join(f'{v:.2f}' for v in os.getloadavg())}")
    print(f"\n{'what':<62} {'min':>9} {'median':>9} {'max':>9} {'target':>8} {'median/target':>14}")
    for name, (low, mid, high), target in results:
        print(f"{name:<62} {low:>7.0f}ms {mid:>7.0f}ms {high:>7.0f}ms {target:>6.0f}ms {mid / target:>14.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
