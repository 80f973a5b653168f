"""The headless command line, run as a real process: demo, init, check, cases, errors."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import PASSPHRASE

ROOT = Path(__file__).resolve().parents[2]


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    base = {k: v for k, v in os.environ.items() if k not in ("LC_ALL", "LC_MESSAGES", "LANG")}
    full_env = {**base, "LANG": "C.UTF-8", "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
                **(env or {})}
    return subprocess.run([sys.executable, "-m", "cii_desktop", *args], cwd=ROOT, env=full_env,
                          capture_output=True, text=True, timeout=120, stdin=subprocess.DEVNULL)


def test_version() -> None:
    result = run("--version")
    assert result.returncode == 0
    assert result.stdout.startswith("cii-desktop 0.")


def test_demo_check_and_cases(tmp_path: Path) -> None:
    folder = tmp_path / "demo"
    made = run("demo", "--data-dir", str(folder), "--persons", "12", "--seed", "3")
    assert made.returncode == 0, made.stderr
    assert "12 persons" in made.stdout
    env = {"CII_DESKTOP_PASSPHRASE": "demo-cii-valais"}
    check = run("check", "--data-dir", str(folder), env=env)
    assert check.returncode == 0, check.stderr
    assert check.stdout.strip().splitlines()[-1].startswith("OK: key valid; 10 institutions, 5 offices")
    assert "12 persons" in check.stdout
    listed = run("cases", "--data-dir", str(folder), "--json", env=env)
    rows = json.loads(listed.stdout)
    assert len(rows) >= 12
    assert {"reference", "person", "office", "status"} <= set(rows[0])
    name = rows[0]["person"].split()[0]
    searched = run("cases", "--data-dir", str(folder), "--search", name.upper(), "--json", env=env)
    assert rows[0]["reference"] in {r["reference"] for r in json.loads(searched.stdout)}


def test_demo_is_deterministic(tmp_path: Path) -> None:
    env = {"CII_DESKTOP_PASSPHRASE": "demo-cii-valais"}
    outputs = []
    for name in ("a", "b"):
        folder = tmp_path / name
        assert run("demo", "--data-dir", str(folder), "--persons", "8", "--seed", "5").returncode == 0
        listed = json.loads(run("cases", "--data-dir", str(folder), "--json", env=env).stdout)
        outputs.append([(r["reference"], r["person"], r["birth_date"]) for r in listed])
    assert outputs[0] == outputs[1]


def test_errors_are_one_line_without_traceback(tmp_path: Path) -> None:
    missing = run("check", "--data-dir", str(tmp_path / "nothing"))
    assert missing.returncode == 1
    assert missing.stderr.strip() == ("cii-desktop: error: There is no CII Desktop database in "
                                      f"this folder. [{tmp_path / 'nothing'}]")
    folder = tmp_path / "p"
    secret = tmp_path / "pass.txt"
    secret.write_text(PASSPHRASE + "\n")
    created = run("init", "--data-dir", str(folder), "--passphrase-file", str(secret))
    assert created.returncode == 0, created.stderr
    assert "Recovery key" in created.stdout
    assert run("check", "--data-dir", str(folder), "--passphrase-file", str(secret)).returncode == 0
    no_pass = run("check", "--data-dir", str(folder))
    assert no_pass.returncode == 1 and "protected by a passphrase" in no_pass.stderr
    wrong = run("check", "--data-dir", str(folder), env={"CII_DESKTOP_PASSPHRASE": "x" * 20})
    assert wrong.returncode == 1 and "Wrong passphrase" in wrong.stderr
    again = run("init", "--data-dir", str(folder), "--passphrase-file", str(secret))
    assert again.returncode == 1 and "already exists" in again.stderr
    for result in (missing, no_pass, wrong, again):
        assert "Traceback" not in result.stderr
        assert len(result.stderr.strip().splitlines()) == 1


def test_recovery_key_from_file(tmp_path: Path) -> None:
    folder = tmp_path / "r"
    secret = tmp_path / "pass.txt"
    secret.write_text(PASSPHRASE)
    created = run("init", "--data-dir", str(folder), "--passphrase-file", str(secret))
    recovery = created.stdout.strip().splitlines()[-1].strip()
    key_file = tmp_path / "recovery.txt"
    key_file.write_text(recovery)
    result = run("check", "--data-dir", str(folder), "--recovery-key-file", str(key_file))
    assert result.returncode == 0, result.stderr


def test_corrupt_database_is_reported(tmp_path: Path) -> None:
    folder = tmp_path / "c"
    assert run("demo", "--data-dir", str(folder), "--persons", "3").returncode == 0
    db = folder / "cii.db"
    data = bytearray(db.read_bytes())
    for offset in range(5000, 9000):
        data[offset] ^= 0xFF
    db.write_bytes(bytes(data))
    result = run("check", "--data-dir", str(folder), env={"CII_DESKTOP_PASSPHRASE": "demo-cii-valais"})
    assert result.returncode == 1
    assert "Traceback" not in result.stderr


def test_errors_in_the_users_language(tmp_path: Path) -> None:
    missing = ["check", "--data-dir", str(tmp_path / "nothing")]
    french = run(*missing, env={"LANG": "fr_CH.UTF-8"})
    assert french.stderr.strip() == ("cii-desktop: error: Ce dossier ne contient pas de base de données "
                                     f"CII Desktop. [{tmp_path / 'nothing'}]")
    german = run(*missing, "--lang", "de")
    assert german.stderr.strip() == ("cii-desktop: error: In diesem Ordner gibt es keine "
                                     f"CII-Desktop-Datenbank. [{tmp_path / 'nothing'}]")
    folder = tmp_path / "p"
    secret = tmp_path / "pass.txt"
    secret.write_text(PASSPHRASE)
    assert run("init", "--data-dir", str(folder), "--passphrase-file", str(secret)).returncode == 0
    wrong = run("check", "--data-dir", str(folder), env={"LC_ALL": "de_CH.UTF-8",
                                                         "CII_DESKTOP_PASSPHRASE": "x" * 20})
    assert wrong.stderr.strip() == "cii-desktop: error: Falsche Passphrase. Es wurde nichts verändert."
    unreadable = run("check", "--data-dir", str(folder), "--passphrase-file", str(tmp_path / "no"),
                     "--lang", "fr")
    assert unreadable.stderr.strip() == ("cii-desktop: error: Le fichier de la phrase secrète ne peut "
                                         "pas être lu.")
    for result in (french, german, wrong, unreadable):
        assert result.returncode == 1 and "Traceback" not in result.stderr
