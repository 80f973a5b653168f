"""Benchmark of scoped sync (not a test): export and import of changes spread over 6 institutions'
scopes, against the same changes shared with the whole network (issue 13: ≤ 1.3x).

    python -m tests.benchmarks.bench_scope [--changes 10000] [--runs 3]

Seven workstations: ORP (writer), a second ORP (reader: in every scope, it receives everything),
CMS, OAI, Suva, OSP, Addiction Valais. Each case has one consent record: *scoped*, a signed
procuration naming ORP and one or two of the others (6 different scopes, each case's changes sealed
to its recipients); *network*, a legal basis naming no institution (shared with the whole network,
the open part of the batch, as before scoping). Then edits until ``--changes`` journaled changes.
Export = seal + publish on the writer; import = the reader applying every batch. Median and range
over ``--runs`` fresh networks.
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

from cii_desktop.domain.avs import make_avs  # noqa: E402
from cii_desktop.domain.person import PersonInput  # noqa: E402
from cii_desktop.services import cases, referral  # noqa: E402
from cii_desktop.storage.models import Case  # noqa: E402
from cii_desktop.sync import config as cfg  # noqa: E402
from cii_desktop.sync.inbox import Importer  # noqa: E402
from cii_desktop.sync.outbox import publish, seal_pending  # noqa: E402
from tests.support.memory_keyring import MemoryKeyring  # noqa: E402
from tests.support.network import make_institution_network  # noqa: E402

STATIONS = ["ORP", "ORP", "CMS", "OAI", "SUVA", "OSP", "ADDICTION"]
SCOPES = [["ORP", "CMS"], ["ORP", "OAI"], ["ORP", "SUVA"], ["ORP", "OSP"], ["ORP", "ADDICTION"],
          ["ORP", "CMS", "OAI"]]


def _pending(store) -> int:  # type: ignore[no-untyped-def]
    return int(store.read_connection().execute(
        "SELECT count(*) FROM change_log WHERE batch_seq IS NULL "
        "AND table_name NOT IN ('user_profile', 'institution', 'office')").fetchone()[0])


def run_once(root: Path, changes: int, scoped: bool) -> tuple[float, float, int, int]:
    stations = make_institution_network(root, STATIONS)
    writer, reader = stations[0], stations[1]
    today = dt.date.today()
    ids = []
    for index in range(max(6, changes // 60)):
        with writer.store.unit_of_work() as uow:
            person = cases.create_person(uow, PersonInput(
                first_name="Léa", last_name=f"Nom{index:05d}", birth_date=dt.date(1980, 1, 1),
                avs_number=make_avs(f"{100000000 + index}"), language="fr", commune="Sion"))
            uow.flush()
            case = cases.create_case(uow, person.id, "SION", "ORP", "Bench", summary="Situation")
            uow.flush()
            if scoped:
                referral.record_procuration(uow, case.id, SCOPES[index % len(SCOPES)], today, "Bench", signed=True)
            else:
                referral.record_legal_basis(uow, case.id, today, "Bench", "Bench")
            ids.append(case.id)
    rng = random.Random(1)
    made = _pending(writer.store)
    while made < changes:
        with writer.store.unit_of_work() as uow:
            for case_id in rng.sample(ids, min(len(ids), 200)):
                case = uow.get(Case, case_id)
                assert case is not None
                case.summary = f"note {made}"
                made += 1
    total = _pending(writer.store)
    config = cfg.require(writer.store)
    assert config.share is not None
    t0 = time.perf_counter()
    sealed = seal_pending(writer.store, config, "bench")
    publish(writer.store, config, config.share)
    export_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    result = Importer(reader.store, cfg.require(reader.store), config.share, {}).run()
    import_s = time.perf_counter() - t0
    for station in stations:
        station.store.close()
    assert sealed.changes == total and result.changes == total, (sealed.changes, result.changes, total)
    return export_s, import_s, total, sealed.batches


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--changes", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    keyring.set_keyring(MemoryKeyring())
    figures: dict[str, list[tuple[float, float, int, int]]] = {"network": [], "scoped": []}
    for run in range(args.runs):
        for kind in ("network", "scoped"):  # alternated, so that machine load hits both alike
            with tempfile.TemporaryDirectory() as tmp:
                figures[kind].append(run_once(Path(tmp) / f"{kind}{run}", args.changes, kind == "scoped"))

    def cell(kind: str, index: int) -> str:
        values = [f[index] for f in figures[kind]]
        return f"{statistics.median(values):8.2f} s ({min(values):.2f}-{max(values):.2f})"

    print(f"\nScoped sync, {args.changes} changes, {args.runs} runs (median, range)")
    print(f"{'':10} {'changes':>8} {'batches':>8}  {'export':>26}  {'import':>26}")
    for kind in ("network", "scoped"):
        print(f"{kind:10} {figures[kind][0][2]:8d} {figures[kind][0][3]:8d}  {cell(kind, 0):>26}  {cell(kind, 1):>26}")
    for index, name in ((0, "export"), (1, "import")):
        ratios = [s[index] / n[index] for s, n in zip(figures["scoped"], figures["network"], strict=True)]
        print(f"ratio scoped / network, {name}: median {statistics.median(ratios):.2f} "
              f"(range {min(ratios):.2f}-{max(ratios):.2f}; target <= 1.3)")


if __name__ == "__main__":
    main()
