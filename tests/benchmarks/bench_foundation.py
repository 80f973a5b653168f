"""Benchmark of the foundation issue on a generated encrypted database; prints a table of figures.

    python -m tests.benchmarks.bench_foundation                # 100,000 persons, 300,000 cases
    python -m tests.benchmarks.bench_foundation --persons 10000 --cases 30000   # quicker look

Not a test: figures vary with the machine. Targets are those of the foundation issue.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(ROOT))


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[max(0, int(round(0.95 * len(ordered))) - 1)]


def child_env(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("CII_DESKTOP")}
    env.update({"HOME": str(home), "XDG_CONFIG_HOME": str(home / "config"),
                "XDG_DATA_HOME": str(home / "data"), "XDG_STATE_HOME": str(home / "state"),
                "PYTHONPATH": str(ROOT), "PYTHON_KEYRING_BACKEND": "tests.benchmarks.env_keyring.EnvKeyring",
                "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")})
    return env


def timed_start(args: list[str], env: dict[str, str]) -> tuple[float, list[str]]:
    """Seconds from process start to its "SHOWN" line, and everything it printed."""
    started = time.perf_counter()
    proc = subprocess.Popen([sys.executable, str(ROOT / "tests" / "benchmarks" / "cold_start.py"), *args],
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env, cwd=ROOT)
    assert proc.stdout is not None
    shown = None
    lines = []
    for line in proc.stdout:
        lines.append(line.strip())
        if line.startswith("SHOWN") and shown is None:
            shown = time.perf_counter() - started
    proc.wait(timeout=300)
    if shown is None:
        raise RuntimeError(f"the window was not shown: {lines}")
    return shown, lines


def bench_start(folder: Path, home: Path, runs: int) -> dict[str, float]:
    env = child_env(home)
    real, bare, rows, peaks = [], [], 0, []
    for _ in range(runs):
        seconds, _lines = timed_start(["--bare"], env)
        bare.append(seconds)
        seconds, lines = timed_start([str(folder)], env)
        real.append(seconds)
        rows = int(next(line for line in lines if line.startswith("SHOWN")).split()[1])
        peaks += [float(line.split()[1]) for line in lines if line.startswith("PEAK_RSS_MB")]
    return {"start": statistics.median(real), "bare": statistics.median(bare), "rows": rows,
            "peak": max(peaks) if peaks else float("nan")}


def queries(store, count: int, rng: random.Random) -> list[str]:  # type: ignore[no-untyped-def]
    """What people type, keystroke by keystroke (2 characters and more): names, communes, AVS, refs."""
    from sqlalchemy import text

    with store.engine.connect() as conn:
        sample = conn.execute(text("SELECT last_name, first_name, commune, avs_number FROM person "
                                   "ORDER BY random() LIMIT 200")).all()
    typed: list[str] = []
    while len(typed) < count:
        last, first, commune, avs = rng.choice(sample)
        target = rng.choice([last.lower(), f"{last} {first[:3]}".lower(), commune.lower(), avs[:12],
                             f"{first} {last[:4]}".lower()])
        typed += [target[:n] for n in range(2, len(target) + 1)]
    return typed[:count]


def bench_gui_paths(store, folder: Path, rng: random.Random) -> dict[str, float]:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication

    from cii_desktop.gui import i18n, tasks
    from cii_desktop.gui.main_window import MainWindow
    from cii_desktop.gui.settings import AppSettings
    from cii_desktop.services.case_list import CaseFilter

    app = QApplication.instance() or QApplication(sys.argv[:1])
    i18n.install(app, "fr")
    window = MainWindow(store, folder, AppSettings())
    window._finish_start()  # as after the first paint: the referral and handlings tabs show each case
    tasks.wait_all()
    typed = queries(store, 200, rng)
    search_ms = []
    for query in typed:
        started = time.perf_counter()
        window.cases.set_filter(CaseFilter(text=query))
        search_ms.append((time.perf_counter() - started) * 1000)
    window.cases.set_filter(CaseFilter())
    detail_ms = []
    ids = [window.cases.case_id(r) for r in range(window.cases.rowCount())]
    for case_id in rng.sample(ids, 100):
        started = time.perf_counter()
        window.current_case_id = case_id
        window._show_detail()
        detail_ms.append((time.perf_counter() - started) * 1000)
    window.close()
    return {"search_p95": p95(search_ms), "search_median": statistics.median(search_ms),
            "search_max": max(search_ms), "detail_p95": p95(detail_ms)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--persons", type=int, default=100_000)
    parser.add_argument("--cases", type=int, default=300_000)
    parser.add_argument("--reminders", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=5, help="cold starts to take the median of")
    args = parser.parse_args()

    import keyring

    from tests.benchmarks.cipher_workloads import bench_cipher, print_table
    from tests.benchmarks.cipher_workloads import rows as cipher_rows
    from tests.benchmarks.env_keyring import EnvKeyring
    from tests.benchmarks.generate import generate

    keyring.set_keyring(EnvKeyring())
    rng = random.Random(5)
    with tempfile.TemporaryDirectory(prefix="cii-bench-") as tmp_name:
        tmp = Path(tmp_name)
        home = tmp / "home"
        os.environ.update({"HOME": str(home), "XDG_CONFIG_HOME": str(home / "config")})
        folder = tmp / "data"
        print(f"Generating {args.persons:,} persons and {args.cases:,} cases (encrypted)…", flush=True)
        store, gen_s = generate(folder, args.persons, args.cases, args.reminders)
        size_mb = (folder / "cii.db").stat().st_size / 1e6
        gui = bench_gui_paths(store, folder, rng)
        store.close()
        start = bench_start(folder, home, args.runs)
        cipher = bench_cipher(tmp)

    ratio_start = start["start"] / start["bare"]
    table = [
        ("generate database", f"{gen_s:.1f} s ({size_mb:.0f} MB)", "-", ""),
        ("cold start to list shown (median)", f"{start['start'] * 1000:.0f} ms", "<= 1000 ms",
         start["start"] <= 1.0),
        ("bare PySide6 window (median)", f"{start['bare'] * 1000:.0f} ms", "-", ""),
        ("start / bare", f"{ratio_start:.2f}x", "<= 4x", ratio_start <= 4),
        ("rows in list at start", f"{start['rows']}", "> 0", start["rows"] > 0),
        ("search as you type p95 (200 queries)", f"{gui['search_p95']:.1f} ms", "<= 30 ms",
         gui["search_p95"] <= 30),
        ("  median / max", f"{gui['search_median']:.1f} / {gui['search_max']:.1f} ms", "", ""),
        ("open a case detail p95", f"{gui['detail_p95']:.1f} ms", "<= 50 ms", gui["detail_p95"] <= 50),
        ("peak memory of the GUI process", f"{start['peak']:.0f} MB", "<= 300 MB", start["peak"] <= 300),
    ] + cipher_rows(cipher)
    print_table(table)
    return 0


if __name__ == "__main__":
    sys.exit(main())
