"""The wheel carries what the app needs at run time: layouts, catalogues, resources, migrations."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_wheel_contents(tmp_path: Path) -> None:
    subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "--no-build-isolation",
                    "-w", str(tmp_path), str(ROOT)], check=True, capture_output=True, timeout=300)
    wheel = next(tmp_path.glob("cii_desktop-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    expected = {
        "cii_desktop/assets/__init__.py",
        "cii_desktop/assets/translations/cii_desktop_fr.qm",
        "cii_desktop/assets/translations/cii_desktop_de.qm",
        "cii_desktop/assets/resources/cii-desktop.svg",
        "cii_desktop/assets/ui/main_window.ui",
        "cii_desktop/gui/generated/ui_main_window.py",
        "cii_desktop/storage/migrations/env.py",
        "cii_desktop/storage/migrations/versions/0001_initial_schema.py",
        "cii_desktop/storage/migrations/versions/0002_search_index.py",
    }
    assert expected <= names, sorted(expected - names)
    assert not any(name.startswith("tests/") for name in names)
    entry_points = next(n for n in names if n.endswith("entry_points.txt"))
    assert "cii-desktop = cii_desktop.cli:main" in zipfile.ZipFile(wheel).read(entry_points).decode()



def _env(home: Path, **extra: str) -> dict[str, str]:
    return {"PATH": "/usr/bin:/bin", "HOME": str(home), "LANG": "C.UTF-8", "PYTHONPATH": str(ROOT),
            "XDG_CONFIG_HOME": str(home / "config"), "XDG_DATA_HOME": str(home / "data"),
            "XDG_STATE_HOME": str(home / "state"), "QT_QPA_PLATFORM": "offscreen",
            "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
            "CII_DESKTOP_PRESETS": str(home / "none.ini"), **extra}


def _program(home: Path, *args: str, **extra: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "cii_desktop", *args], cwd=home, env=_env(home, **extra),
                          capture_output=True, text=True, timeout=120)


def test_first_paint_probe_names_the_window_a_start_shows(tmp_path: Path) -> None:
    """The smoke test's and benchmark's probe says which window it measured, and never waits on a
    dialog: a folder under a passphrase of one's own shows the unlock dialog first (closed
    unanswered, exit 1 as a cancel); a folder without a database shows the first-run wizard."""
    secret = tmp_path / "passphrase.txt"
    secret.write_text("a passphrase of one's own\n")
    init = _program(tmp_path, "init", "--data-dir", str(tmp_path / "own"), "--use-passphrase",
                    "--passphrase-file", str(secret))
    assert init.returncode == 0, init.stderr
    probe = {"CII_DESKTOP_EXIT_AFTER_FIRST_PAINT": "1"}
    unlock = _program(tmp_path, "--data-dir", str(tmp_path / "own"), "--lang", "de", **probe)
    assert unlock.stdout.strip() == "FIRST_PAINT 0 qtbase=1 window=UnlockDialog", unlock
    assert unlock.returncode == 1
    wizard = _program(tmp_path, "--data-dir", str(tmp_path / "new"), "--lang", "fr", **probe)
    assert wizard.stdout.strip() == "FIRST_PAINT 0 qtbase=1 window=FirstRunWizard", wizard
    assert wizard.returncode == 1
    assert not (tmp_path / "new").exists()  # nothing made by a start that was not answered
