"""The Bureau picks the period: `stats --from --to` (dd.mm.yyyy) or `--year`, validated, through the real command
line on a real encrypted folder; the report (PDF read back, xlsx read with openpyxl) names the period, FR and DE."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openpyxl import load_workbook

from tests.integration.test_register_year import cli, new_folder
from tests.support.pdf import flat_text
from tests.support.register import rows_2012, workbook

PERIOD = {"fr": ("Collaboration interinstitutionnelle (CII) – Rapport du 01.03.2012 au 31.08.2012",
                 "situations ont été annoncées du 01.03.2012 au 31.08.2012 au Bureau CII"),
          "de": ("Interinstitutionelle Zusammenarbeit (IIZ) – Bericht vom 01.03.2012 bis 31.08.2012",
                 "Situationen wurden vom 01.03.2012 bis 31.08.2012 dem IIZ-Büro gemeldet")}


def figures(folder: Path, *period: str) -> dict[str, object]:
    done = cli("stats", "--data-dir", str(folder), *period, "--json")
    assert done.returncode == 0, done.stderr
    found: dict[str, object] = json.loads(done.stdout)
    return found


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("period")
    data = new_folder(tmp, "data")
    register = tmp / "register.xlsx"
    register.write_bytes(workbook(rows_2012()))
    assert cli("import-register", "--data-dir", str(data), str(register)).returncode == 0
    return data


def test_a_period_counts_the_situations_announced_in_it(folder: Path) -> None:
    year = figures(folder, "--year", "2012")
    whole = figures(folder, "--from", "01.01.2012", "--to", "31.12.2012")
    assert whole == year  # the whole year as a period: the same figures, the same keys
    months = {n: figures(folder, "--from", f"01.{n:02d}.2012", "--to", f"{28 if n == 2 else 30}.{n:02d}.2012")
              for n in (1, 2)}
    spring = figures(folder, "--from", "01.03.2012", "--to", "31.08.2012")
    assert spring["period"] == {"from": "2012-03-01", "to": "2012-08-31"} and spring["year"] == 2012
    assert 0 < spring["announced"] < year["announced"]  # type: ignore[operator]
    assert all(0 < m["announced"] < year["announced"] for m in months.values())  # type: ignore[operator]
    across = figures(folder, "--from", "01.06.2011", "--to", "31.12.2013")  # 2 years around: the 3 others too
    assert across["announced"] == 100


@pytest.mark.parametrize("language", ["fr", "de"])
def test_wrong_periods_are_refused_with_a_clear_message(folder: Path, language: str) -> None:
    expected = {"fr": ("La date de fin précède la date de début", "jj.mm.aaaa", "Indiquez l'année"),
                "de": ("Enddatum liegt vor", "TT.MM.JJJJ", "Geben Sie das Jahr")}[language]
    cases = [(("--from", "31.08.2012", "--to", "01.03.2012"), expected[0]),
             (("--from", "2012/03/01", "--to", "31.08.2012"), expected[1]),
             (("--from", "01.03.2012"), expected[2]), (("--year", "2012", "--to", "31.08.2012"), expected[2]),
             ((), expected[2]),
             (("--from", "31.02.2012", "--to", "31.08.2012"), {"fr": "n'existe pas", "de": "gibt es nicht"}[language])]
    for args, text in cases:
        done = cli("stats", "--data-dir", str(folder), *args, "--json", "--lang", language)
        assert done.returncode == 1 and not done.stdout, args
        assert text in done.stderr, (args, done.stderr)


@pytest.mark.parametrize("language", ["fr", "de"])
def test_the_report_of_a_period_names_it(folder: Path, tmp_path: Path, language: str) -> None:
    pdf, xlsx = tmp_path / "rapport.pdf", tmp_path / "rapport.xlsx"
    for out in (pdf, xlsx):
        done = cli("stats", "--data-dir", str(folder), "--from", "01.03.2012", "--to", "31.08.2012",
                   "--out", str(out), "--lang", language)
        assert done.returncode == 0, done.stderr
    text = flat_text(pdf.read_bytes())
    for fragment in PERIOD[language]:
        assert fragment in text
    announced = figures(folder, "--from", "01.03.2012", "--to", "31.08.2012")["announced"]
    assert [c.value for c in load_workbook(xlsx).worksheets[0]["B"]][1] == announced


def test_a_report_never_replaces_a_file_unless_asked(folder: Path, tmp_path: Path) -> None:
    out, elsewhere = tmp_path / "rapport.pdf", tmp_path / "elsewhere.txt"
    out.write_bytes(b"mine")
    elsewhere.write_bytes(b"not yours")
    link = tmp_path / "lien.xlsx"
    link.symlink_to(elsewhere)  # planted: a report must not write through it
    for target in (out, link):
        done = cli("stats", "--data-dir", str(folder), "--year", "2012", "--out", str(target), "--lang", "fr")
        assert done.returncode == 1 and "existe déjà" in done.stderr, done.stderr
    assert out.read_bytes() == b"mine" and elsewhere.read_bytes() == b"not yours"
    done = cli("stats", "--data-dir", str(folder), "--year", "2012", "--out", str(link), "--force")
    assert done.returncode == 0, done.stderr
    assert not link.is_symlink() and elsewhere.read_bytes() == b"not yours"  # the link itself replaced
    assert link.stat().st_mode & 0o777 == 0o600 and load_workbook(link).sheetnames
    assert sorted(p.name for p in tmp_path.iterdir()) == ["elsewhere.txt", "lien.xlsx", "rapport.pdf"]


@pytest.mark.parametrize("language", ["fr", "de"])
def test_the_tandem_heading_stays_on_the_page_of_its_table(folder: Path, tmp_path: Path, language: str) -> None:
    import pypdfium2 as pdfium

    out = tmp_path / "rapport.pdf"
    assert cli("stats", "--data-dir", str(folder), "--year", "2012", "--out", str(out), "--lang",
               language).returncode == 0
    pdf = pdfium.PdfDocument(out.read_bytes())
    pages = [" ".join(pdf[i].get_textpage().get_text_range().split()) for i in range(len(pdf))]
    heading, sentence, last_row = {"fr": ("Mesure décloisonnement LIAS-LEMC", "coaching intensif", "Taux d'emploi"),
                                   "de": ("Tandem-Massnahme LIAS-LEMC", "intensiv begleitet",
                                          "Beschäftigungsquote")}[language]
    [page] = [p for p in pages if f"{heading} " in p and sentence in p]
    assert last_row in page
