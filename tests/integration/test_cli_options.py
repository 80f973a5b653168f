"""The shared options (--data-dir, --lang, --passphrase-file) mean the same before and after the
command, run as real processes (a misplaced option must never be silently ignored)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from tests.integration.test_cli_surroundings import _env, network, run

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
