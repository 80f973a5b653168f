"""The person/case summary shown beside the case list (HTML, translated, dd.MM.yyyy dates)."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ..domain import reference
from . import i18n

if TYPE_CHECKING:
    from ..services.cases import CaseDetail

# Labels marked for lupdate; translated when the view is rendered (so a language switch applies).
L = {
    "consent": QT_TRANSLATE_NOOP("CaseDetailView", "Shared with the partners (consent recorded)"),
    "legal_basis": QT_TRANSLATE_NOOP("CaseDetailView",
                                     "Shared under LIAS art. 60 ff. (legal basis recorded)"),
    "local": QT_TRANSLATE_NOOP("CaseDetailView",
                               "Local only: no consent recorded, nothing leaves this computer"),
    "yes": QT_TRANSLATE_NOOP("CaseDetailView", "yes"),
    "no": QT_TRANSLATE_NOOP("CaseDetailView", "no"),
    "ij_ac": QT_TRANSLATE_NOOP("CaseDetailView", "Unemployment benefits (IJ AC)"),
    "waiting": QT_TRANSLATE_NOOP("CaseDetailView", "Waiting period"),
    "sanctioned": QT_TRANSLATE_NOOP("CaseDetailView", "Sanctioned"),
    "lse": QT_TRANSLATE_NOOP("CaseDetailView", "Job seeker without rights (LSE)"),
    "social": QT_TRANSLATE_NOOP("CaseDetailView", "Social assistance"),
    "fit": QT_TRANSLATE_NOOP("CaseDetailView", "Fit for placement"),
    "young": QT_TRANSLATE_NOOP("CaseDetailView", "Young adult"),
    "end_of_rights": QT_TRANSLATE_NOOP("CaseDetailView", "End of rights"),
    "employability": QT_TRANSLATE_NOOP("CaseDetailView", "Employability verified on"),
    "fitness": QT_TRANSLATE_NOOP("CaseDetailView", "Fitness examination filed on"),
    "pqf": QT_TRANSLATE_NOOP("CaseDetailView", "PQF started on"),
    "deregistered": QT_TRANSLATE_NOOP("CaseDetailView", "Deregistered on"),
    "birth": QT_TRANSLATE_NOOP("CaseDetailView", "Birth date"),
    "avs": QT_TRANSLATE_NOOP("CaseDetailView", "AVS number"),
    "language": QT_TRANSLATE_NOOP("CaseDetailView", "Language"),
    "commune": QT_TRANSLATE_NOOP("CaseDetailView", "Commune"),
    "address": QT_TRANSLATE_NOOP("CaseDetailView", "Address"),
    "phone": QT_TRANSLATE_NOOP("CaseDetailView", "Telephone"),
    "email": QT_TRANSLATE_NOOP("CaseDetailView", "E-mail"),
    "reference": QT_TRANSLATE_NOOP("CaseDetailView", "Reference"),
    "status": QT_TRANSLATE_NOOP("CaseDetailView", "Status"),
    "opened": QT_TRANSLATE_NOOP("CaseDetailView", "Opened on"),
    "closed": QT_TRANSLATE_NOOP("CaseDetailView", "Closed on"),
    "sharing": QT_TRANSLATE_NOOP("CaseDetailView", "Sharing"),
    "person": QT_TRANSLATE_NOOP("CaseDetailView", "Person"),
    "situation": QT_TRANSLATE_NOOP("CaseDetailView", "Situation"),
    "case": QT_TRANSLATE_NOOP("CaseDetailView", "Case"),
    "summary": QT_TRANSLATE_NOOP("CaseDetailView", "Summary"),
}


def _t(key: str) -> str:
    return QCoreApplication.translate("CaseDetailView", L[key])


def _row(key: str, value: str) -> str:
    return (f"<tr><td style='color:#555;padding-right:12px'>{escape(_t(key))}</td>"
            f"<td>{escape(value)}</td></tr>")


def sharing_text(basis: str) -> str:
    return _t(basis if basis in ("consent", "legal_basis") else "local")


def render(detail: CaseDetail) -> str:
    person, case = detail.person, detail.case
    flags = [("ij_ac", person.receives_ij_ac), ("waiting", person.waiting_period),
             ("sanctioned", person.sanctioned), ("lse", person.job_seeker_without_rights),
             ("social", person.social_assistance), ("fit", person.fit_for_placement),
             ("young", person.young_adult)]
    dates = [("end_of_rights", person.end_of_rights_on), ("employability", person.employability_verified_on),
             ("fitness", person.fitness_exam_filed_on), ("pqf", person.pqf_started_on),
             ("deregistered", person.deregistered_on)]
    language = i18n.label(reference.by_code(reference.LANGUAGES, person.language))
    identity = "".join([
        _row("birth", i18n.date_text(person.birth_date)), _row("avs", person.avs_number or "–"),
        _row("language", language), _row("commune", person.commune or "–"),
        _row("address", person.address or "–"), _row("phone", person.phone or "–"),
        _row("email", person.email or "–"),
    ])
    situation = "".join(_row(key, _t("yes") if value else _t("no")) for key, value in flags)
    situation += "".join(_row(key, i18n.date_text(value)) for key, value in dates if value)
    status = i18n.label(reference.by_code(reference.CASE_STATUSES, case.status))
    case_rows = "".join([
        _row("reference", case.reference), _row("status", status),
        _row("opened", i18n.date_text(case.opened_on)),
        _row("closed", i18n.date_text(case.closed_on) or "–"),
        _row("sharing", sharing_text(case.sharing_basis)),
    ])
    summary = escape(case.summary).replace("\n", "<br>") if case.summary else "–"
    return (f"<h3>{escape(_t('person'))}</h3><table>{identity}</table>"
            f"<h3>{escape(_t('situation'))}</h3><table>{situation}</table>"
            f"<h3>{escape(_t('case'))}</h3><table>{case_rows}</table>"
            f"<p><b>{escape(_t('summary'))}</b><br>{summary}</p>")
