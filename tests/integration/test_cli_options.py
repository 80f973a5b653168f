"""The shared options (--data-dir, --lang, --passphrase-file) mean the same before and after the
command, run as real processes (a misplaced option must never be silently ignored)."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from tests.integration.test_cli_surroundings import ROOT, _env, network, run

__all__ = ["network"]  # the fixture, used below


@pytest.mark.parametrize("before", [True, False])
def test_init_and_check_take_the_data_dir_and_passphrase_file_in_both_positions(
        tmp_path: Path, before: bool) -> None:
    home = tmp_path / "home"
    home.mkdir()
    env = _env(home, tmp_path / "presets.ini")
    del env["CII_DESKTOP_PASSPHRASE"]
    secret = tmp_path / "secret.txt"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    folder = tmp_path / "data"
    shared = ["--data-dir", str(folder), "--passphrase-file", str(secret)]
    for command in ("init", "check"):
        done = run(env, *shared, command) if before else run(env, command, *shared)
        assert done.returncode == 0, done.stderr
    assert (folder / "cii.db").exists()
    assert not (home / ".local" / "share").exists() or not any((home / ".local" / "share").rglob("cii.db"))


@pytest.mark.parametrize("before", [True, False])
def test_lang_before_the_command_wins_over_the_environment(
        network: tuple[dict[str, str], Path, Path, Path], before: bool) -> None:
    env, a, _b, _share = network
    env = {**env, "CII_DESKTOP_LANG": "de"}
    for command in ("check", "sync"):
        args = ["--data-dir", str(a)]
        done = run(env, "--lang", "fr", command, *args) if before else run(env, command, "--lang", "fr", *args)
        assert done.returncode == 0, done.stderr
        first = done.stdout.splitlines()[0]  # French: not the environment's German, not English
        assert first.startswith(("OK : clé valable ;", "envoyé ")), done.stdout


def test_after_the_command_wins_over_before(network: tuple[dict[str, str], Path, Path, Path]) -> None:
    env, a, _b, _share = network
    done = run(env, "--lang", "fr", "--data-dir", "/nonexistent/x", "check", "--lang", "de", "--data-dir", str(a))
    assert done.returncode == 0, done.stderr
    assert "Schlüssel gültig" in done.stdout, done.stdout


def test_the_window_refuses_a_passphrase_file_it_would_ignore(tmp_path: Path) -> None:
    env = _env(tmp_path, tmp_path / "presets.ini")
    done = run(env, "--passphrase-file", str(tmp_path / "x"))
    assert done.returncode == 2 and "go with a command" in done.stderr


def _run_to(env: dict[str, str], out: str, err: str, *args: str) -> subprocess.CompletedProcess[bytes]:
    with open(out, "wb") as stdout, open(err, "wb") as stderr:
        return subprocess.run([sys.executable, "-m", "cii_desktop", *args], cwd=ROOT, env=env, stdout=stdout,
                              stderr=stderr, stdin=subprocess.DEVNULL, timeout=180, check=False)


def test_a_full_disk_for_the_output_keeps_the_commands_exit_code(
        network: tuple[dict[str, str], Path, Path, Path], tmp_path: Path) -> None:
    """``check > /dev/full`` exited 120 with a Python message; ``sync >/dev/full 2>/dev/full`` 1."""
    if not Path("/dev/full").exists():
        pytest.skip("no /dev/full")
    env, a, b, _share = network
    err = tmp_path / "err.txt"
    done = _run_to(env, "/dev/full", str(err), "check", "--data-dir", str(a))
    assert done.returncode == 0 and err.read_bytes() == b""
    reference = run(env, "sync", "--data-dir", str(b))  # the code the same sync gives with its output
    assert reference.returncode in (0, 3), reference.stderr
    done = _run_to(env, "/dev/full", "/dev/full", "sync", "--data-dir", str(a))
    assert done.returncode in (0, 3)
    again = run(env, "sync", "--data-dir", str(a))  # it ran: a second sync has nothing new to receive
    assert again.returncode == 0, again.stderr
    assert again.stdout.startswith("sent 0 changes in 0 batches") and "received 0 changes" in again.stdout
    done = _run_to({**env, "CII_DESKTOP_LANG": "de"}, "/dev/full", str(err), "init", "--data-dir",
                   str(tmp_path / "new"))
    assert done.returncode == 0 and (tmp_path / "new" / "cii.db").exists()  # made, but its key unseen:
    told = err.read_bytes().decode()
    assert "key new-recovery-key" in told and "Wiederherstellungsschlüssel" in told and "Traceback" not in told
    done = _run_to(env, "/dev/full", str(err), "check", "--data-dir", str(tmp_path / "none"))
    assert done.returncode == 1  # an error stays an error, told on stderr, no traceback
    assert b"Traceback" not in err.read_bytes() and b"Exception ignored" not in err.read_bytes()


@pytest.mark.parametrize(("lang", "keystore", "created", "recovery", "ok", "sent"), [
    ("fr", "Aucun trousseau utilisable", "Base de données créée dans", "Clé de récupération", "OK : clé valable ;",
     "envoyé "),
    ("de", "Kein nutzbarer Schlüsselbund", "Datenbank in", "Wiederherstellungsschlüssel", "OK: Schlüssel gültig;",
     " gesendet, "),
])
def test_init_check_and_sync_speak_the_users_language(
        network: tuple[dict[str, str], Path, Path, Path], tmp_path: Path, lang: str, keystore: str,
        created: str, recovery: str, ok: str, sent: str) -> None:
    env, a, _b, _share = network
    env = {**env, "CII_DESKTOP_LANG": lang}
    done = run(env, "init", "--data-dir", str(tmp_path / "new"))
    assert done.returncode == 0, done.stderr
    assert keystore in done.stderr and done.stdout.startswith(created)
    assert recovery in done.stdout.splitlines()[1] and "ß" not in done.stdout + done.stderr
    done = run(env, "check", "--data-dir", str(a))
    assert done.returncode == 0 and done.stdout.startswith(ok), done.stdout
    assert not re.search(r"\b[a-z]+_[a-z_]+\b", done.stdout), done.stdout  # counts in words, no table names
    done = run(env, "sync", "--data-dir", str(a))
    assert done.returncode in (0, 3) and sent in done.stdout.splitlines()[0], done.stdout
    assert not any(w in done.stdout for w in ("change(s)", "modification(s)", "lot(s)", "Änderung(en)", "Paket(en)"))
    done = run({**env, "CII_DESKTOP_SHARE": str(tmp_path / "nowhere")}, "sync", "--data-dir", str(a))
    assert done.returncode == 2 and ("inaccessible" if lang == "fr" else "nicht erreichbar") in done.stdout


@pytest.mark.parametrize(("lang", "words"), [("fr", "Ce dossier ne contient pas"), ("de", "In diesem Ordner")])
def test_no_database_names_the_folder_and_where_it_came_from(tmp_path: Path, lang: str, words: str) -> None:
    env = _env(tmp_path, tmp_path / "presets.ini", CII_DESKTOP_LANG=lang)
    empty = tmp_path / "empty"
    empty.mkdir()
    done = run(env, "check", "--data-dir", str(empty))
    assert done.returncode == 1 and words in done.stderr and f"[{empty}]" in done.stderr
    done = run({**env, "CII_DESKTOP_DATA_DIR": str(empty)}, "check")
    assert done.returncode == 1 and str(empty) in done.stderr and "CII_DESKTOP_DATA_DIR" in done.stderr
    (tmp_path / "presets.ini").write_text(f"[presets]\ndata_dir={empty}\n", encoding="utf-8")
    done = run(env, "check")
    source = "préréglages de la machine" if lang == "fr" else "Voreinstellungen des Computers"
    assert done.returncode == 1 and str(empty) in done.stderr and source in done.stderr, done.stderr


def test_a_garbage_presets_file_is_one_warning_line_in_the_users_language(tmp_path: Path) -> None:
    presets = tmp_path / "presets.ini"
    presets.write_bytes(b"[presets]\n" + b"\x81\x8d\x90 garbage\n" * 20)
    env = _env(tmp_path, presets, LANG="de_CH.UTF-8")  # the presets are read for the language
    done = run(env, "check", "--data-dir", str(tmp_path / "none"))
    lines = [line for line in done.stderr.splitlines() if str(presets) in line]
    assert len(lines) == 1 and "Voreinstellungsdatei" in lines[0], done.stderr
    presets.unlink()
    presets.mkdir()  # unreadable as a file
    done = run(env, "check", "--data-dir", str(tmp_path / "none"))
    lines = [line for line in done.stderr.splitlines() if str(presets) in line]
    assert len(lines) == 1 and "konnte nicht gelesen werden" in lines[0], done.stderr


def test_a_sync_usage_error_is_64_with_options_before_the_command(tmp_path: Path) -> None:
    env = _env(tmp_path, tmp_path / "presets.ini")
    done = run(env, "--data-dir", str(tmp_path / "d"), "--lang", "fr", "sync", "--bogus")
    assert done.returncode == 64  # not argparse's 2, which sync documents as "offline"
