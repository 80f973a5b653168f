"""What encryption costs: the same workloads on the app's SQLCipher database and on plain SQLite.

    python -m tests.benchmarks.cipher_workloads          # the encryption rows of bench_foundation

Three workloads, each run in interleaved pairs (unencrypted and encrypted, which one first
alternating) and reported as the median of the pair ratios, which this machine's drift (fsync
times vary a lot) does not move much:

- app workload: what a case worker does, through the app's own code (services, unit of work with
  its change journal, search index, plain-connection reads) on a generated database of 20,000
  persons and 60,000 cases: open a person's form and save it, add a journal note, open three case
  details, one page of the sorted case list, one search. The unencrypted run is the same code with
  the key pragma left out (same SQLCipher build, same pragmas): the difference is the encryption.
- commit stress: raw SQL, one commit of 4 inserts + 1 update on a 50,000-row table then 10 point
  reads, repeated; no application code around it, so encryption is the largest share it can be.
- bulk stress: 100,000 inserts in transactions of 5,000, then reads.
"""

from __future__ import annotations

import contextlib
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

SCHEMA = ("CREATE TABLE t (id TEXT PRIMARY KEY, name TEXT, born TEXT, note TEXT)",
          "CREATE INDEX t_name ON t(name)")
APP_PERSONS, APP_CASES, APP_STEPS = 20_000, 60_000, 300


@contextlib.contextmanager
def unencrypted() -> Iterator[None]:
    """The app's own connections, without the key pragma: plain SQLite files in the same build."""
    from cii_desktop.services import data_folder
    from cii_desktop.storage import database

    keyed, inspect = database._key_pragma, data_folder.inspect_file
    database._key_pragma = lambda key: "PRAGMA user_version"  # type: ignore[assignment]
    data_folder.inspect_file = lambda path: None  # type: ignore[assignment]  # a plain file is the point here
    try:
        yield
    finally:
        database._key_pragma = keyed  # type: ignore[assignment]
        data_folder.inspect_file = inspect  # type: ignore[assignment]


def _rows(rng: random.Random, count: int) -> list[tuple[str, str, str, str]]:
    return [(f"{rng.getrandbits(128):032x}", f"name{rng.randrange(5000)}", f"19{rng.randrange(60, 99)}-01-01",
             "x" * rng.randrange(20, 200)) for _ in range(count)]


def bulk_workload(conn: Any, rows: int = 100_000) -> float:
    """Stress: bulk inserts in transactions of 5,000, then point and range reads."""
    rng = random.Random(3)
    for sql in SCHEMA:
        conn.execute(sql)
    data = _rows(rng, rows)
    started = time.perf_counter()
    for chunk in range(0, rows, 5000):
        conn.execute("BEGIN")
        conn.executemany("INSERT INTO t VALUES (?, ?, ?, ?)", data[chunk:chunk + 5000])
        conn.execute("COMMIT")
    for _ in range(5000):
        conn.execute("SELECT * FROM t WHERE id = ?", (rng.choice(data)[0],)).fetchall()
    for _ in range(500):
        name = f"name{rng.randrange(5000)}"
        conn.execute("SELECT count(*), max(born) FROM t WHERE name = ?", (name,)).fetchall()
    conn.execute("SELECT count(*) FROM t WHERE note LIKE '%xx%'").fetchall()
    return time.perf_counter() - started


def commit_workload(conn: Any, base_rows: int = 50_000) -> float:
    """Stress: small commits (4 inserts + 1 update) each followed by 10 point reads and now and
    then a page of a sorted list, in raw SQL on a filled table."""
    rng = random.Random(4)
    for sql in SCHEMA:
        conn.execute(sql)
    data = _rows(rng, base_rows)
    conn.execute("BEGIN")
    conn.executemany("INSERT INTO t VALUES (?, ?, ?, ?)", data)
    conn.execute("COMMIT")
    started = time.perf_counter()
    for n in range(1500):
        conn.execute("BEGIN")
        conn.executemany("INSERT INTO t VALUES (?, ?, ?, ?)", _rows(rng, 4))
        conn.execute("UPDATE t SET note = ? WHERE id = ?", ("edited", rng.choice(data)[0]))
        conn.execute("COMMIT")
        for _ in range(10):
            conn.execute("SELECT * FROM t WHERE id = ?", (rng.choice(data)[0],)).fetchall()
        if n % 10 == 0:
            conn.execute("SELECT id, name, born FROM t WHERE name >= ? ORDER BY name LIMIT 200",
                         (f"name{rng.randrange(5000)}",)).fetchall()
    return time.perf_counter() - started


def app_workload(store: Any, steps: int = APP_STEPS, seed: int = 8) -> float:
    """A case worker's session through the app's services (see the module docstring)."""
    from cii_desktop.domain.person import PersonInput
    from cii_desktop.services import cases
    from cii_desktop.services.case_list import CaseFilter, list_cases
    from cii_desktop.storage.models import Person

    rng = random.Random(seed)
    conn = store.read_connection()
    case_ids = [r[0] for r in conn.execute("SELECT id FROM case_file ORDER BY id LIMIT 2000")]
    person_ids = [r[0] for r in conn.execute("SELECT id FROM person ORDER BY id LIMIT 2000")]
    typed = ("mar", "müller", "sion", "bert", "gam", "savièse", "ann")
    started = time.perf_counter()
    for n in range(steps):
        person_id = rng.choice(person_ids)
        with store.reading() as session:
            person = session.get(Person, person_id)
            form = PersonInput(**{name: getattr(person, name) for name in PersonInput().as_dict()})
        form.phone = f"079 {n % 1000:03d} {rng.randrange(100):02d} {rng.randrange(100):02d}"
        with store.unit_of_work() as uow:
            cases.update_person(uow, person_id, form)
        with store.unit_of_work() as uow:
            cases.add_journal_entry(uow, rng.choice(case_ids), f"Entretien téléphonique {n}", "bench")
        for _ in range(3):
            with store.reading() as session:
                cases.case_detail(session, rng.choice(case_ids))
        list_cases(store, CaseFilter(), offset=rng.randrange(0, 2000))
        list_cases(store, CaseFilter(text=rng.choice(typed)))
    return time.perf_counter() - started


def _raw_connection(path: Path, key: bytes | None, cache_kib: int) -> Any:
    """The app's own connection (storage.database.connect); without a key, the same build and
    pragmas on an unencrypted file."""
    from cii_desktop.storage.database import connect

    if key is None:
        with unencrypted():
            conn = connect(path, b"\0" * 32, check=False, cache_kib=cache_kib)
    else:
        conn = connect(path, key, check=False, cache_kib=cache_kib)
    conn.isolation_level = None
    return conn


def _pairs(runs: dict[str, Callable[[str, int], float]], pairs: int) -> dict[str, float]:
    """Run each workload ``pairs`` times on both engines, the first of a pair alternating (so that
    warming up favours neither); medians and pair ratios."""
    times: dict[str, list[float]] = {f"{name}_{engine}": [] for name in runs for engine in ("plain", "cipher")}
    for run in range(pairs):
        for name, work in runs.items():
            for engine in ("plain", "cipher") if run % 2 == 0 else ("cipher", "plain"):
                times[f"{name}_{engine}"].append(work(engine, run))
    result = {name: statistics.median(values) for name, values in times.items()}
    for name in runs:
        ratios = [c / p for c, p in zip(times[f"{name}_cipher"], times[f"{name}_plain"], strict=True)]
        result[f"{name}_ratio"] = statistics.median(ratios)
        result[f"{name}_ratio_min"], result[f"{name}_ratio_max"] = min(ratios), max(ratios)
    return result


def bench_cipher(tmp: Path, pairs: int = 5) -> dict[str, float]:
    """All three workloads; the app's databases are generated once per engine (keystore in the
    environment: call with keyring set to the benchmark's EnvKeyring)."""
    from cii_desktop.services.data_folder import open_database
    from cii_desktop.storage.database import CACHE_KIB, READ_CACHE_KIB
    from cii_desktop.storage.keys import new_database_key
    from tests.benchmarks.generate import generate

    for engine in ("plain", "cipher"):
        with unencrypted() if engine == "plain" else contextlib.nullcontext():
            store, _seconds = generate(tmp / f"app-{engine}", APP_PERSONS, APP_CASES, 2000)
            store.close()

    def app(engine: str, run: int) -> float:
        with unencrypted() if engine == "plain" else contextlib.nullcontext():
            store = open_database(tmp / f"app-{engine}")
            try:
                return app_workload(store, seed=run)
            finally:
                store.close()

    def raw(name: str, workload: Callable[[Any], float], cache_kib: int) -> Callable[[str, int], float]:
        def run_once(engine: str, run: int) -> float:
            key = new_database_key() if engine == "cipher" else None
            conn = _raw_connection(tmp / f"{name}-{engine}-{run}.db", key, cache_kib)
            try:
                return workload(conn)
            finally:
                conn.close()
        return run_once

    # The commit stress as on the window's thread: one connection (large cache) for reads and writes.
    commits = raw("commit", commit_workload, READ_CACHE_KIB)
    bulk = raw("bulk", bulk_workload, CACHE_KIB)
    result = _pairs({"app": app, "commit": commits, "bulk": bulk}, pairs)
    result["plain_is_plain"] = float((tmp / "app-plain" / "cii.db").read_bytes()[:15] == b"SQLite format 3")
    result["cipher_is_encrypted"] = float(b"SQLite format 3" not in (tmp / "app-cipher" / "cii.db").read_bytes()[:100])
    return result


def rows(cipher: dict[str, float]) -> list[tuple[str, str, str, Any]]:
    """The table rows of these figures: (metric, value, target, met or "")."""
    out: list[tuple[str, str, str, Any]] = []
    labels = {"app": f"app workload ({APP_STEPS} steps, {APP_PERSONS:,} persons)",
              "commit": "commit stress (raw SQL)", "bulk": "bulk-insert stress (raw SQL)"}
    for name, label in labels.items():
        ratio = cipher[f"{name}_ratio"]
        out += [(f"{label}, SQLite", f"{cipher[f'{name}_plain']:.2f} s", "-", ""),
                (f"{label}, SQLCipher", f"{cipher[f'{name}_cipher']:.2f} s", "-", ""),
                ("  SQLCipher / SQLite (median of pairs)", f"{ratio:.2f}x",
                 "<= 1.3x" if name == "app" else "(info)", ratio <= 1.3 if name == "app" else ""),
                ("  pair ratios min / max",
                 f"{cipher[f'{name}_ratio_min']:.2f} / {cipher[f'{name}_ratio_max']:.2f}", "", "")]
    checked = bool(cipher["plain_is_plain"] and cipher["cipher_is_encrypted"])
    out.append(("files: plain is SQLite, cipher is not", "yes" if checked else "no", "yes", checked))
    return out


def print_table(table: list[tuple[str, str, str, Any]]) -> None:
    print(f"\n{'metric':<52} {'value':>22} {'target':>12}  ok")
    print("-" * 94)
    for name, value, target, ok in table:
        mark = "" if ok == "" else ("yes" if ok else "NO")
        print(f"{name:<52} {value:>22} {target:>12}  {mark}")


def main() -> int:
    import os

    import keyring

    from tests.benchmarks.env_keyring import EnvKeyring

    keyring.set_keyring(EnvKeyring())
    with tempfile.TemporaryDirectory(prefix="cii-bench-") as tmp_name:
        tmp = Path(tmp_name)
        home = tmp / "home"
        os.environ.update({"HOME": str(home), "XDG_CONFIG_HOME": str(home / "config")})
        print("Generating two databases of 20,000 persons / 60,000 cases, then 5 pairs of runs…", flush=True)
        print_table(rows(bench_cipher(tmp)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
