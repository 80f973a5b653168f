"""Refresh translations/*.ts from the sources (lupdate), then compile them to .qm (lrelease).

    python tools/update_translations.py          # lupdate + lrelease
    python tools/update_translations.py --fill F # also fill translations from a TSV file
                                                 # (context, source, fr, de), e.g. after adding strings
"""

from __future__ import annotations

import argparse
import csv
import subprocess
import sys
import sysconfig
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS_DIR = ROOT / "translations"
LANGUAGES = ("fr", "de")


def tool(name: str) -> str:
    scripts = Path(sysconfig.get_path("scripts"))
    candidate = scripts / (f"{name}.exe" if sys.platform == "win32" else name)
    return str(candidate) if candidate.exists() else name


def sources() -> list[str]:
    files = sorted((ROOT / "cii_desktop" / "gui").glob("*.py")) + sorted((ROOT / "ui").glob("*.ui"))
    return [str(f.relative_to(ROOT)) for f in files]


def ts_file(language: str) -> Path:
    return TS_DIR / f"cii_desktop_{language}.ts"


def qm_file(language: str) -> Path:
    return TS_DIR / f"cii_desktop_{language}.qm"


def lupdate(target: Path, language: str) -> None:
    subprocess.run([tool("pyside6-lupdate"), *sources(), "-no-obsolete", "-locations", "none",
                    "-target-language", language, "-ts", str(target)],
                   cwd=ROOT, check=True, capture_output=True)


def lrelease(source: Path, target: Path) -> None:
    subprocess.run([tool("pyside6-lrelease"), "-silent", str(source), "-qm", str(target)],
                   cwd=ROOT, check=True, capture_output=True)


def fill(language: str, table: dict[tuple[str, str], dict[str, str]]) -> int:
    path = ts_file(language)
    tree = ET.parse(path)
    filled = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for msg in context.iter("message"):
            source = msg.findtext("source") or ""
            translation = msg.find("translation")
            entry = table.get((name or "", source))
            if entry is None or translation is None or not entry.get(language):
                continue
            if msg.get("numerus") == "yes":
                for child in list(translation):
                    translation.remove(child)
                for form in entry[language].split("|"):
                    ET.SubElement(translation, "numerusform").text = form
                translation.text = None
            else:
                translation.text = entry[language]
            translation.attrib.pop("type", None)
            filled += 1
    tree.write(path, encoding="utf-8", xml_declaration=True)
    return filled


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--fill", type=Path, help="TSV: context, source, fr, de")
    args = parser.parse_args()
    TS_DIR.mkdir(exist_ok=True)
    table: dict[tuple[str, str], dict[str, str]] = {}
    if args.fill:
        with open(args.fill, encoding="utf-8", newline="") as fh:
            for row in csv.reader(fh, delimiter="\t"):
                if len(row) >= 4 and row[0] != "context":
                    table[(row[0], row[1].replace("\\n", "\n"))] = {
                        "fr": row[2].replace("\\n", "\n"), "de": row[3].replace("\\n", "\n")}
    for language in LANGUAGES:
        lupdate(ts_file(language), language)
        if table:
            print(f"{language}: {fill(language, table)} translations filled")
        lrelease(ts_file(language), qm_file(language))
    return 0


if __name__ == "__main__":
    sys.exit(main())
