"""No count is written "(s)", "(e)", "(n)", "(en)", "(es)" or "Fall/Fälle" in what the app says: the message
tables (EN), the counted phrases and the FR/DE translations carry a real singular and plural; and the converted
outputs read right for 0, 1 and 2 in French (singular for 0 and 1) and German (singular for 1 only)."""

from __future__ import annotations

import re
import unicodedata
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from cii_desktop.cli_settings import say
from cii_desktop.documents import annual_report
from cii_desktop.domain import compaction_words
from cii_desktop.domain.errors import MESSAGES
from cii_desktop.domain.plurals import COUNTED_PARAMS, PHRASES, counted
from cii_desktop.domain.table_counts import NOUNS, table_counts
from cii_desktop.paths import asset_dir

ROOT = Path(__file__).resolve().parents[2]

# "poste(s)", "Wert(e)", "Zeile(n)", "Person(en)", "batch(es)", "demande(nt)"
PARENS = re.compile(r"[A-Za-zÀ-ÿ]\((?:s|e|n|en|es|nt|x|r|nen)\)")
# "Fall/Fälle", "Datensatz/Datensätze", "Arbeitsplatz/Arbeitsplätze": a word and its own plural side by side
SLASH = re.compile(r"\b([A-Za-zÀ-ÿ]+)/([A-Za-zÀ-ÿ]+)\b")

# Legitimate slashes and brackets, each with its reason (a gendered form is not a count).
ALLOWED: dict[str, str] = {}


def _plain(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", word.lower()) if not unicodedata.combining(c))


def alternatives(text: str) -> list[str]:
    """The "(s)" and "word/plural" alternatives in ``text`` that are not allow-listed."""
    found = [m.group(0) for m in PARENS.finditer(text)]
    found += [m.group(0) for m in SLASH.finditer(text)
              if len(m.group(1)) > 2 and _plain(m.group(2)).startswith(_plain(m.group(1))[:3])]
    return [f for f in found if f not in ALLOWED]


def _ts(language: str) -> ET.Element:
    return ET.parse(ROOT / "translations" / f"cii_desktop_{language}.ts").getroot()


def _translations(language: str) -> Iterator[tuple[str, str, ET.Element]]:
    for context in _ts(language).iter("context"):
        for msg in context.iter("message"):
            yield context.findtext("name") or "", msg.findtext("source") or "", msg


def test_the_pattern_finds_what_it_must_and_spares_gendered_forms() -> None:
    assert alternatives("{count} poste(s), 2 Hinweis(e), Zeile(n) 4, Person(en), 2 batch(es), avis demande(nt)") \
        == ["e(s)", "s(e)", "e(n)", "n(en)", "h(es)", "e(nt)"]
    assert alternatives("{count} Fall/Fälle, {rows} Datensatz/Datensätze, Arbeitsplatz/Arbeitsplätzen") \
        == ["Fall/Fälle", "Datensatz/Datensätze", "Arbeitsplatz/Arbeitsplätzen"]
    assert alternatives("né/e le, administrateur/trice, Benutzer/innen, Sitzungsteilnehmer/in, Auteur/e") == []


def test_the_english_message_table_writes_no_alternatives() -> None:
    bad = {code: alternatives(text) for code, text in MESSAGES.items() if alternatives(text)}
    assert bad == {}, bad


def test_the_core_phrases_write_no_alternatives() -> None:
    texts = [form for table in PHRASES.values() for pair in table.values() for form in pair]
    nouns = [noun for forms in NOUNS.values() for noun in forms]
    texts += nouns
    texts += [text for table in compaction_words.TEXTS.values() for text in table.values()]
    texts += [form for pair in annual_report.COUNTED.values() for forms in pair for form in forms]
    assert nouns and [t for t in texts if alternatives(t)] == []
    for code, params in COUNTED_PARAMS.items():  # a counted parameter is one the message really has
        assert all("{" + name + "}" in MESSAGES[code] for name in params), code
        assert all(phrase in PHRASES for phrase in params.values()), code


@pytest.mark.parametrize("language", ["fr", "de"])
def test_the_translations_write_no_alternatives(language: str) -> None:
    bad = []
    for context, source, msg in _translations(language):
        translation = msg.find("translation")
        assert translation is not None
        forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
        bad += [(context, source, found) for form in forms for found in alternatives(form)]
        if msg.get("numerus") == "yes":  # French and German: one singular, one plural, both written
            assert len(forms) == 2 and all(forms), (context, source)
        elif PARENS.search(source):  # a "(s)" source is Qt's idiom for a count: it must get its forms
            bad.append((context, source, "a count without numerus forms"))
    assert bad == [], bad


@pytest.mark.parametrize(("language", "zero", "one", "two"), [
    ("fr", "0 sauvegarde plus ancienne supprimée", "1 sauvegarde plus ancienne supprimée",
     "2 sauvegardes plus anciennes supprimées"),
    ("de", "0 ältere Sicherungen gelöscht", "1 ältere Sicherung gelöscht", "2 ältere Sicherungen gelöscht"),
    (None, "0 older backups removed", "1 older backup removed", "2 older backups removed"),
])
def test_the_backup_line_counts_its_removed_backups(language: str | None, zero: str, one: str, two: str) -> None:
    said = [say("backup.made", language, name="cii-1.db", removed=n) for n in (0, 1, 2)]
    assert [zero in said[0], one in said[1], two in said[2]] == [True, True, True], said
    assert said[0].startswith({"fr": "Sauvegarde cii-1.db", "de": "Sicherung cii-1.db"}.get(language or "", "Backup"))


@pytest.mark.parametrize(("language", "expected"), [
    ("fr", [", en attente de 0 poste", ", en attente de 1 poste", ", en attente de 2 postes"]),
    ("de", [", wartet auf 0 Arbeitsplätze", ", wartet auf 1 Arbeitsplatz", ", wartet auf 2 Arbeitsplätze"]),
])
def test_the_sync_summary_counts_workstations_and_notices(language: str, expected: list[str]) -> None:
    assert [say("sync.out.waiting", language, count=n) for n in (0, 1, 2)] == expected
    skew = {"fr": "horloge décalée sur 2 postes", "de": "Uhr falsch auf 2 Arbeitsplätzen"}[language]
    assert skew in say("sync.out.skew", language, count=2)
    notices = [say("sync.out.notices", language, count=n) for n in (1, 2)]
    assert notices == {
        "fr": [" ; 1 avis demande votre attention", " ; 2 avis demandent votre attention"],
        "de": ["; 1 Hinweis erfordert Aufmerksamkeit", "; 2 Hinweise erfordern Aufmerksamkeit"]}[language]
    held = [say("sync.out.held_back", language, count=n) for n in (1, 2)]
    assert held == {"fr": [", 1 modification retenue (pas encore de consentement)",
                           ", 2 modifications retenues (pas encore de consentement)"],
                    "de": [", 1 Änderung zurückgehalten (noch keine Einwilligung)",
                           ", 2 Änderungen zurückgehalten (noch keine Einwilligung)"]}[language]
    outside = say("sync.out.held_outside", language, count=0)
    assert outside.startswith({"fr": ", 0 modification conservée sur cet ordinateur :",
                               "de": ", 0 Änderungen auf diesem Computer behalten:"}[language]), outside


@pytest.mark.parametrize(("language", "expected"), [
    ("fr", ["Droit d'accès : 0 enregistrement, 1 valeur d'historique.",
            "Droit d'accès : 1 enregistrement, 2 valeurs d'historique.",
            "Droit d'accès : 2 enregistrements, 0 valeur d'historique."]),
    ("de", ["Auskunftsrecht: 0 Datensätze, 1 Wert im Verlauf.", "Auskunftsrecht: 1 Datensatz, 2 Werte im Verlauf.",
            "Auskunftsrecht: 2 Datensätze, 0 Werte im Verlauf."]),
])
def test_the_right_of_access_line_counts_records_and_values(language: str, expected: list[str]) -> None:
    assert [say("access.done", language, records=n, history=(n + 1) % 3) for n in (0, 1, 2)] == expected
    erase = say("erase.preview", language, name="X", counts=table_counts({"case_file": 1}, language), journal=2)
    assert erase == {"fr": "Personne X : 1 dossier ; 2 valeurs dans l'historique des modifications.",
                     "de": "Person X: 1 Fall; 2 Werte im Änderungsverlauf."}[language]


@pytest.mark.parametrize(("language", "expected"), [
    ("fr", "0 dossier, 1 personne, 2 ordres d'effacement, 2 dossiers"),
    ("de", "0 Fälle, 1 Person, 2 Löschaufträge, 2 Fälle"),
    (None, "0 cases, 1 person, 2 erasure orders, 2 cases"),
])
def test_the_check_counts_say_cases_in_words(language: str | None, expected: str) -> None:
    first = table_counts({"case_file": 0, "person": 1, "erasure_order": 2}, language)
    assert f"{first}, {counted('cases', 2, language)}" == expected
    assert "Dossier" not in table_counts({t: 2 for t in NOUNS}, "de")


@pytest.mark.parametrize("language", ["fr", "de"])
def test_the_windows_converted_counts_agree(qapp: Any, language: str) -> None:
    translator = QTranslator()
    assert translator.load(f"cii_desktop_{language}", str(asset_dir("translations")))
    QCoreApplication.installTranslator(translator)
    try:
        rows = [QCoreApplication.translate("TargetsDialog", "Row(s) %1: no announcement to the ORP.", "", n)
                for n in (1, 2)]
        signatures = [QCoreApplication.translate("DocumentDialog", "%1 of %2 signatures", "", n) for n in (0, 1, 2)]
        days = [QCoreApplication.translate("HandlingsController", "waiting for %1 days", "", n) for n in (0, 1, 2)]
        talks = [QCoreApplication.translate("HandlingsController", "%1 interviews", "", n) for n in (0, 1, 2)]
    finally:
        QCoreApplication.removeTranslator(translator)
    assert rows == {"fr": ["Ligne %1 : pas d'annonce à l'ORP.", "Lignes %1 : pas d'annonce à l'ORP."],
                    "de": ["Zeile %1: keine Meldung an das RAV.", "Zeilen %1: keine Meldung an das RAV."]}[language]
    assert signatures == {"fr": ["%1 signature sur %2", "%1 signature sur %2", "%1 signatures sur %2"],
                          "de": ["%1 von %2 Unterschriften"] * 3}[language]
    assert days == {"fr": ["en attente depuis %1 jour"] * 2 + ["en attente depuis %1 jours"],
                    "de": ["wartet seit %1 Tagen", "wartet seit %1 Tag", "wartet seit %1 Tagen"]}[language]
    assert talks == {"fr": ["%1 entretien", "%1 entretien", "%1 entretiens"],
                     "de": ["%1 Gespräche", "%1 Gespräch", "%1 Gespräche"]}[language]


@pytest.mark.parametrize(("language", "one", "two"), [
    ("fr", "Dossier de démonstration D : 1 personne, 1 dossier",
     "Dossier de démonstration D : 2 personnes, 2 dossiers"),
    ("de", "Demo-Datenordner D: 1 Person, 1 Fall", "Demo-Datenordner D: 2 Personen, 2 Fälle"),
])
def test_the_demo_and_join_lines_agree(language: str, one: str, two: str) -> None:
    said = [say("cli.out.demo", language, folder="D", persons=n, cases=n, key="k") for n in (1, 2)]
    assert said[0].startswith(one) and said[1].startswith(two), said
    assert say("cli.out.joined", language, network="N", count=2).endswith(
        {"fr": "(2 postes).", "de": "(2 Arbeitsplätze)."}[language])
