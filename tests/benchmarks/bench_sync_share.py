"""Sync benchmarks at the share's scale (called by ``python -m tests.benchmarks.bench_sync``).

- a share of N workstations x M batches: the first sync of a reader, then a sync with nothing new
  and with one new batch (the other workstations are roster members whose batches are generated:
  signed, encrypted, chained, with an empty body - the cost measured is finding what is new);
- the peak resident memory of a separate process importing a batch with a large attachment;
- a new workstation joining a network whose history holds many changes.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import time
import uuid
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from cii_desktop.services import cases, network
from cii_desktop.services.data_folder import create_database
from cii_desktop.services.sync import run_sync
from cii_desktop.storage.models import Case
from cii_desktop.sync import config as cfg
from cii_desktop.sync import share
from cii_desktop.sync.batch_format import BatchHeader, batch_hash, seal
from cii_desktop.sync.codec import encode_body
from cii_desktop.sync.roster import Member, public_hex
from tests.support.network import add_shared_case, make_network

ROOT = Path(__file__).resolve().parents[2]
CATCH_UP_LIMIT = 3000  # above, the reader's first sync (about 20 ms a batch) is not measured


def _timed(action):  # type: ignore[no-untyped-def]
    t0 = time.perf_counter()
    result = action()
    return time.perf_counter() - t0, result


def bench_share(root: Path, stations: int, batches: int) -> dict[str, object]:
    admin, reader = make_network(root, 2)
    config = cfg.require(admin.store)
    assert config.admin_key is not None and config.share is not None
    roster, roster_file = config.roster, config.roster_file
    assert config.admin_key is not None
    keys: dict[str, Ed25519PrivateKey] = {}
    for index in range(stations - 2):
        key = Ed25519PrivateKey.generate()
        member = Member(id=str(uuid.uuid4()), name=f"Poste {index}", institution="CMS", office="SION",
                        public_key=public_hex(key), valid_from="2026-01-01")
        keys[member.id] = key
        roster = roster.with_member(member, roster_file)  # each version chained to the one before
        roster_file = roster.signed(config.admin_key)
        network.publish_roster(config.share, config.network, roster.version, roster_file)
    cfg.write_settings(admin.store, {cfg.ROSTER: roster_file.decode()})
    config = cfg.require(admin.store)
    previous: dict[str, str] = {}
    last: dict[str, int] = {}

    def write(workstation: str, seq: int) -> None:
        body = encode_body({"author": "", "written_ms": time.time_ns() // 1_000_000, "depends": {}}, [], {})
        header = BatchHeader(network=config.network, workstation=workstation, sequence=seq,
                             previous_hash=previous.get(workstation, ""), schema="0008", count=0)
        data = seal(header, body, config.batch_key, keys[workstation])
        share.write_new(config.outbox(config.share, workstation), f"{seq:08d}{share.BATCH_SUFFIX}", data)
        previous[workstation], last[workstation] = batch_hash(data), seq

    generate_s, _ = _timed(lambda: [write(w, s) for w in keys for s in range(1, batches + 1)])
    if len(keys) * batches <= CATCH_UP_LIMIT:
        first_s, first = _timed(lambda: run_sync(reader.store))
        first_batches = first.received_batches
    else:  # the reader is up to date already: its record of applied batches says so (fast set-up)
        with reader.store.raw_transaction() as conn:
            conn.executemany("INSERT INTO sync_applied (workstation_id, seq, file_hash, changes, applied_at) "
                             "VALUES (?, ?, ?, 0, '2026-11-30 00:00:00')",
                             [(w, last[w], previous[w]) for w in keys])
        first_s, first_batches = float("nan"), 0
        run_sync(reader.store)
    idle = []
    for _ in range(5):
        seconds, report = _timed(lambda: run_sync(reader.store))
        assert report.received_batches == 0 and report.exit_code == 0, report.summary()
        idle.append(seconds)
    one = []
    for extra in range(1, 6):
        workstation = random.Random(extra).choice(sorted(keys))
        write(workstation, last[workstation] + 1)
        seconds, report = _timed(lambda: run_sync(reader.store))
        assert report.received_batches == 1 and report.exit_code == 0, report.summary()
        one.append(seconds)
    admin.store.close()
    reader.store.close()
    return {"files": len(keys) * batches, "generate_s": generate_s, "first_s": first_s,
            "first_batches": first_batches, "idle": idle, "one": one}


def _passphrase_pair(root: Path) -> tuple[object, object, Path]:
    from tests.benchmarks.bench_sync import BENCH_PASSPHRASE

    share_dir = root / "share"
    share_dir.mkdir(parents=True)
    a = create_database(root / "a", "passphrase", BENCH_PASSPHRASE).store
    b = create_database(root / "b", "passphrase", BENCH_PASSPHRASE).store
    network.create_network(a, share_dir, "Bureau", "ORP", "SION")
    enrolment, secret, _m = network.enrol(a, network.make_request(b, "Portable", "CMS", "MONTHEY"))
    network.join(b, enrolment, secret, share_dir)
    return a, b, share_dir


def bench_memory(root: Path, megabytes: int) -> dict[str, float]:
    a, b, share_dir = _passphrase_pair(root)
    _p, case_id = add_shared_case(a, "Mémoire")  # type: ignore[arg-type]
    scan = root / "scan.pdf"
    scan.write_bytes(os.urandom(megabytes * 1024 * 1024))
    with a.unit_of_work() as uow:  # type: ignore[attr-defined]
        cases.add_attachment(uow, case_id, scan)
    scan.unlink()
    run_sync(a)  # type: ignore[arg-type]
    batch = max((share_dir).rglob("*.ciibatch"), key=lambda p: p.stat().st_size)
    size_mb = batch.stat().st_size / 1024 / 1024
    a.close()  # type: ignore[attr-defined]
    b.close()  # type: ignore[attr-defined]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    out = subprocess.run([sys.executable, "-m", "tests.benchmarks.bench_sync", "--import-child",
                          str(root / "b"), str(share_dir)], cwd=ROOT, env=env, check=True,
                         capture_output=True, text=True).stdout.split()
    received, code, before, peak, seconds = int(out[0]), int(out[1]), int(out[2]), int(out[3]), float(out[4])
    assert received >= 1 and code == 0
    return {"batch_mb": size_mb, "before_mb": before / 1024, "peak_mb": peak / 1024, "import_s": seconds}


def bench_join(root: Path, history: int) -> dict[str, float]:
    a, _b = make_network(root, 2)
    ids = [add_shared_case(a.store, f"Nom{i:05d}")[1] for i in range(max(1, history // 200))]
    rng = random.Random(3)
    made = a.store.read_connection().execute("SELECT count(*) FROM change_log").fetchone()[0]
    build_s = time.perf_counter()
    while made < history:
        with a.store.unit_of_work() as uow:
            for case_id in rng.sample(ids, min(len(ids), 500)):
                case = uow.get(Case, case_id)
                assert case is not None
                case.summary = f"note {made}"
                made += 1
        if made % 20_000 < 500:
            run_sync(a.store)
    run_sync(a.store)
    build_s = time.perf_counter() - build_s
    newcomer = create_database(root / "new", "keystore").store
    enrolment, secret, _m = network.enrol(a.store, network.make_request(newcomer, "Nouveau", "OAI", "SION"))
    config = cfg.require(a.store)
    assert config.share is not None
    network.join(newcomer, enrolment, secret, config.share)
    join_s, report = _timed(lambda: run_sync(newcomer))
    again = run_sync(newcomer)
    result = {"history": float(made), "build_s": build_s, "join_s": join_s,
              "changes": float(report.received_changes), "batches": float(report.received_batches),
              "then": float(again.received_batches), "exit": float(report.exit_code)}
    a.store.close()
    _b.store.close()
    newcomer.close()
    return result


def run_share_benchmarks(tmp: Path, args: argparse.Namespace) -> None:
    print("| metric | figure | target |\n| --- | --- | --- |")
    if "share" not in args.skip:
        sh = bench_share(tmp / "share-bench", args.stations, args.batches)
        idle, one = sh["idle"], sh["one"]
        assert isinstance(idle, list) and isinstance(one, list)
        print(f"| share {args.stations} workstations × {args.batches} batches ({sh['files']} files): first "
              f"sync of a reader ({sh['first_batches']} batches; not run above {CATCH_UP_LIMIT}) | "
              f"{sh['first_s']:.1f} s | |")
        print(f"| same share, sync with nothing new (5 runs: median, range) | {statistics.median(idle):.2f} s "
              f"({min(idle):.2f}–{max(idle):.2f}) | ≤ 1 s |")
        print(f"| same share, sync with one new batch (5 runs) | {statistics.median(one):.2f} s "
              f"({min(one):.2f}–{max(one):.2f}) | ≤ 1.5 s |")
    if "memory" not in args.skip:
        mem = bench_memory(tmp / "memory-bench", args.attachment_mb)
        print(f"| peak resident memory of a process importing a batch with a {args.attachment_mb} MB "
              f"attachment ({mem['batch_mb']:.1f} MB file; {mem['before_mb']:.0f} MB resident before the sync, "
              f"import {mem['import_s']:.2f} s) | {mem['peak_mb']:.0f} MB | ≤ 250 MB |")
    if "join" not in args.skip:
        join = bench_join(tmp / "join-bench", args.history)
        print(f"| new workstation joins a {join['history']:.0f}-change history ({join['batches']:.0f} batches, "
              f"{join['changes']:.0f} changes; next sync {join['then']:.0f} more) | {join['join_s']:.1f} s | ≤ 60 s |")
