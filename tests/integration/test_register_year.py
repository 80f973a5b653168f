"""The Bureau's register moves in: a whole year (the seed report's 2012 paragraph) imported from xlsx, in French
and German layouts, through the real command line on a real encrypted folder; every figure asserted."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from cii_desktop.services.data_folder import create_database
from tests.support.register import rows_2012, workbook

ROOT = Path(__file__).resolve().parents[2]
PASSPHRASE = "register test passphrase"

EXPECTED_2012 = {
    "year": 2012, "announced": 97, "refused": 18, "coordinated": 67, "coordinated_share": 0.6907,
    "assessment": {"decided": 26, "waiting": 4, "held": 22, "closed": 6,
                   "outcomes": {"work": 3, "social_assistance": 2, "disability_insurance": 1, "orp": 0,
                                "network": 0, "other": 0}},
    "round_table": {"decided": 15, "organising": 3, "held": 12,
                    "outcomes": {"work": 3, "network": 4, "orp": 1, "social_assistance": 0,
                                 "disability_insurance": 0, "pending": 4}},
    "tandem": {"total": 26, "by_region": {"sion": 24, "sierre": 0, "martigny": 0, "monthey": 2, "upper_valais": 0},
               "outcomes": {"work": 13, "lack_of_cooperation": 2, "lack_of_availability": 3, "social_assistance": 1,
                            "ongoing": 7},
               "employment_rate": 0.5},
}


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "CII_DESKTOP_PASSPHRASE": PASSPHRASE, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-m", "cii_desktop", *args], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=300, stdin=subprocess.DEVNULL)


def new_folder(tmp_path: Path, name: str) -> Path:
    folder = tmp_path / name
    create_database(folder, "passphrase", PASSPHRASE).store.close()
    return folder


def stats(folder: Path, year: int = 2012) -> dict[str, object]:
    done = cli("stats", "--data-dir", str(folder), "--year", str(year), "--json")
    assert done.returncode == 0, done.stderr
    figures: dict[str, object] = json.loads(done.stdout)
    return figures


def assert_2012(figures: dict[str, object]) -> None:
    for key, value in EXPECTED_2012.items():
        assert figures[key] == value, key
    assert sum(figures["by_region"].values()) == 97  # type: ignore[attr-defined]
    assert sum(figures["by_institution"].values()) == 97  # type: ignore[attr-defined]
    assert list(figures) == ["year", "announced", "refused", "coordinated", "coordinated_share", "by_region",
                             "by_institution", "assessment", "round_table", "tandem"]


@pytest.mark.parametrize("language", ["fr", "de"])
def test_a_year_imported_gives_every_figure_of_the_report(tmp_path: Path, language: str) -> None:
    folder = new_folder(tmp_path, "data")
    register = tmp_path / "register.xlsx"
    register.write_bytes(workbook(rows_2012(), language, title_rows=2))
    dry = cli("import-register", "--data-dir", str(folder), str(register), "--dry-run", "--lang", language)
    assert dry.returncode == 0, dry.stdout + dry.stderr
    assert {"fr": "rien n'a été écrit", "de": "nichts geschrieben"}[language] in dry.stdout
    assert stats(folder)["announced"] == 0
    done = cli("import-register", "--data-dir", str(folder), str(register), "--lang", language)
    assert done.returncode == 0, done.stdout + done.stderr
    assert {"fr": "100 situations importées", "de": "100 Situationen importiert"}[language] in done.stdout
    assert_2012(stats(folder))
    assert stats(folder, 2013)["announced"] == 2 and stats(folder, 2011)["announced"] == 1
    again = cli("import-register", "--data-dir", str(folder), str(register), "--lang", language)
    assert again.returncode == 0, again.stdout
    assert_2012(stats(folder))  # importing the same file twice changes nothing

