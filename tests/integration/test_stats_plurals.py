"""Counts and their nouns agree in French and German (0, 1, 2): the annual report's sentences (PDF and the
statistics window), the register's import report (command line and wizard) and the command line's file size.
French takes the singular for 0 and 1, German for 1 only."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from cii_desktop.documents import annual_report as report
from cii_desktop.domain.plurals import PHRASES, counted
from cii_desktop.paths import asset_dir
from cii_desktop.services import statistics
from cii_desktop.services.register import Problem, Result
from cii_desktop.services.register_xlsx import report_lines
from tests.support.pdf import flat_text


def figures(n: int) -> dict[str, Any]:
    """Every figure of the report equal to ``n``."""
    f = statistics.empty(2012)
    f.update(announced=n, refused=n, coordinated=n, coordinated_share=1.0 if n else 0.0)
    f["assessment"].update(decided=n, held=n, waiting=n, closed=n)
    f["round_table"].update(decided=n, held=n, organising=n)
    f["tandem"]["total"] = n
    f["tandem"]["outcomes"]["work"] = n
    f["tandem"]["employment_rate"] = 1.0 if n else 0.0
    return f


SENTENCES = {
    ("fr", 0): ["0 situation a été annoncée en 2012 au Bureau CII ; 0 d'entre elles (0 %) a fait l'objet d'une "
                "prise en charge coordonnée par les dispositifs intéressés et 0 a été refusée.",
                "0 assessment a été décidé : 0 a été organisé, 0 est en attente d'organisation. 0 dossier a été fermé.",
                "0 TRO a eu lieu, 0 est en cours d'organisation.",
                "0 situation a bénéficié du coaching intensif en tandem ; 0 personne a trouvé un emploi (0 %)."],
    ("fr", 1): ["1 situation a été annoncée en 2012 au Bureau CII ; 1 d'entre elles (100 %) a fait l'objet d'une "
                "prise en charge coordonnée par les dispositifs intéressés et 1 a été refusée.",
                "1 assessment a été décidé : 1 a été organisé, 1 est en attente d'organisation. 1 dossier a été fermé.",
                "1 TRO a eu lieu, 1 est en cours d'organisation.",
                "1 situation a bénéficié du coaching intensif en tandem ; 1 personne a trouvé un emploi (100 %)."],
    ("fr", 2): ["2 situations ont été annoncées en 2012 au Bureau CII ; 2 d'entre elles (100 %) ont fait l'objet "
                "d'une prise en charge coordonnée par les dispositifs intéressés et 2 ont été refusées.",
                "2 assessments ont été décidés : 2 ont été organisés, 2 sont en attente d'organisation. "
                "2 dossiers ont été fermés.",
                "2 TRO ont eu lieu, 2 sont en cours d'organisation.",
                "2 situations ont bénéficié du coaching intensif en tandem ; 2 personnes ont trouvé un emploi "
                "(100 %)."],
    ("de", 0): ["0 Situationen wurden 2012 dem IIZ-Büro gemeldet; 0 davon (0 %) wurden von den beteiligten "
                "Institutionen koordiniert begleitet, 0 wurden abgelehnt.",
                "0 Assessments wurden beschlossen: 0 wurden durchgeführt, 0 warten auf ihre Organisation. "
                "0 Fälle wurden abgeschlossen.",
                "0 Runde Tische haben stattgefunden, 0 sind in Organisation.",
                "0 Situationen wurden im Tandem intensiv begleitet; 0 Personen haben eine Stelle gefunden (0 %)."],
    ("de", 1): ["1 Situation wurde 2012 dem IIZ-Büro gemeldet; 1 davon (100 %) wurde von den beteiligten "
                "Institutionen koordiniert begleitet, 1 wurde abgelehnt.",
                "1 Assessment wurde beschlossen: 1 wurde durchgeführt, 1 wartet auf seine Organisation. "
                "1 Fall wurde abgeschlossen.",
                "1 Runder Tisch hat stattgefunden, 1 ist in Organisation.",
                "1 Situation wurde im Tandem intensiv begleitet; 1 Person hat eine Stelle gefunden (100 %)."],
    ("de", 2): ["2 Situationen wurden 2012 dem IIZ-Büro gemeldet; 2 davon (100 %) wurden von den beteiligten "
                "Institutionen koordiniert begleitet, 2 wurden abgelehnt.",
                "2 Assessments wurden beschlossen: 2 wurden durchgeführt, 2 warten auf ihre Organisation. "
                "2 Fälle wurden abgeschlossen.",
                "2 Runde Tische haben stattgefunden, 2 sind in Organisation.",
                "2 Situationen wurden im Tandem intensiv begleitet; 2 Personen haben eine Stelle gefunden (100 %)."],
}


@pytest.mark.parametrize(("language", "n"), list(SENTENCES))
def test_the_annual_report_sentences_agree_with_their_counts(language: str, n: int) -> None:
    f = figures(n)
    assert report.announced(f, language) == SENTENCES[(language, n)][0].replace(" %", "\u00a0%", 1)
    text = flat_text(report.render_pdf(f, {"2012-01": n}, language)).replace("\u00a0", " ")
    for sentence in SENTENCES[(language, n)]:
        assert sentence in text
    for wrong in ("1 situations", "1 dossiers", "1 assessments", "1 personnes", "1 TRO ont", "1 Situationen",
                  "1 Dossiers", "1 Personen", "0 situations", "0 dossiers", "2 situation ", "2 Situation "):
        assert wrong not in text


def result(n: int) -> Result:
    found = Result(rows=n, new_persons=n, matched_persons=n, already=n, updated=n, unchanged=n, refused=n,
                   written=n, committed=True)  # as --skip-invalid writes them
    found.problems = [Problem(row + 2, "region", "reference.unknown") for row in range(n)]
    return found


REGISTER = {
    ("fr", 0): ["0 ligne lue : 0 valable, 0 avec erreurs ; 0 nouvelle personne, 0 personne déjà connue ; "
                "0 situation déjà importée.", None],
    ("fr", 1): ["1 ligne lue : 0 valable, 1 avec erreurs ; 1 nouvelle personne, 1 personne déjà connue ; "
                "1 situation déjà importée.",
                "Situations déjà importées : 1 mise à jour, 1 inchangée, 1 refusée (motifs ci-dessus).",
                "1 situation importée."],
    ("fr", 2): ["2 lignes lues : 0 valable, 2 avec erreurs ; 2 nouvelles personnes, 2 personnes déjà connues ; "
                "2 situations déjà importées.",
                "Situations déjà importées : 2 mises à jour, 2 inchangées, 2 refusées (motifs ci-dessus).",
                "2 situations importées."],
    ("de", 0): ["0 Zeilen gelesen: 0 gültig, 0 mit Fehlern; 0 neue Personen, 0 bereits bekannte Personen; "
                "0 Situationen bereits importiert.", None],
    ("de", 1): ["1 Zeile gelesen: 0 gültig, 1 mit Fehlern; 1 neue Person, 1 bereits bekannte Person; "
                "1 Situation bereits importiert.",
                "Bereits importierte Situationen: 1 aktualisiert, 1 unverändert, 1 abgelehnt (Gründe oben).",
                "1 Situation importiert."],
    ("de", 2): ["2 Zeilen gelesen: 0 gültig, 2 mit Fehlern; 2 neue Personen, 2 bereits bekannte Personen; "
                "2 Situationen bereits importiert.",
                "Bereits importierte Situationen: 2 aktualisiert, 2 unverändert, 2 abgelehnt (Gründe oben).",
                "2 Situationen importiert."],
}


@pytest.mark.parametrize(("language", "n"), list(REGISTER))
def test_the_register_report_agrees_with_its_counts_on_the_command_line(language: str, n: int) -> None:
    from cii_desktop.cli import translate

    lines = report_lines(result(n), lambda code: translate(code, language), language)
    assert REGISTER[(language, n)][0] in lines
    for expected in REGISTER[(language, n)][1:]:
        if expected is not None:
            assert expected in lines
    assert len(lines) == n + 1 + (2 if n else 0)  # the rows' problems, the summary, again, written


@pytest.mark.parametrize("language", ["fr", "de"])
def test_the_register_report_agrees_in_the_window_too(qapp: Any, language: str) -> None:
    from cii_desktop.gui.messages import message

    translator = QTranslator()
    assert translator.load(f"cii_desktop_{language}", str(asset_dir("translations")))
    QCoreApplication.installTranslator(translator)
    try:
        for n in (0, 1, 2):
            lines = report_lines(result(n), message, language)
            assert REGISTER[(language, n)][0] in lines
        # the wizard's own count (Qt's %n forms): French singular for 0 and 1
        read = [QCoreApplication.translate("MappingPage", "%n row(s) read.", "", n) for n in (0, 1, 2)]
        assert read == {"fr": ["0 ligne lue.", "1 ligne lue.", "2 lignes lues."],
                        "de": ["0 Zeilen gelesen.", "1 Zeile gelesen.", "2 Zeilen gelesen."]}[language]
    finally:
        QCoreApplication.removeTranslator(translator)


def test_every_counted_phrase_has_both_forms_in_every_language() -> None:
    for key, forms in PHRASES.items():
        assert set(forms) == {"en", "fr", "de"}, key
        for language, (one, other) in forms.items():
            assert "{n}" in one and "{n}" in other and "ß" not in one + other, (key, language)
    assert counted("file.bytes", 1, "fr") == "1 octet" and counted("file.bytes", 0, "fr") == "0 octet"
    assert counted("file.bytes", 0, "de") == "0 Bytes" and counted("file.bytes", 1, "de") == "1 Byte"
    assert counted("file.bytes", 2, None) == "2 bytes" and counted("file.bytes", 1, "it") == "1 byte"
    for pair in report.COUNTED.values():
        for one, other in pair:
            assert "{n}" in one and "{n}" in other and "ß" not in one + other
