"""The commands in the surroundings of an installed workstation, run as real processes: no
stdout/stderr (the scheduled task's windowed program), the user's Settings in their home, the
machine presets, environment values typed in another case, relative or quoted folders."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE

ROOT = Path(__file__).resolve().parents[2]
ENV_NAMES = ("CII_DESKTOP_LANG", "CII_DESKTOP_SHARE", "CII_DESKTOP_OFFICE", "CII_DESKTOP_INSTITUTION",
             "CII_DESKTOP_DATA_DIR", "LC_ALL", "LC_MESSAGES", "LANG")


def _env(home: Path, presets: Path, **extra: str) -> dict[str, str]:
    base = {k: v for k, v in os.environ.items() if k not in ENV_NAMES}
    return {**base, "HOME": str(home), "XDG_CONFIG_HOME": str(home / ".config"),
            "XDG_DATA_HOME": str(home / ".local" / "share"), "LANG": "C.UTF-8",
            "CII_DESKTOP_PRESETS": str(presets), "CII_DESKTOP_PASSPHRASE": PASSPHRASE,
            "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring", **extra}


def run(env: dict[str, str], *args: str, cwd: Path = ROOT, closed: bool = False) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "cii_desktop", *args]
    if closed:  # as a windowed program: no stdout, no stderr at all (not even a pipe)
        command = ["sh", "-c", 'exec "$@" 1>&- 2>&-', "sh", *command]
    return subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, timeout=180,
                          stdin=subprocess.DEVNULL)


def _user_settings(home: Path, **values: str) -> None:
    """The window's Settings of this user, where QSettings keeps them on Linux."""
    path = home / ".config" / "Canton du Valais" / "CII Desktop.conf"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("[General]\n" + "".join(f"{k}={v}\n" for k, v in values.items()), encoding="utf-8")


@pytest.fixture
def network(tmp_path: Path) -> tuple[dict[str, str], Path, Path, Path]:
    """Two demo workstations a and b in one network through ``share``; b's batch waits on the share."""
    home, presets = tmp_path / "home", tmp_path / "presets.ini"
    home.mkdir()
    env = _env(home, presets)
    share = tmp_path / "share"
    for name, extra in (("a", []), ("b", ["--admin-dir", str(tmp_path / "a")])):
        made = run(env, "demo", "--data-dir", str(tmp_path / name), "--persons", "3",
                   "--seed", "1" if name == "a" else "2",
                   "--share", str(share), *extra)
        assert made.returncode == 0, made.stderr
    return env, tmp_path / "a", tmp_path / "b", share


def test_sync_and_check_without_stdout_and_stderr_exit_as_with_them(
        network: tuple[dict[str, str], Path, Path, Path]) -> None:
    env, a, b, _share = network
    closed = run(env, "sync", "--data-dir", str(b), closed=True)
    assert closed.returncode == 0 and closed.stdout == closed.stderr == ""
    with_streams = run(env, "sync", "--data-dir", str(a))
    assert with_streams.returncode == 0 and "received" in with_streams.stdout
    before = sorted(p.name for p in a.iterdir())
    # a second identical run: the same code with and without streams, and nothing written beside
    assert run(env, "sync", "--data-dir", str(a), closed=True).returncode == \
        run(env, "sync", "--data-dir", str(a)).returncode
    assert run(env, "check", "--data-dir", str(a), closed=True).returncode == 0
    assert run(env, "check", "--data-dir", str(a / "none"), closed=True).returncode == 1
    assert sorted(p.name for p in a.iterdir()) == before
    assert not list(ROOT.glob("devnull*")) and not (a / "cii.db-journal").exists()


def test_sync_takes_the_share_chosen_in_the_users_settings(
        network: tuple[dict[str, str], Path, Path, Path], tmp_path: Path) -> None:
    env, a, b, share = network
    assert run(env, "sync", "--data-dir", str(b)).returncode == 0  # b's batch is on the share
    moved = tmp_path / "server-moved"
    share.rename(moved)  # the network still records the old path
    assert run(env, "sync", "--data-dir", str(a)).returncode == 2  # offline
    presets = Path(env["CII_DESKTOP_PRESETS"])
    presets.write_text(f"[presets]\nshare = {tmp_path / 'nowhere'}\n", encoding="utf-8")
    assert run(env, "sync", "--data-dir", str(a)).returncode == 2  # the preset points nowhere
    _user_settings(Path(env["HOME"]), share_dir=str(moved))  # the user's Settings win over presets
    synced = run(env, "sync", "--data-dir", str(a))
    assert synced.returncode == 0, synced.stderr
    assert "received 0 changes" not in synced.stdout  # b's batch came through the user's share
    assert run({**env, "CII_DESKTOP_SHARE": str(tmp_path / "nowhere")}, "sync", "--data-dir", str(a)
               ).returncode == 2  # the environment over the user's Settings


@pytest.mark.parametrize("source", ["presets", "env", "settings"])
def test_relative_folders_are_refused_outside_the_command_line(tmp_path: Path, source: str) -> None:
    home, presets, cwd = tmp_path / "home", tmp_path / "presets.ini", tmp_path / "cwd"
    home.mkdir()
    cwd.mkdir()
    env = _env(home, presets, LANG="de_CH.UTF-8")
    if source == "presets":
        presets.write_text("[presets]\ndata_dir = relative/Drel\n", encoding="utf-8")
    elif source == "env":
        env["CII_DESKTOP_DATA_DIR"] = "relative/Drel"
    else:
        _user_settings(home, data_dir="relative/Drel")
    made = run(env, "demo", "--persons", "2", cwd=cwd)
    assert made.returncode == 0, made.stderr
    assert not (cwd / "relative").exists()  # not under the folder the program was started from
    assert (home / ".local" / "share" / "CII Desktop" / "data" / "cii.db").exists()  # the next source
    warning = [line for line in made.stderr.splitlines() if "Einstellung wurde ignoriert" in line]
    assert len(warning) == 1 and warning[0].endswith("]")  # one line, German, the source named
    # on the command line a relative folder is what a person means: relative to where they are
    assert run(env, "demo", "--persons", "2", "--data-dir", "here", cwd=cwd).returncode == 0
    assert (cwd / "here" / "cii.db").exists()


def test_quoted_folders_are_taken_without_their_quotes(tmp_path: Path) -> None:
    home, presets = tmp_path / "home", tmp_path / "presets.ini"
    home.mkdir()
    target = tmp_path / "quoted data"
    presets.write_text(f'[presets]\ndata_dir = "{target}"\n', encoding="utf-8")
    made = run(_env(home, presets), "demo", "--persons", "2", cwd=tmp_path)
    assert made.returncode == 0, made.stderr
    assert (target / "cii.db").exists() and not list(tmp_path.glob('"*'))


def test_messages_follow_the_configured_language(tmp_path: Path) -> None:
    """--lang > CII_DESKTOP_LANG > the user's Settings > presets lang > LANG/LC_* > English."""
    home, presets = tmp_path / "home", tmp_path / "presets.ini"
    home.mkdir()
    presets.write_text("[presets]\nlang = de\n", encoding="utf-8")
    env = _env(home, presets, LANG="fr_CH.UTF-8")
    missing = ("check", "--data-dir", str(tmp_path / "nonexistent"))
    german, french = "In diesem Ordner gibt es keine", "Ce dossier ne contient pas"
    assert german in run(env, *missing).stderr  # presets over the locale
    _user_settings(home, language="fr")
    assert french in run(env, *missing).stderr  # the user's Settings over presets
    assert german in run({**env, "CII_DESKTOP_LANG": "DE"}, *missing).stderr  # env, any case
    assert french in run({**env, "CII_DESKTOP_LANG": "DE"}, *missing, "--lang", "fr").stderr
    refused = run({**env, "CII_DESKTOP_LANG": "it"}, *missing)  # refused: one warning, next source
    assert french in refused.stderr and "[CII_DESKTOP_LANG]" in refused.stderr
    assert len(refused.stderr.strip().splitlines()) == 2


def test_environment_codes_in_any_case(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from cii_desktop import presets

    monkeypatch.setenv(presets.PRESETS_ENV, str(tmp_path / "none.ini"))
    monkeypatch.setenv("CII_DESKTOP_OFFICE", "sion")
    monkeypatch.setenv("CII_DESKTOP_INSTITUTION", " orp ")
    monkeypatch.setenv("CII_DESKTOP_LANG", "FR")
    assert presets.resolve("office") == "SION" and presets.resolve("institution") == "ORP"
    assert presets.resolve("language") == "fr"
    monkeypatch.setenv("CII_DESKTOP_OFFICE", "zurich")
    refused: list[str] = []
    assert presets.resolve("office", refused=refused) is None and refused == ["CII_DESKTOP_OFFICE"]
