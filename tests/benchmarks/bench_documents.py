"""Benchmark of the document engine (not a test): prints a table of figures and ratios on generated data.

    python -m tests.benchmarks.bench_documents [--cases 200] [--repeat 15]

Every form of the referral path is rendered in French and German from a database holding ``--cases``
cases walked through the whole path (median of ``--repeat`` renders, after one warm-up), against the
issue's target of 150 ms per form; the print preview is opened (record issued, PDF rendered, QtPdf
document ready) against 500 ms.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

import keyring

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from cii_desktop.services import bureau, case_events, documents, meetings, referral  # noqa: E402
from cii_desktop.services.data_folder import create_database  # noqa: E402
from tests.integration.test_meetings import MINUTES  # noqa: E402
from tests.support.memory_keyring import MemoryKeyring  # noqa: E402
from tests.support.referral import TODAY, new_case, walk_to_announcement  # noqa: E402
from tests.support.roles import ensure_bureau

FORM_TARGET_MS, PREVIEW_TARGET_MS = 150.0, 500.0


def _fill(store, count: int) -> list[str]:  # type: ignore[no-untyped-def]
    ids = []
    for index in range(count):
        case_id = new_case(store, f"Nom{index:05d}", "Émilie", lse=True, avs_digits=f"{100000000 + index}")
        announcement = walk_to_announcement(store, case_id)
        ensure_bureau(store)
        with store.unit_of_work() as uow:
            bureau.decide(uow, announcement, "accepted", "Bureau", handling="assessment", reason="r", today=TODAY)
            for kind in meetings.KINDS:
                meeting = meetings.schedule(uow, case_id, kind, TODAY, "Sion", "Marc", ["ORP", "CMS"], today=TODAY)
                meetings.record_minutes(uow, meeting.id, MINUTES, today=TODAY)
            referral.record_collaboration(uow, case_id, "orp_to_cms", 1, TODAY, "Anne", today=TODAY)
            referral.record_legal_basis(uow, case_id, TODAY, "Chef CMS", "Anne", today=TODAY)
            referral.record_refusal(uow, case_id, TODAY, "Anne", "n", today=TODAY)
            case_events.record_warning(uow, case_id, TODAY, "Anne", "Absent", True, today=TODAY)
            case_events.close(uow, case_id, TODAY, "Anne", "other", "Fin", True, today=TODAY)
        ids.append(case_id)
    return ids


def _time(fn, repeat: int) -> float:  # type: ignore[no-untyped-def]
    fn()  # warm-up: fonts, imports, page templates
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cases", type=int, default=200)
    parser.add_argument("--repeat", type=int, default=15)
    args = parser.parse_args()
    keyring.set_keyring(MemoryKeyring())
    with tempfile.TemporaryDirectory() as tmp:
        store = create_database(Path(tmp) / "data", "keystore").store
        start = time.perf_counter()
        ids = _fill(store, args.cases)
        print(f"generated {len(ids)} cases through the whole referral path in {time.perf_counter() - start:.1f} s")
        target = ids[len(ids) // 2]
        print("| form | FR (ms) | DE (ms) | bilingual (ms) | worst / 150 ms |\n| --- | --- | --- | --- | --- |")
        worst_all = 0.0
        for kind in documents.kinds():
            if kind in ("contract", "tandem_plan"):
                continue  # the joint handlings' documents: tests/benchmarks/bench_handlings.py
            figures = []
            for language in ("fr", "de", "bilingual"):
                def render(kind: str = kind, language: str = language) -> None:
                    with store.unit_of_work() as uow:
                        documents.print_case_document(uow, target, kind, language)
                figures.append(_time(render, args.repeat))
            worst = max(figures)
            worst_all = max(worst_all, worst)
            print(f"| {kind} | {figures[0]:.0f} | {figures[1]:.0f} | {figures[2]:.0f} | {worst / FORM_TARGET_MS:.2f} |")
        from PySide6.QtPdf import QPdfDocument
        from PySide6.QtWidgets import QApplication

        from cii_desktop.gui import i18n
        from cii_desktop.gui.document_dialog import DocumentDialog

        app = QApplication.instance() or QApplication(sys.argv)
        i18n.install(app, "fr")

        def preview() -> None:
            dialog = DocumentDialog(store, target, "grid", "fr")
            assert dialog._pdf.status() == QPdfDocument.Status.Ready and dialog._pdf.pageCount() >= 1
            dialog.deleteLater()

        preview_ms = _time(preview, args.repeat)
        print(f"| print preview (issue + render + QtPdf ready) | {preview_ms:.0f} | | | "
              f"{preview_ms / PREVIEW_TARGET_MS:.2f} of 500 ms |")
        print(f"\nslowest form: {worst_all:.0f} ms ({worst_all / FORM_TARGET_MS:.2f} of the 150 ms target); "
              f"preview {preview_ms:.0f} ms ({preview_ms / PREVIEW_TARGET_MS:.2f} of 500 ms)")
        store.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
