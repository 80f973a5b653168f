"""The real command line says its counts with a real singular and plural (FR singular for 0 and 1, DE for 1):
`demo`, `check` and `cases` on a one-person demo folder, in French and German; German counts cases as "Fälle"."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.integration.test_cli import run
from tests.unit.test_counted_wording import alternatives

ENV = {"CII_DESKTOP_PASSPHRASE": "demo-cii-valais"}


@pytest.fixture(scope="module")
def one_person(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    folder = tmp_path_factory.mktemp("counted") / "demo"
    made = run("demo", "--data-dir", str(folder), "--persons", "1", "--seed", "3", "--lang", "de")
    assert made.returncode == 0, made.stderr
    return folder, made.stdout


def test_the_demo_line_agrees_with_one_person(one_person: tuple[Path, str]) -> None:
    _folder, said = one_person
    assert ": 1 Person, " in said and " Fälle (Schlüssel" in said and "1 Personen" not in said, said


@pytest.mark.parametrize(("language", "words", "wrong"), [
    ("de", ["1 Person,", "1 Benutzerprofil,", " Fälle,", "0 Anhänge,", "0 Löschaufträge,"],
     ["Dossier", "1 Personen", "0 Anhang,"]),
    ("fr", ["1 personne,", "1 profil d'utilisateur,", " dossiers,", "0 pièce jointe,", "0 ordre d'effacement,"],
     ["1 personnes", "0 pièces jointes"]),
])
def test_check_and_cases_count_in_words(one_person: tuple[Path, str], language: str, words: list[str],
                                        wrong: list[str]) -> None:
    folder, _said = one_person
    check = run("check", "--data-dir", str(folder), "--lang", language, env=ENV)
    assert check.returncode == 0, check.stderr
    line = check.stdout.strip().splitlines()[-1]
    assert all(w in line for w in words) and not any(w in line for w in wrong), line
    assert alternatives(line) == [], line
    cases = run("cases", "--data-dir", str(folder), "--lang", language, "--limit", "1", env=ENV)
    assert cases.returncode == 0 and cases.stderr.strip() == {"de": "1 Fall", "fr": "1 dossier"}[language], cases.stderr
    none = run("cases", "--data-dir", str(folder), "--lang", language, "--search", "zzzz-nobody", env=ENV)
    assert none.returncode == 0 and none.stderr.strip() == {"de": "0 Fälle", "fr": "0 dossier"}[language], none.stderr
