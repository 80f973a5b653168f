"""The answer to "who saw my file": a person's audit entries as a printed list (FR or DE).

Not a cantonal form: its code says it comes from CII Desktop. Times are Swiss local time.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from .engine import Form, grid_table, para, render

FORM_CODE = "CII-Desktop AUDIT"

_WORDS = {
    "fr": {"title": "Qui a consulté mon dossier", "name": "Personne", "birth": "Date de naissance",
           "period": "Période", "made": "Établi le", "by": "Établi par",
           "intro": "Liste des consultations, impressions, envois et modifications enregistrés dans le journal "
                    "d'audit de ce poste pour la période indiquée (heure suisse).",
           "when": "Date et heure", "institution": "Institution", "user": "Utilisateur/trice",
           "operation": "Opération", "case": "Dossier", "recipients": "Destinataires",
           "none": "Aucune entrée pour cette période.", "count": "Entrées : {n}",
           "workstation": "Poste {id}"},
    "de": {"title": "Wer hat mein Dossier eingesehen", "name": "Person", "birth": "Geburtsdatum",
           "period": "Zeitraum", "made": "Erstellt am", "by": "Erstellt von",
           "intro": "Liste der im Audit-Protokoll dieses Arbeitsplatzes erfassten Einsichten, Ausdrucke, "
                    "Sendungen und Änderungen für den angegebenen Zeitraum (Schweizer Zeit).",
           "when": "Datum und Zeit", "institution": "Institution", "user": "Benutzer/in",
           "operation": "Vorgang", "case": "Dossier", "recipients": "Empfänger",
           "none": "Keine Einträge für diesen Zeitraum.", "count": "Einträge: {n}",
           "workstation": "Arbeitsplatz {id}"},
}


@dataclass(frozen=True)
class AccessRow:
    when: str  # dd.mm.yyyy HH:MM, Swiss local time
    institution: str
    user: str
    operation: str
    case_reference: str
    recipients: str


@dataclass(frozen=True)
class AccessReport:
    language: str
    person_name: str
    birth_date: str
    period: str
    made_on: str
    made_by: str
    issuer: str
    rows: Sequence[AccessRow]


def words(language: str) -> dict[str, str]:
    return _WORDS["de" if language == "de" else "fr"]


def render_access_report(report: AccessReport) -> bytes:
    w = words(report.language)
    body: list[Flowable] = [para(w["intro"]), Spacer(1, 3 * mm)]
    if report.rows:
        body.append(grid_table(
            (w["when"], w["institution"], w["user"], w["operation"], w["case"], w["recipients"]),
            [(r.when, r.institution, r.user, r.operation, r.case_reference, r.recipients) for r in report.rows],
            # six columns in small type, so references and institution names never split mid-word
            (24 * mm, 22 * mm, 34 * mm, 36 * mm, 32 * mm, 26 * mm), cell_style="small"))
    else:
        body.append(para(w["none"]))
    body += [Spacer(1, 2 * mm), para(w["count"].format(n=len(report.rows)), "small")]
    form = Form(title=w["title"], form_code=FORM_CODE, version="1", language=report.language,
                case_reference="", document_id=str(uuid.uuid4()), institution=report.issuer,
                identity=[(w["name"], report.person_name), (w["birth"], report.birth_date),
                          (w["period"], report.period), (w["made"], report.made_on), (w["by"], report.made_by)],
                body=body, subject=w["title"])
    return render(form)

