"""Benchmark of the input guard on a long note (not a test): prints a table.

    python -m tests.benchmarks.bench_input_guard [--chars 20000] [--keys 200] [--runs 3]

A guarded QPlainTextEdit holding ``--chars`` characters; ``--keys`` keystrokes typed in its middle
(real key events, offscreen). Rows: the guard's cost per keystroke (typing with the guard less typing
without it), and for reference what reading and checking the whole text on every keystroke costs
(what the guard did before issue 17's review).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, Qt  # noqa: E402
from PySide6.QtGui import QKeyEvent  # noqa: E402
from PySide6.QtWidgets import QApplication, QPlainTextEdit  # noqa: E402

from cii_desktop.domain.text import TEXT_MAX, text_problem  # noqa: E402
from cii_desktop.gui import input_guard  # noqa: E402


def typing_ms(edit: QPlainTextEdit, text: str, keys: int) -> float:
    """Milliseconds per keystroke typed at the middle of ``text``."""
    edit.setPlainText(text)
    cursor = edit.textCursor()
    cursor.setPosition(len(text) // 2)
    edit.setTextCursor(cursor)
    start = time.perf_counter()
    for _ in range(keys):
        QApplication.sendEvent(edit, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier, "a"))
    return (time.perf_counter() - start) * 1000 / keys


def rescan_ms(edit: QPlainTextEdit, keys: int) -> float:
    start = time.perf_counter()
    for _ in range(keys):
        text_problem(edit.toPlainText(), TEXT_MAX, multiline=True)
    return (time.perf_counter() - start) * 1000 / keys


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--chars", type=int, default=20_000)
    parser.add_argument("--keys", type=int, default=200)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    text = ("Une longue note de suivi, écrite au fil des entretiens.\n" * (args.chars // 40 + 1))[:args.chars]
    plain, guarded = QPlainTextEdit(), QPlainTextEdit()
    input_guard.guard(guarded)
    rows: dict[str, list[float]] = {"guarded": [], "plain": [], "guard": [], "rescan": []}
    for _ in range(args.runs):
        rows["plain"].append(typing_ms(plain, text, args.keys))
        rows["guarded"].append(typing_ms(guarded, text, args.keys))
        rows["guard"].append(max(0.0, rows["guarded"][-1] - rows["plain"][-1]))
        rows["rescan"].append(rescan_ms(guarded, args.keys))
    assert guarded.toPlainText().count("a") >= args.keys
    print(f"{args.chars} characters, {args.keys} keystrokes, {args.runs} runs (ms per keystroke)")
    print(f"{'measure':<44}{'median':>10}{'min':>10}{'max':>10}")
    labels = {"plain": "typing, no guard", "guarded": "typing, guarded",
              "guard": "the guard's share", "rescan": "reference: whole text read and checked"}
    for key, label in labels.items():
        values = rows[key]
        print(f"{label:<44}{statistics.median(values):>10.3f}{min(values):>10.3f}{max(values):>10.3f}")
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
