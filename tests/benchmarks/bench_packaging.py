"""Benchmark of the frozen build (issue 18): start-up to first paint, frozen vs source; size.

    .venv/bin/python -m tests.benchmarks.bench_packaging --frozen dist/cii-desktop/cii-desktop \\
        [--persons 60] [--runs 5]

Both programs open the same demo data folder (made by the frozen program, fictional cases) in
the same run, alternately, offscreen, each started as a new process; the time is from the
process start to the line ``FIRST_PAINT`` the window prints right after the main window's first
paint (``CII_DESKTOP_EXIT_AFTER_FIRST_PAINT``); the line names the window painted, and the table
says which: a demo folder opens on the main window, while a folder under a passphrase of one's
own would first paint the unlock dialog (a different, shorter start: the benchmark refuses to
compare two programs that painted different windows). The source program is ``python -m cii_desktop``
of this checkout's environment. The first pair of runs warms the disk cache and is not counted
(the machine's cache is not dropped: a shared machine). Then the installed size, and what takes
the space, biggest first.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tests.benchmarks.cipher_workloads import print_table

ROOT = Path(__file__).resolve().parents[2]


def child_env(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("CII_DESKTOP", "PYTHON"))}
    env.update({"HOME": str(home), "XDG_CONFIG_HOME": str(home / "config"),
                "XDG_DATA_HOME": str(home / "data"), "XDG_STATE_HOME": str(home / "state"),
                "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
                "CII_DESKTOP_PRESETS": str(home / "no-presets.ini"),
                "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")})
    return env


def first_paint(command: list[str], env: dict[str, str], cwd: Path) -> tuple[float, str]:
    """Seconds from the process start to its FIRST_PAINT line, and the window it painted."""
    started = time.perf_counter()
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
                            env={**env, "CII_DESKTOP_EXIT_AFTER_FIRST_PAINT": "1"}, cwd=cwd)
    assert proc.stdout is not None
    painted, window = None, "?"
    lines = []
    for line in proc.stdout:
        lines.append(line.strip())
        if line.startswith("FIRST_PAINT") and painted is None:
            painted = time.perf_counter() - started
            window = line.strip().rpartition("window=")[2] or "?"
    proc.wait(timeout=300)
    if painted is None:
        raise RuntimeError(f"no first paint: {command[0]} printed {lines}")
    return painted, window


def sizes(folder: Path) -> list[tuple[str, int]]:
    """Bytes per group: the big folders of the bundle one level down, Qt's libraries one by one."""
    groups: dict[str, int] = {}
    for path in folder.rglob("*"):
        if not path.is_file() or path.is_symlink():
            continue
        rel = path.relative_to(folder).parts
        if rel[0] == "_internal" and len(rel) > 1:
            rel = rel[1:]
        if rel[0] == "PySide6" and len(rel) > 3 and rel[1] == "Qt":
            key = "/".join(rel[:4]) if rel[2] == "lib" else "/".join(rel[:3])
        elif len(rel) > 1:
            key = rel[0]
        else:
            key = rel[0]  # a library of the bundle's top (libpython, OpenSSL, ...)
        groups[key] = groups.get(key, 0) + path.stat().st_size
    return sorted(groups.items(), key=lambda item: -item[1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--frozen", type=Path, default=ROOT / "dist" / "cii-desktop" / "cii-desktop")
    parser.add_argument("--persons", type=int, default=60)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--top", type=int, default=15)
    args = parser.parse_args()
    frozen = args.frozen.resolve()
    with tempfile.TemporaryDirectory(prefix="cii-bench-packaging-") as tmp:
        home = Path(tmp)
        env = child_env(home)
        subprocess.run([str(frozen), "demo", "--data-dir", "demo", "--persons", str(args.persons)],
                       env=env, cwd=home, check=True, capture_output=True, timeout=600)
        programs = {"frozen": [str(frozen), "--data-dir", "demo", "--lang", "fr"],
                    "source": [sys.executable, "-m", "cii_desktop", "--data-dir", "demo", "--lang", "fr"]}
        times: dict[str, list[float]] = {name: [] for name in programs}
        windows: set[str] = set()
        source_env = {**env, "PYTHONPATH": str(ROOT)}
        for run in range(args.runs + 1):
            for name, command in programs.items():
                seconds, window = first_paint(command, source_env if name == "source" else env, home)
                windows.add(window)
                if run:  # the first pair warms the disk cache
                    times[name].append(seconds)
    if len(windows) != 1:
        raise RuntimeError(f"the runs painted different windows first: {sorted(windows)}")
    frozen_med, source_med = statistics.median(times["frozen"]), statistics.median(times["source"])
    ratio = frozen_med / source_med
    ratios = [f / s for f, s in zip(times["frozen"], times["source"], strict=True)]
    total = sum(size for _name, size in sizes(frozen.parent))
    table = [
        (f"start to first paint, frozen (median of {args.runs})", f"{frozen_med:.2f} s",
         "", ""),
        ("  range over runs", f"{min(times['frozen']):.2f}-{max(times['frozen']):.2f} s", "", ""),
        (f"start to first paint, source (median of {args.runs})", f"{source_med:.2f} s", "", ""),
        ("  range over runs", f"{min(times['source']):.2f}-{max(times['source']):.2f} s", "", ""),
        ("ratio frozen / source (medians)", f"{ratio:.2f}", "<= 1.2", ratio <= 1.2),
        ("  range of the ratio over pairs of runs", f"{min(ratios):.2f}-{max(ratios):.2f}", "", ""),
        ("installed size (program folder)", f"{total / 2**20:.0f} MB", "<= 250 MB", total <= 250 * 2**20),
    ]
    print(f"demo folder: {args.persons} persons; {args.runs} counted runs of each program; "
          f"first paint measured on: {windows.pop()}")
    print_table(table)
    print(f"\n{'what takes the space':<60} {'MB':>8}")
    print("-" * 69)
    for name, size in sizes(frozen.parent)[:args.top]:
        print(f"{name:<60} {size / 2**20:>8.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
