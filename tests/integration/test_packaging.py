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
