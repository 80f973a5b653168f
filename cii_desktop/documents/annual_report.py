"""The Bureau's annual report, French or German, in the seed report's structure (announced, handled jointly,
assessments, TRO, décloisonnement): sentences, tables and charts (reportlab graphics); and the same tables as
an xlsx workbook, one sheet per table. Input: the figures of services.statistics (codes and counts)."""

from __future__ import annotations

import datetime as dt
import io
from typing import Any

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.piecharts import Pie
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, KeepTogether, SimpleDocTemplate, Spacer

from ..domain.dates import format_date
from ..domain.plurals import choose
from ..domain.rule_tables import load
from .engine import ACCENT, FONT, MARGIN, grid_table, para, register_fonts

REGION_CODES = {"sion": "SION", "sierre": "SIERRE", "martigny": "MARTIGNY", "monthey": "MONTHEY",
                "upper_valais": "UPPER_VALAIS"}
OUTCOMES = {
    "work": ("Emploi (premier marché du travail)", "Stelle (erster Arbeitsmarkt)"),
    "social_assistance": ("Suivi par l'aide sociale (AS)", "Begleitung durch die Sozialhilfe"),
    "disability_insurance": ("Suivi par l'AI", "Begleitung durch die IV"),
    "orp": ("Suivi par l'ORP", "Begleitung durch das RAV"),
    "network": ("Suivi en réseau", "Begleitung im Netzwerk"),
    "other": ("Autre issue", "Anderes Ergebnis"),
    "pending": ("En suspens", "Offen"),
    "lack_of_cooperation": ("Manque de collaboration", "Fehlende Mitwirkung"),
    "lack_of_availability": ("Manque de disponibilité / d'employabilité",
                             "Fehlende Verfügbarkeit / Arbeitsmarktfähigkeit"),
    "ongoing": ("En cours", "Laufend"),
}
TEXT: dict[str, tuple[str, str]] = {
    "title": ("Collaboration interinstitutionnelle (CII) – Rapport annuel {year}",
              "Interinstitutionelle Zusammenarbeit (IIZ) – Jahresbericht {year}"),
    "title_period": ("Collaboration interinstitutionnelle (CII) – Rapport du {start} au {end}",
                     "Interinstitutionelle Zusammenarbeit (IIZ) – Bericht vom {start} bis {end}"),
    "in_year": ("en {year}", "{year}"),
    "in_period": ("du {start} au {end}", "vom {start} bis {end}"),
    "subtitle": ("Bureau CII – chiffres calculés par CII Desktop", "IIZ-Büro – Zahlen berechnet von CII Desktop"),
    "s1": ("1. Situations annoncées au Bureau CII", "1. Dem IIZ-Büro gemeldete Situationen"),
    "by_region": ("Par région", "Nach Region"),
    "by_institution": ("Par institution annonceuse", "Nach meldender Institution"),
    "per_month": ("Annonces par mois", "Meldungen pro Monat"),
    "region": ("Région", "Region"), "institution": ("Institution", "Institution"), "count": ("Nombre", "Anzahl"),
    "month": ("Mois", "Monat"), "outcome": ("Résultat", "Ergebnis"), "figure": ("Chiffre", "Zahl"),
    "s2": ("2. Prises en charge", "2. Begleitungen"),
    "assessment_h": ("Assessment de type MAMAC", "Assessment (Typ MAMAC)"),
    "round_table_h": ("Table ronde (TRO)", "Runder Tisch (TRO)"),
    "tandem_h": ("Mesure décloisonnement LIAS-LEMC", "Tandem-Massnahme LIAS-LEMC"),  # glossary terms
    "outcomes_of": ("Résultats", "Ergebnisse"),
    "decided": ("Décidés", "Beschlossen"), "waiting": ("En attente d'organisation", "Wartend"),
    "held": ("Tenus", "Durchgeführt"), "closed": ("Fermés", "Abgeschlossen"),
    "organising": ("En cours d'organisation", "In Organisation"), "total": ("Total", "Total"),
    "rate": ("Taux d'emploi", "Beschäftigungsquote"),
    "summary": ("Résumé", "Übersicht"), "announced_k": ("Annoncées", "Gemeldet"),
    "coordinated_k": ("Prises en charge coordonnées", "Koordiniert begleitet"), "refused_k": ("Refusées", "Abgelehnt"),
    "page": ("page {n} / {m}", "Seite {n} / {m}"),
    # a chart with nothing to show is not drawn (an empty pie would be a full disc): this line instead
    "this_year": ("cette année", "in diesem Jahr"), "this_period": ("sur cette période", "in diesem Zeitraum"),
    "no_announcement": ("Aucune situation annoncée {scope}.", "Keine gemeldeten Situationen {scope}."),
    "no_round_table": ("Aucune table ronde (TRO) tenue {scope}.", "Kein Runder Tisch {scope}."),
    "no_round_table_outcome": ("Aucun résultat de table ronde (TRO) enregistré {scope}.",
                               "Kein Ergebnis eines Runden Tisches erfasst {scope}."),
    "no_assessment_outcome": ("Aucun résultat d'assessment enregistré {scope}.",
                              "Kein Assessment-Ergebnis erfasst {scope}."),
    "no_assessment": ("Aucun assessment tenu {scope}.", "Kein Assessment {scope}."),
    "no_tandem": ("Aucun tandem {scope}.", "Keine Tandems {scope}."),
    "no_tandem_outcome": ("Aucun résultat de tandem enregistré {scope}.", "Kein Tandem-Ergebnis erfasst {scope}."),
}


# The report's sentences, clause by clause: each clause agrees with its count (domain.plurals: French singular
# for 0 and 1, German for 1). key -> ((French singular, plural), (German singular, plural)); "{n}" is the count.
COUNTED: dict[str, tuple[tuple[str, str], tuple[str, str]]] = {
    "announced": (("{n} situation a été annoncée {when} au Bureau CII", "{n} situations ont été annoncées {when} au "
                   "Bureau CII"), ("{n} Situation wurde {when} dem IIZ-Büro gemeldet",
                                   "{n} Situationen wurden {when} dem IIZ-Büro gemeldet")),
    "coordinated": (("{n} d'entre elles ({share}) a fait l'objet d'une prise en charge coordonnée par les dispositifs "
                     "intéressés", "{n} d'entre elles ({share}) ont fait l'objet d'une prise en charge coordonnée par "
                     "les dispositifs intéressés"),
                    ("{n} davon ({share}) wurde von den beteiligten Institutionen koordiniert begleitet",
                     "{n} davon ({share}) wurden von den beteiligten Institutionen koordiniert begleitet")),
    "refused": (("{n} a été refusée", "{n} ont été refusées"), ("{n} wurde abgelehnt", "{n} wurden abgelehnt")),
    "a_decided": (("{n} assessment a été décidé", "{n} assessments ont été décidés"),
                  ("{n} Assessment wurde beschlossen", "{n} Assessments wurden beschlossen")),
    "a_held": (("{n} a été organisé", "{n} ont été organisés"), ("{n} wurde durchgeführt", "{n} wurden durchgeführt")),
    "a_waiting": (("{n} est en attente d'organisation", "{n} sont en attente d'organisation"),
                  ("{n} wartet auf seine Organisation", "{n} warten auf ihre Organisation")),
    "a_closed": (("{n} dossier a été fermé", "{n} dossiers ont été fermés"),
                 ("{n} Fall wurde abgeschlossen", "{n} Fälle wurden abgeschlossen")),
    "r_held": (("{n} TRO a eu lieu", "{n} TRO ont eu lieu"),
               ("{n} Runder Tisch hat stattgefunden", "{n} Runde Tische haben stattgefunden")),
    "r_organising": (("{n} est en cours d'organisation", "{n} sont en cours d'organisation"),
                     ("{n} ist in Organisation", "{n} sind in Organisation")),
    "t_total": (("{n} situation a bénéficié du coaching intensif en tandem",
                 "{n} situations ont bénéficié du coaching intensif en tandem"),
                ("{n} Situation wurde im Tandem intensiv begleitet", "{n} Situationen wurden im Tandem intensiv "
                 "begleitet")),
    "t_work": (("{n} personne a trouvé un emploi ({rate})", "{n} personnes ont trouvé un emploi ({rate})"),
               ("{n} Person hat eine Stelle gefunden ({rate})", "{n} Personen haben eine Stelle gefunden ({rate})")),
}
# How the clauses make the sentences (French puts a space before ":" and ";").
SENTENCES: dict[str, tuple[str, str]] = {
    "announced": ("{announced} ; {coordinated} et {refused}.", "{announced}; {coordinated}, {refused}."),
    "assessment": ("{a_decided} : {a_held}, {a_waiting}. {a_closed}.", "{a_decided}: {a_held}, {a_waiting}. "
                   "{a_closed}."),
    "round_table": ("{r_held}, {r_organising}.", "{r_held}, {r_organising}."),
    "tandem": ("{t_total} ; {t_work}.", "{t_total}; {t_work}."),
}


def counted(key: str, count: int, language: str, **values: object) -> str:
    """One clause of a sentence, agreeing with its count: '1 TRO a eu lieu', '2 Runde Tische haben stattgefunden'."""
    forms = COUNTED[key][1 if language == "de" else 0]
    return choose(forms, count, language).format(n=count, **values)


def sentence(key: str, language: str, counts: dict[str, int], **values: object) -> str:
    """A sentence of the report from its clauses, each with its count (``counts``: clause key -> count)."""
    pair = SENTENCES[key]
    clauses = {name: counted(name, n, language, **values) for name, n in counts.items()}
    return (pair[1] if language == "de" else pair[0]).format(**clauses)


def t(key: str, language: str, **values: object) -> str:
    pair = TEXT[key]
    return (pair[1] if language == "de" else pair[0]).format(**values)


def _days(figures: dict[str, Any]) -> dict[str, str]:
    period = figures["period"]
    return {key: format_date(dt.date.fromisoformat(period[name])) for key, name in (("start", "from"), ("end", "to"))}


def report_title(figures: dict[str, Any], language: str) -> str:
    """The report's title: the year's, or the period's (dd.MM.yyyy) when the figures are of a period."""
    if "period" in figures:
        return t("title_period", language, **_days(figures))
    return t("title", language, year=figures["year"])


def announced(figures: dict[str, Any], language: str) -> str:
    """The first sentence of the report: announced, handled jointly, refused (in the year, or the period)."""
    when = t("in_period", language, **_days(figures)) if "period" in figures else t(
        "in_year", language, year=figures["year"])
    return sentence("announced", language, {"announced": figures["announced"], "coordinated": figures["coordinated"],
                                            "refused": figures["refused"]},
                    when=when, share=percent(figures["coordinated_share"], language))


def outcome(code: str, language: str) -> str:
    pair = OUTCOMES[code]
    return pair[1] if language == "de" else pair[0]


def short_outcome(code: str, language: str) -> str:
    """The register's short label (tables/outcomes.json), on two lines when long: for chart axes."""
    labels = {str(r["code"]): str(r[language]) for r in load("outcomes")["register_outcomes"]}
    text = labels.get(code, outcome(code, language))
    return text.replace(" ", "\n", 1) if len(text) > 12 else text


def month(key: str) -> str:
    """'2012-03' -> '03.2012' (Swiss order)."""
    return f"{key[5:]}.{key[:4]}"


def percent(share: float, language: str) -> str:
    text = f"{share * 100:.1f}".replace(".0", "") if share else "0"
    return (text.replace(".", ",") if language == "fr" else text) + "\u00a0%"


def _labels(list_name: str, language: str) -> dict[str, str]:
    return {str(r["code"]): str(r[language]) for r in load("register")[list_name]}


def region(key: str, language: str) -> str:
    return _labels("regions", language)[REGION_CODES[key]]


def institution(code: str, language: str) -> str:
    return _labels("institutions", language)[code]


def tables(figures: dict[str, Any], months: dict[str, int], language: str) -> list[tuple[str, list[str],
                                                                                         list[list[Any]]]]:
    """Every table of the report: (title, header, rows) — the PDF's tables and the xlsx sheets."""
    a, r, d = figures["assessment"], figures["round_table"], figures["tandem"]
    count = t("count", language)
    return [
        (t("summary", language), [t("figure", language), count],
         [[t("announced_k", language), figures["announced"]], [t("coordinated_k", language), figures["coordinated"]],
          [t("refused_k", language), figures["refused"]]]),
        (t("by_region", language), [t("region", language), count],
         [[region(k, language), v] for k, v in figures["by_region"].items()]),
        (t("by_institution", language), [t("institution", language), count],
         [[institution(k, language), v] for k, v in figures["by_institution"].items()]),
        (t("per_month", language), [t("month", language), count], [[month(m), c] for m, c in months.items()]),
        (t("assessment_h", language), [t("figure", language), count],
         [[t(k, language), a[k]] for k in ("decided", "held", "waiting", "closed")]
         + [[outcome(k, language), v] for k, v in a["outcomes"].items()]),
        (t("round_table_h", language), [t("figure", language), count],
         [[t(k, language), r[k]] for k in ("decided", "held", "organising")]
         + [[outcome(k, language), v] for k, v in r["outcomes"].items()]),
        (t("tandem_h", language), [t("figure", language), count],
         [[t("total", language), d["total"]]] + [[region(k, language), v] for k, v in d["by_region"].items()]
         + [[outcome(k, language), v] for k, v in d["outcomes"].items()]
         + [[t("rate", language), percent(d["employment_rate"], language)]]),
    ]


def bar_chart(labels: list[str], values: list[int], title: str, width: float = 170 * mm,
              height: float = 55 * mm) -> Drawing:
    """A vertical bar chart drawn with reportlab graphics (vector, fonts embedded)."""
    register_fonts()
    drawing = Drawing(width, height)
    drawing.initialFontName = FONT  # no base-14 Helvetica referenced
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 28, 30, width - 40, height - 50
    chart.data = [values or [0]]
    chart.categoryAxis.categoryNames = labels or [""]
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 6.5
    chart.categoryAxis.labels.angle = 0 if len(labels) <= 8 else 30
    chart.categoryAxis.labels.boxAnchor = "n" if len(labels) <= 8 else "ne"
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = max([*values, 1]) * 1.15
    chart.valueAxis.valueStep = max(1, round(max([*values, 1]) / 5))
    chart.bars[0].fillColor = ACCENT
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName = FONT
    chart.barLabels.fontSize = 6.5
    chart.barLabels.nudge = 6
    drawing.add(chart)
    drawing.add(String(0, height - 10, title, fontName=FONT, fontSize=8.5))
    return drawing


def pie_chart(labels: list[str], values: list[int], title: str) -> Drawing:
    register_fonts()
    drawing = Drawing(170 * mm, 60 * mm)
    drawing.initialFontName = FONT  # no base-14 Helvetica referenced
    pie = Pie()
    pie.x, pie.y, pie.width, pie.height = 55 * mm, 10, 120, 120
    shown = [(label, value) for label, value in zip(labels, values, strict=True) if value]
    if not shown:  # a pie of nothing would be a full disc labelled "(1)": callers show a line instead
        raise ValueError("a pie chart needs at least one non-zero value")
    pie.data = [v for _, v in shown]
    pie.labels = [f"{label} ({value})" for label, value in shown]
    pie.simpleLabels = 0
    pie.sideLabels = 1
    pie.slices.fontName = FONT
    pie.slices.fontSize = 7
    palette = [ACCENT, colors.HexColor("#4a6fa5"), colors.HexColor("#7a9e3c"), colors.HexColor("#d9a227"),
               colors.HexColor("#8c5e9b"), colors.HexColor("#888888")]
    for i in range(len(shown)):
        pie.slices[i].fillColor = palette[i % len(palette)]
    drawing.add(pie)
    drawing.add(String(0, 60 * mm - 10, title, fontName=FONT, fontSize=8.5))
    return drawing


def no_data(key: str, figures: dict[str, Any], language: str) -> str:
    """The line shown instead of a chart whose figures are all zero: 'Keine Tandems in diesem Jahr.'"""
    return t(key, language, scope=t("this_period" if "period" in figures else "this_year", language))


def _no_chart(key: str, figures: dict[str, Any], language: str) -> Flowable:
    return para(no_data(key, figures, language))


def _story(figures: dict[str, Any], months: dict[str, int], language: str) -> list[Flowable]:
    a, r, d = figures["assessment"], figures["round_table"], figures["tandem"]
    all_tables = tables(figures, months, language)
    story: list[Flowable] = [para(report_title(figures, language), "title"),
                             para(t("subtitle", language), "small"), Spacer(1, 4 * mm),
                             para(t("s1", language), "h2"), para(announced(figures, language))]
    for title, header, rows in all_tables[1:3]:
        story += [para(title, "h3"), grid_table(header, rows, [110 * mm, 30 * mm])]
    story.append(Spacer(1, 3 * mm))
    if any(months.values()) or any(figures["by_institution"].values()):
        story.append(bar_chart([month(m) for m in months], list(months.values()), t("per_month", language)))
        story.append(bar_chart([institution(k, language) for k in figures["by_institution"]],
                               list(figures["by_institution"].values()), t("by_institution", language)))
    else:  # one line for both charts: nothing was announced
        story.append(_no_chart("no_announcement", figures, language))
    tro_chart = bar_chart([short_outcome(k, language) for k in r["outcomes"]], list(r["outcomes"].values()),
                          f"{t('round_table_h', language)} – {t('outcomes_of', language)}") if any(
        r["outcomes"].values()) else _no_chart("no_round_table_outcome" if r["held"] else "no_round_table",
                                               figures, language)
    tandem_chart = pie_chart([short_outcome(k, language).replace("\n", " ") for k in d["outcomes"]],
                             list(d["outcomes"].values()),
                             f"{t('tandem_h', language)} – {t('outcomes_of', language)}") if any(
        d["outcomes"].values()) else _no_chart("no_tandem_outcome" if d["total"] else "no_tandem", figures, language)
    story += [para(t("s2", language), "h2"), para(t("assessment_h", language), "h3"),
              para(sentence("assessment", language,
                            {f"a_{k}": a[k] for k in ("decided", "held", "waiting", "closed")})),
              grid_table(*all_tables[4][1:], [110 * mm, 30 * mm]),
              KeepTogether([para(t("round_table_h", language), "h3"),
                            para(sentence("round_table", language,
                                          {"r_held": r["held"], "r_organising": r["organising"]})),
                            grid_table(*all_tables[5][1:], [110 * mm, 30 * mm])]),
              tro_chart,
              # the heading and its sentence stay with their table (never alone at the foot of a page)
              KeepTogether([para(t("tandem_h", language), "h3"),
                            para(sentence("tandem", language, {"t_total": d["total"], "t_work": d["outcomes"]["work"]},
                                          rate=percent(d["employment_rate"], language))),
                            grid_table(*all_tables[6][1:], [110 * mm, 30 * mm])]),
              tandem_chart]
    return story


class _Pages(Canvas):  # type: ignore[misc]  # reportlab is untyped
    """Numbers every page "page n / m" once the page count is known."""

    def __init__(self, *args: Any, language: str = "fr", **kwargs: Any) -> None:
        kwargs["initialFontName"] = kwargs.get("initialFontName") or FONT  # never a base-14 Helvetica
        super().__init__(*args, **kwargs)
        self._saved: list[dict[str, Any]] = []
        self._language = language

    def showPage(self) -> None:  # noqa: N802 - reportlab's name
        self._saved.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        for state in self._saved:
            self.__dict__.update(state)
            self.setFont(FONT, 7.5)
            self.drawRightString(A4[0] - MARGIN, 10 * mm, t("page", self._language, n=self._pageNumber,
                                                             m=len(self._saved)))
            super().showPage()
        super().save()


def render_pdf(figures: dict[str, Any], months: dict[str, int], language: str) -> bytes:
    register_fonts()
    out = io.BytesIO()
    doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
                            bottomMargin=MARGIN, title=report_title(figures, language), author="CII Desktop",
                            lang=language)
    doc.build(_story(figures, months, language),
              canvasmaker=lambda *a, **k: _Pages(*a, language=language, **k))
    return out.getvalue()


def render_xlsx(figures: dict[str, Any], months: dict[str, int], language: str) -> bytes:
    """One sheet per table of the report."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    from .xlsx_cells import append_row

    book = Workbook()
    first = True
    for title, header, rows in tables(figures, months, language):
        sheet = book.active if first else book.create_sheet()
        assert sheet is not None
        first = False
        sheet.title = "".join(ch for ch in title if ch not in "[]:*?/\\")[:31]
        append_row(sheet, header)  # text as text, never a formula (xlsx_cells)
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        for row in rows:
            append_row(sheet, row)
        sheet.column_dimensions["A"].width = 48
        sheet.column_dimensions["B"].width = 14
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
