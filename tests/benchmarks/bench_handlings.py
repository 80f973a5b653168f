"""Benchmark of the joint handlings (not a test): prints a table of figures and ratios on generated data.

    python -m tests.benchmarks.bench_handlings [--reminders 10000] [--repeat 15]

- A contrat d'objectifs with 8 objectives and 20 measures, team of 5, printed (version issued in its
  transaction, then rendered) in FR and DE: median of ``--repeat`` renders against 200 ms.
- The "due" panel with ``--reminders`` open reminders spread over 2,000 cases: read from the encrypted
  database, the model reset, the view laid out and painted; median against 200 ms.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

import keyring

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from cii_desktop.domain.contract import Measure, Objective  # noqa: E402
from cii_desktop.services import assessment, documents  # noqa: E402
from cii_desktop.services.data_folder import create_database  # noqa: E402
from cii_desktop.storage.models import Reminder  # noqa: E402
from tests.support.handlings import contract_content, held_assessment  # noqa: E402
from tests.support.memory_keyring import MemoryKeyring  # noqa: E402
from tests.support.referral import TODAY, new_case  # noqa: E402

TARGET_MS = 200.0
FRAMES = [("LACI", "ORP"), ("LEMC", "ORP"), ("LIAS", "CMS"), ("AI", "OAI"), ("other", "OSP")]


def _time(fn, repeat: int) -> tuple[float, float]:  # type: ignore[no-untyped-def]
    fn()  # warm-up: fonts, imports
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples), max(samples)


def big_contract() -> object:
    objectives = []
    for i in range(8):
        count = 3 if i < 4 else 2  # 4 x 3 + 4 x 2 = 20 measures
        measures = tuple(Measure(f"Mesure {i + 1}.{j + 1} – stage, cours ou suivi avec un texte assez long",
                                 FRAMES[(i + j) % 5][0], "Fondation Emploi Valais, Sion", FRAMES[(i + j) % 5][1],
                                 FRAMES[(i + j) % 5][1], TODAY + dt.timedelta(days=7 * j),
                                 TODAY + dt.timedelta(days=90 + 7 * j)) for j in range(count))
        objectives.append(Objective(f"Objectif {i + 1} : retrouver un rythme, des compétences et un réseau", measures))
    return dataclasses.replace(contract_content(), objectives=tuple(objectives),
                               review_dates=tuple(TODAY + dt.timedelta(days=60 * k) for k in range(1, 5)))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--reminders", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=15)
    args = parser.parse_args()
    keyring.set_keyring(MemoryKeyring())
    with tempfile.TemporaryDirectory() as tmp:
        store = create_database(Path(tmp) / "data", "keystore").store
        case_id = new_case(store, "Délèze", "Hélène")
        handling_id, contract_id = held_assessment(store, case_id)
        with store.unit_of_work() as uow:
            assessment.set_team(uow, handling_id, [assessment.Member("Anne Rochat", "announcing", "ORP"),
                                                   assessment.Member("Beat Coppey", "respondent", "CMS"),
                                                   assessment.Member("Carla Bonvin", "respondent", "OAI"),
                                                   assessment.Member("Dr Claire Fellay", "smr_doctor", "SMR"),
                                                   assessment.Member("Hélène Délèze", "the_person", "")])
            assessment.save_contract(uow, contract_id, big_contract())  # type: ignore[arg-type]
        print("| what | FR median (ms) | DE median (ms) | worst sample (ms) | median / 200 ms |")
        print("| --- | --- | --- | --- | --- |")
        figures = []
        for language in ("fr", "de"):
            def render(language: str = language) -> None:
                with store.unit_of_work() as uow:
                    doc = documents.issue(uow, case_id, "contract", language, subject_id=contract_id)
                    documents.render(uow.session, doc.id, language)
            figures.append(_time(render, args.repeat))
        worst = max(f[0] for f in figures)
        print(f"| contract, 8 objectives / 20 measures | {figures[0][0]:.0f} | {figures[1][0]:.0f} | "
              f"{max(f[1] for f in figures):.0f} | {worst / TARGET_MS:.2f} |")

        # The due panel
        rng = random.Random(5)
        start = time.perf_counter()
        case_ids = [new_case(store, f"Nom{i:05d}", "Émilie", avs_digits=f"{200000000 + i}") for i in range(2000)]
        with store.unit_of_work() as uow:
            for k in range(args.reminders):
                uow.add(Reminder(case_id=case_ids[k % len(case_ids)], title=f"Revue du contrat d'objectifs {k}",
                                 due_on=TODAY + dt.timedelta(days=rng.randint(-200, 29)), source="bench"))
        print(f"\n(generated 2,000 cases and {args.reminders:,} open reminders in {time.perf_counter() - start:.1f} s)")
        from PySide6.QtWidgets import QApplication, QTableView

        from cii_desktop.gui import i18n
        from cii_desktop.gui.due_model import DueModel

        app = QApplication.instance() or QApplication(sys.argv)
        i18n.install(app, "fr")
        model = DueModel(store)
        view = QTableView()
        view.setModel(model)
        view.resize(1200, 300)
        view.show()

        def fill() -> None:
            rows = DueModel.read(store, TODAY)
            model.set_rows(TODAY, rows)
            view.viewport().repaint()
            assert model.rowCount() >= args.reminders * 0.99

        median, worst_sample = _time(fill, args.repeat)
        print(f"| due panel, {model.rowCount():,} open reminders (read + model + paint) | {median:.0f} | | "
              f"{worst_sample:.0f} | {median / TARGET_MS:.2f} |")
        print(f"\ncontract: {worst:.0f} ms ({worst / TARGET_MS:.2f} of 200 ms); due panel: {median:.0f} ms "
              f"({median / TARGET_MS:.2f} of 200 ms); overdue rows: {model.overdue_count():,}")
        view.close()
        store.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
