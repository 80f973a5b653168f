"""The Bureau's register moves in: a whole year (the seed report's 2012 paragraph) imported from xlsx, in French
and German layouts, through the real command line on a real encrypted folder; every figure asserted."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from openpyxl import load_workbook

from cii_desktop.services.data_folder import create_database
from tests.support.pdf import flat_text
from tests.support.register import rows_2012, workbook
from tests.support.roles import as_bureau

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
    store = create_database(folder, "passphrase", PASSPHRASE).store
    as_bureau(store)  # the register is the Bureau CII's
    store.close()
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
    assert_report(folder, tmp_path, language)


REPORT = {
    "fr": ["Collaboration interinstitutionnelle (CII) – Rapport annuel 2012",
           "97 situations ont été annoncées en 2012 au Bureau CII ; 67 d'entre elles (69,1 %) ont fait l'objet "
           "d'une prise en charge coordonnée par les dispositifs intéressés et 18 ont été refusées.",
           "26 assessments ont été décidés : 22 ont été organisés, 4 sont en attente d'organisation. "
           "6 dossiers ont été fermés.",
           "Emploi (premier marché du travail) 3 Suivi par l'aide sociale (AS) 2 Suivi par l'AI 1 Suivi par l'ORP 0",
           "12 TRO ont eu lieu, 3 sont en cours d'organisation.",
           "Emploi (premier marché du travail) 3 Suivi en réseau 4 Suivi par l'ORP 1", "En suspens 4",
           "26 situations ont bénéficié du coaching intensif en tandem ; 13 personnes ont trouvé un emploi (50 %).",
           "Sion 24 Sierre 0 Martigny 0 Monthey 2 Haut-Valais 0 Emploi (premier marché du travail) 13 Manque de "
           "collaboration 2 Manque de disponibilité / d'employabilité 3 Suivi par l'aide sociale (AS) 1 En cours 7 "
           "Taux d'emploi 50 %", "page 3 / 3"],
    "de": ["Interinstitutionelle Zusammenarbeit (IIZ) – Jahresbericht 2012",
           "97 Situationen wurden 2012 dem IIZ-Büro gemeldet; 67 davon (69.1 %) wurden von den beteiligten "
           "Institutionen koordiniert begleitet, 18 wurden abgelehnt.",
           "26 Assessments wurden beschlossen: 22 wurden durchgeführt, 4 warten auf ihre Organisation. "
           "6 Fälle wurden abgeschlossen.",
           "Stelle (erster Arbeitsmarkt) 3 Begleitung durch die Sozialhilfe 2 Begleitung durch die IV 1",
           "12 Runde Tische haben stattgefunden, 3 sind in Organisation.",
           "Stelle (erster Arbeitsmarkt) 3 Begleitung im Netzwerk 4 Begleitung durch das RAV 1", "Offen 4",
           "26 Situationen wurden im Tandem intensiv begleitet; 13 Personen haben eine Stelle gefunden (50 %).",
           "Sitten 24 Siders 0 Martinach 0 Monthey 2 Oberwallis 0 Stelle (erster Arbeitsmarkt) 13 Fehlende "
           "Mitwirkung 2 Fehlende Verfügbarkeit / Arbeitsmarktfähigkeit 3 Begleitung durch die Sozialhilfe 1 "
           "Laufend 7 Beschäftigungsquote 50 %", "Seite 3 / 3"],
}


def assert_report(folder: Path, tmp_path: Path, language: str) -> None:
    pdf, xlsx = tmp_path / "rapport.pdf", tmp_path / "rapport.xlsx"
    for out in (pdf, xlsx):
        done = cli("stats", "--data-dir", str(folder), "--year", "2012", "--out", str(out), "--lang", language)
        assert done.returncode == 0, done.stderr
        assert out.stat().st_mode & 0o777 == 0o600
    text = flat_text(pdf.read_bytes())
    for fragment in REPORT[language]:
        assert fragment in text
    book = load_workbook(xlsx)
    assert len(book.sheetnames) == 7 and book.sheetnames[0] == {"fr": "Résumé", "de": "Übersicht"}[language]
    assert [c.value for c in book.worksheets[0]["B"]] == [{"fr": "Nombre", "de": "Anzahl"}[language], 97, 67, 18]
    assert [r[1].value for r in book.worksheets[6].iter_rows(min_row=2)][:3] == [26, 24, 0]
    assert not list(tmp_path.glob("*.part"))
    bad = cli("stats", "--data-dir", str(folder), "--year", "2012", "--out", str(tmp_path / "r.txt"),
              "--lang", language)
    assert bad.returncode == 1 and {"fr": ".pdf ou .xlsx", "de": ".pdf oder .xlsx"}[language] in bad.stderr



def test_template_export_and_round_trip_through_the_command_line(tmp_path: Path) -> None:
    template = tmp_path / "modele.xlsx"
    done = cli("import-register", "--template", str(template), "--lang", "de")
    assert done.returncode == 0, done.stderr
    assert template.stat().st_mode & 0o777 == 0o600
    assert [c.value for c in load_workbook(template).active[1]][:2] == ["Name", "Vorname"]  # type: ignore[index]
    first = new_folder(tmp_path, "first")
    register = tmp_path / "register.xlsx"
    register.write_bytes(workbook(rows_2012()))
    assert cli("import-register", "--data-dir", str(first), str(register)).returncode == 0
    exported = tmp_path / "export.xlsx"
    done = cli("export-register", "--data-dir", str(first), "--out", str(exported), "--lang", "de")
    assert done.returncode == 0, done.stderr
    empty = new_folder(tmp_path, "empty")
    done = cli("import-register", "--data-dir", str(empty), str(exported), "--lang", "de")
    assert done.returncode == 0, done.stdout
    for year in (2011, 2012, 2013):
        assert stats(empty, year) == stats(first, year)
    assert_2012(stats(empty))
