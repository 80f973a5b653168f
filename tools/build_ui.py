"""Compile ui/*.ui into cii_desktop/gui/generated/ui_*.py (committed; a test fails when stale)."""

from __future__ import annotations

import subprocess
import sys
import sysconfig
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UI_DIR = ROOT / "ui"
OUT_DIR = ROOT / "cii_desktop" / "gui" / "generated"
HEADER = ("# Generated from ui/{name} by tools/build_ui.py - do not edit: change the .ui file in\n"
          "# Qt Designer and run `python tools/build_ui.py`.\n")


def uic_executable() -> str:
    scripts = Path(sysconfig.get_path("scripts"))
    candidate = scripts / ("pyside6-uic.exe" if sys.platform == "win32" else "pyside6-uic")
    return str(candidate) if candidate.exists() else "pyside6-uic"


def compile_ui(ui_file: Path) -> str:
    """The Python module generated from one .ui file, with our header."""
    result = subprocess.run([uic_executable(), "--no-autoconnection", str(ui_file)],
                            capture_output=True, text=True, check=True)
    body = "\n".join(line for line in result.stdout.splitlines()
                     if not line.startswith("##") or "Form generated" in line)
    docstring = f'"""Generated layout of {ui_file.name}."""\n'
    return HEADER.format(name=ui_file.name) + docstring + body + "\n"


def target_for(ui_file: Path) -> Path:
    return OUT_DIR / f"ui_{ui_file.stem}.py"


def main() -> int:
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    init = OUT_DIR / "__init__.py"
    if not init.exists():
        init.write_text('"""Python modules generated from ui/*.ui (do not edit)."""\n')
    for ui_file in sorted(UI_DIR.glob("*.ui")):
        target_for(ui_file).write_text(compile_ui(ui_file), encoding="utf-8")
        print(f"{ui_file.name} -> {target_for(ui_file).relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
