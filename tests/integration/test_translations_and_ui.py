"""Both catalogues are complete and current, the .qm files match, and no ui_*.py is stale."""

from __future__ import annotations

import shutil
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from cii_desktop.domain.errors import MESSAGES

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))

import build_ui  # noqa: E402
import update_translations  # noqa: E402


def _messages(ts: Path) -> list[ET.Element]:
    return list(ET.parse(ts).getroot().iter("message"))


@pytest.mark.parametrize("language", ["fr", "de"])
def test_catalogue_is_complete(language: str) -> None:
    messages = _messages(update_translations.ts_file(language))
    assert len(messages) > 150
    for msg in messages:
        source = msg.findtext("source")
        translation = msg.find("translation")
        assert translation is not None, source
        assert translation.get("type") is None, f"unfinished or obsolete: {source!r}"
        if msg.get("numerus") == "yes":
            forms = [f.text for f in translation.findall("numerusform")]
            assert forms and all(forms), source
        else:
            assert translation.text, f"empty translation: {source!r}"
        if language == "de":
            texts = [translation.text or ""] + [f.text or "" for f in translation.findall("numerusform")]
            assert not any("ß" in t for t in texts), f"Swiss German writes ss: {texts}"


@pytest.mark.parametrize("language", ["fr", "de"])
def test_catalogue_covers_every_string_of_the_sources(language: str, tmp_path: Path) -> None:
    """lupdate on the current sources adds nothing new: every user-visible string is translated."""
    copy = tmp_path / f"cii_desktop_{language}.ts"
    shutil.copy(update_translations.ts_file(language), copy)
    update_translations.lupdate(copy, language)
    unfinished = [m.findtext("source") for m in _messages(copy)
                  if (m.find("translation") is not None and m.find("translation").get("type"))]
    assert unfinished == [], f"run tools/update_translations.py and translate: {unfinished}"


@pytest.mark.parametrize("language", ["fr", "de"])
def test_qm_is_up_to_date(language: str, tmp_path: Path) -> None:
    compiled = tmp_path / "check.qm"
    update_translations.lrelease(update_translations.ts_file(language), compiled)
    assert compiled.read_bytes() == update_translations.qm_file(language).read_bytes(), \
        "stale .qm: run tools/update_translations.py"


def test_gui_translates_every_core_error_code() -> None:
    from cii_desktop.gui.messages import TEXTS

    assert set(TEXTS) == set(MESSAGES)


@pytest.mark.parametrize("ui_file", sorted((ROOT / "ui").glob("*.ui")), ids=lambda p: p.name)
def test_generated_ui_module_is_current(ui_file: Path) -> None:
    target = build_ui.target_for(ui_file)
    assert target.exists(), f"{target.name} missing: run tools/build_ui.py"
    assert target.read_text(encoding="utf-8") == build_ui.compile_ui(ui_file), \
        f"{target.name} is stale: run tools/build_ui.py"
    assert target.read_text(encoding="utf-8").startswith("# Generated from ui/")


def test_a_translation_equal_to_its_source_is_not_blanked(i18n_app) -> None:  # type: ignore[no-untyped-def]
    """PySide's tr() walks the class contexts when a translation equals the source; Qt's German
    catalogue (Swiss spelling wrapper) must then say "not found", not return an empty text."""
    from PySide6.QtWidgets import QDialog

    class DocumentDialog(QDialog):
        pass

    i18n_app.switch("de")
    try:
        dialog = DocumentDialog()
        assert dialog.tr("Version %1 – %2") == "Version %1 – %2"
        assert dialog.tr("French") == "Französisch"
    finally:
        i18n_app.switch("fr")


# One inclusive-writing convention per language (README, glossary): French with slashes
# (conseiller/ère, participant/e), German with neutral nouns or "/in" (Fachperson, Benutzer/in).
MIXED = {
    "fr": [r"\w·\w", r"\w\(e\)", r"\butilisateurs?\b(?!/)", r"(?<!poste )\badministrateur\b(?!/)",
           r"\bprofessionnel annonçant", r"\bau répondant\b", r"\bdemandeurs? d'emploi", r"\bau chargé\b",
           r"\bSanctionnée\b", r"\bDésinscrite\b"],  # the person form: said of anyone (issue 17)
    "de": [r"\bBenutzer\b(?!/)", r"\bEmpfänger\b(?!/)", r"\bAdministrator\b(?!/)", r"\bBerater\b(?!/)",
           r"\bdie kantonale IIZ-Beauftragte\b"],
}


@pytest.mark.parametrize("language", ["fr", "de"])
def test_one_inclusive_writing_convention(language: str) -> None:
    import re

    for msg in _messages(update_translations.ts_file(language)):
        translation = msg.find("translation")
        texts = [translation.text or ""] if translation is not None else []
        texts += [f.text or "" for f in translation.findall("numerusform")] if translation is not None else []
        for text in texts:
            for pattern in MIXED[language]:
                assert not re.search(pattern, text), (pattern, text)


@pytest.mark.parametrize("language", ["fr", "de"])
def test_one_ellipsis_everywhere(language: str) -> None:
    """"…" (one character) in every source and translation, never "..."; a label ending with it
    (a menu item or button that opens a dialog) has it right after its last word in both languages."""
    for msg in _messages(update_translations.ts_file(language)):
        source = msg.findtext("source") or ""
        translation = msg.find("translation")
        texts = [translation.text or ""] + [f.text or "" for f in translation.findall("numerusform")]
        for text in [source, *texts]:
            assert "..." not in text, text
        if source.endswith("…"):
            for text in texts:
                assert text.endswith("…") and not text.endswith(" …"), (source, text)


def test_german_says_fall_for_a_case() -> None:
    """A case is "Fall" in German; "Dossier" only in the glossary's terms ("Abschluss des Dossiers")
    and for a person's file ("Wer hat mein Dossier eingesehen")."""
    import re

    kept = {"Abschluss des Dossiers"}  # the glossary's term for "clôture du dossier"
    for msg in _messages(update_translations.ts_file("de")):
        source = msg.findtext("source") or ""
        translation = msg.find("translation")
        text = (translation.text or "") + "".join(f.text or "" for f in translation.findall("numerusform"))
        if re.search(r"\bcases?\b", source, re.IGNORECASE) and not re.search(r"\bfile\b", source):
            rest = text
            for term in kept:
                rest = rest.replace(term, "")
            assert "Dossier" not in rest, (source, text)
