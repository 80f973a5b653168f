"""The document engine: A4 pages with letterhead, QR reference, page n / m, identity and signature blocks."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from reportlab import rl_config
from reportlab.graphics import renderPDF
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    Image,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from ..paths import asset_dir
from .labels import text
from .layout import KeepTogetherIfFits, RowTable, group_headings, keep_end_with

# Binary image streams (no ASCII85 text encoding) and no attribute checks on drawings: faster renders.
rl_config.useA85 = 0
rl_config.shapeChecking = 0

FONT, BOLD = "CIISans", "CIISans-Bold"
MARGIN = 18 * mm
HEADER_H = 30 * mm
QR_SIZE = 21 * mm
ACCENT = colors.HexColor("#c8102e")
FORM_LABEL = "v"


@cache
def register_fonts() -> None:
    """Embed DejaVu Sans (all of Latin, with French and German letters) from resources/."""
    folder = asset_dir("resources")
    pdfmetrics.registerFont(TTFont(FONT, str(folder / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont(BOLD, str(folder / "DejaVuSans-Bold.ttf")))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=BOLD, italic=FONT, boldItalic=BOLD)


@cache
def styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    base = ParagraphStyle("body", fontName=FONT, fontSize=9.5, leading=12.5, alignment=TA_LEFT,
                          allowWidows=0)  # a paragraph split over two pages leaves two lines or more
    return {
        "body": base,
        "small": ParagraphStyle("small", parent=base, fontSize=8, leading=10, textColor=colors.HexColor("#444444")),
        "title": ParagraphStyle("title", parent=base, fontName=BOLD, fontSize=15, leading=19, spaceAfter=2 * mm),
        "h2": ParagraphStyle("h2", parent=base, fontName=BOLD, fontSize=11, leading=14, spaceBefore=4 * mm,
                             spaceAfter=1.5 * mm, textColor=ACCENT, keepWithNext=1),
        "h3": ParagraphStyle("h3", parent=base, fontName=BOLD, fontSize=9.5, leading=12.5, spaceBefore=2.5 * mm,
                             spaceAfter=1 * mm, keepWithNext=1),
        "label": ParagraphStyle("label", parent=base, fontSize=8.5, leading=11, textColor=colors.HexColor("#555555")),
        "mono": ParagraphStyle("mono", parent=base, fontName=BOLD, fontSize=16, leading=22),
    }


@cache
def _hyphenator(language: str) -> Any:
    """Hyphenation in the print language; in a bilingual print each word in its own language
    (documents/hyphenation.py): a word too long for its column breaks at one of its syllables."""
    from .hyphenation import hyphenator

    return hyphenator(language)


@cache
def _hyphenated(style: ParagraphStyle, language: str) -> ParagraphStyle:
    return ParagraphStyle(f"{style.name}-{language}", parent=style, hyphenationLang=_hyphenator(language),
                          embeddedHyphenation=1, hyphenationMinWordLength=6)


def prepare(flowables: Sequence[Any], language: str, inside: bool = False) -> None:
    """Give the paragraphs in the ruled tables' narrow columns the print language's hyphenation (no
    word is cut at an arbitrary letter), and every table the print language's "(continued)" mark."""
    for item in flowables:
        if isinstance(item, Paragraph) and inside:
            item.style = _hyphenated(item.style, language)
        elif isinstance(item, RowTable):
            item.cii_continued = f"({text('continued', language)})"
            prepare([cell for row in item._cellvalues for cell in row], language, item.cii_narrow)
        elif isinstance(item, list | tuple):
            prepare(item, language, inside)
        elif isinstance(item, KeepTogether):
            prepare(item._content, language)


def esc(value: object) -> str:
    """Text safe inside a reportlab Paragraph (its mini-markup), line breaks kept."""
    raw = "" if value is None else str(value)
    return raw.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br/>")


def para(value: object, style: str = "body") -> Paragraph:
    return Paragraph(esc(value), styles()[style])


@dataclass(frozen=True)
class Party:
    """A signature block: who signs, in which role and institution, where and when; maybe the image."""

    role: str
    name: str = ""
    institution: str = ""
    place: str = ""
    date: str = ""
    image: bytes | None = None


@dataclass
class Form:
    """Everything the engine needs to lay out one printed form."""

    title: str
    form_code: str
    version: str
    language: str  # fr | de | bilingual
    case_reference: str
    document_id: str
    institution: str
    identity: list[tuple[str, str]]
    body: list[Flowable] = field(default_factory=list)
    parties: list[Party] = field(default_factory=list)
    subject: str = ""
    author: str = "CII Desktop"
    status_line: str = ""
    institution_short: str = ""  # used where the full name does not fit beside the version block
    signed_with: list[Flowable] = field(default_factory=list)  # the words signed: printed whole above the signatures


LANGUAGE_MARK = {"fr": "FR", "de": "DE", "bilingual": "FR/DE"}
LETTERHEAD_LEFT = MARGIN + 19 * mm
VERSION_RIGHT = A4[0] - MARGIN - 24 * mm


def fit_letterhead(name: str, short: str, right_texts: Sequence[str]) -> tuple[str, float]:
    """The issuer's name and the font size that keep it clear of the version block on its right."""
    room = VERSION_RIGHT - max(pdfmetrics.stringWidth(t, FONT, 8.5) for t in right_texts) - 4 * mm - LETTERHEAD_LEFT
    for candidate in (name, short or name):
        for size in (8.5, 8.0, 7.5, 7.0):
            if pdfmetrics.stringWidth(candidate, FONT, size) <= room:
                return candidate, size
    candidate = short or name
    while candidate and pdfmetrics.stringWidth(candidate + "…", FONT, 7.0) > room:
        candidate = candidate[:-1]
    return candidate + "…", 7.0


def qr_payload(case_reference: str, document_id: str, version: str) -> str:
    """What the QR code holds: enough to match a scanned paper to its record, no personal data."""
    return f"CII-DOC|{case_reference}|{document_id}|v{version}"


def _qr(value: str, size: float) -> Drawing:
    widget = QrCodeWidget(value, barLevel="M")
    x1, y1, x2, y2 = widget.getBounds()
    drawing = Drawing(size, size, transform=[size / (x2 - x1), 0, 0, size / (y2 - y1), 0, 0])
    drawing.initialFontName = FONT  # the drawing's default font (no text): the embedded one, never Helvetica
    drawing.add(widget)
    return drawing


class _NumberedCanvas(Canvas):  # type: ignore[misc]  # reportlab is untyped
    """A canvas that knows the page count at the end and writes "page n / m" on each page."""

    form: Form

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs["initialFontName"] = kwargs.get("initialFontName") or FONT  # never a base-14 Helvetica
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:  # noqa: N802 - reportlab's name
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        # The QR code is the same on every page: computed and drawn once, as a reusable PDF form.
        self.beginForm("qr")
        renderPDF.draw(_qr(qr_payload(self.form.case_reference, self.form.document_id, self.form.version), QR_SIZE),
                       self, 0, 0)
        self.endForm()
        for state in self._pages:
            self.__dict__.update(state)
            _decorate(self, self.form, self._pageNumber, total)
            super().showPage()
        super().save()


def _decorate(canvas: Canvas, form: Form, page: int, total: int) -> None:
    width, height = A4
    lang = form.language
    top = height - MARGIN
    logo = asset_dir("resources") / "cii-desktop.png"
    canvas.drawImage(ImageReader(str(logo)), MARGIN, top - 16 * mm, 16 * mm, 16 * mm, mask="auto")
    canvas.setFillColor(colors.black)
    canvas.setFont(BOLD, 10.5)
    canvas.drawString(MARGIN + 19 * mm, top - 5 * mm, text("network_short" if lang == "bilingual" else "network", lang))
    right_texts = (form.form_code, f"{FORM_LABEL} {form.version} · {LANGUAGE_MARK.get(lang, lang)}",
                   f"ID {form.document_id[:8]}")
    issuer, size = fit_letterhead(form.institution, form.institution_short, right_texts)
    canvas.setFont(FONT, size)
    canvas.drawString(LETTERHEAD_LEFT, top - 9.5 * mm, issuer)
    canvas.setFont(FONT, 8.5)
    canvas.drawString(LETTERHEAD_LEFT, top - 14 * mm, f"{text('case_reference', lang)}: {form.case_reference}")
    for offset, value in zip((5, 9.5, 14), right_texts, strict=True):
        canvas.drawRightString(VERSION_RIGHT, top - offset * mm, value)
    if form.status_line:
        canvas.setFillColor(ACCENT)
        canvas.setFont(BOLD, 8.5)
        canvas.drawString(MARGIN + 19 * mm, top - 18.5 * mm, form.status_line)
        canvas.setFillColor(colors.black)
    canvas.saveState()
    canvas.translate(width - MARGIN - QR_SIZE, top - QR_SIZE)
    canvas.doForm("qr")
    canvas.restoreState()
    canvas.setStrokeColor(ACCENT)
    canvas.setLineWidth(0.8)
    canvas.line(MARGIN, top - 23 * mm, width - MARGIN, top - 23 * mm)
    canvas.setFont(FONT, 7.5)
    canvas.setFillColor(colors.HexColor("#555555"))
    canvas.drawString(MARGIN, 10 * mm, f"{form.form_code} · {form.case_reference} · ID {form.document_id[:8]} · "
                                       f"{LANGUAGE_MARK.get(lang, lang)}")
    canvas.drawRightString(width - MARGIN, 10 * mm, f"{text('page', lang)} {page} / {total}")


def identity_block(rows: Sequence[tuple[str, str]]) -> Table:
    st = styles()
    data = [[Paragraph(esc(k), st["label"]), Paragraph(esc(v), st["body"])] for k, v in rows]
    half = (len(data) + 1) // 2
    left, right = data[:half], data[half:] + [["", ""]] * (half - len(data[half:]))
    merged = [a + b for a, b in zip(left, right, strict=True)]
    table = Table(merged, colWidths=[28 * mm, 58 * mm, 28 * mm, 60 * mm])
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("BOX", (0, 0), (-1, -1), 0.5, colors.HexColor("#999999")),
        ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#f6f6f6")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]))
    return table


def row_table(data: list[list[Any]], widths: Sequence[float], style: list[tuple[Any, ...]],
              header: int = 0) -> RowTable:
    """A table whose long rows split across pages (any length of free text prints), short rows never,
    and whose continued rows repeat their label (layout.RowTable); ``header`` rows repeat on each page."""
    style = [("FONTNAME", (0, 0), (-1, -1), FONT), *style]  # a plain-text cell: the embedded font
    table = RowTable(data, colWidths=list(widths), repeatRows=header, splitInRow=1)
    table.setStyle(TableStyle(style))
    table.cii_style, table.cii_widths, table.cii_header = list(style), list(widths), header
    table.cii_narrow = header > 0  # a ruled table's narrow columns: hyphenated in the print language
    return table


def field_table(rows: Sequence[tuple[str, object]], label_width: float = 48 * mm) -> Table:
    """Label / value lines (free text wraps, and a long one continues on the next page)."""
    st = styles()
    data = [[Paragraph(esc(k), st["label"]), Paragraph(esc(v if v not in (None, "") else "–"), st["body"])]
            for k, v in rows]
    return row_table(data, [label_width, A4[0] - 2 * MARGIN - label_width], [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.HexColor("#cccccc")),
        ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ])


def grid_table(header: Sequence[str], rows: Sequence[Sequence[object]], widths: Sequence[float],
               cell_style: str = "body") -> Table:
    """A ruled table with a header row that repeats on each page (``cell_style``: "small" for many columns)."""
    st = styles()
    data: list[list[Flowable | str]] = [[Paragraph(f"<b>{esc(h)}</b>", st["small"]) for h in header]]
    data += [[Paragraph(esc(c), st[cell_style]) for c in row] for row in rows]
    return row_table(data, widths, [
        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#999999")),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eeeeee")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ], header=1)


def signature_blocks(parties: Sequence[Party], lang: str) -> list[Flowable]:
    """One block per party, two per row, kept whole on a page; the two signature lines of a row at
    one height (who signs at the top of each block, the signature at its foot)."""
    st = styles()
    tops: list[list[Flowable]] = []
    feet: list[list[Flowable]] = []
    for party in parties:
        lines: list[Flowable] = [Paragraph(f"<b>{esc(party.role)}</b>", st["body"])]
        place_date = ", ".join(v for v in (party.place, party.date) if v) or ""
        if party.place and not party.date:
            place_date += ", " + "_" * 14
        fields = [("name", party.name), ("institution", party.institution), ("place_date", place_date)]
        for key, value in fields:
            if key == "institution" and not value:
                continue
            lines.append(Paragraph(f"{esc(text(key, lang))}: {esc(value) or '_' * 28}", st["small"]))
        tops.append(lines)
        feet.append([Image(io.BytesIO(party.image), width=55 * mm, height=18 * mm, kind="proportional")
                     if party.image else Spacer(1, 14 * mm),
                     Paragraph(f"{'_' * 38}<br/>{esc(text('signature', lang))}", st["small"])])
    if not tops:
        return []
    rows: list[list[Any]] = []
    style: list[tuple[Any, ...]] = [("FONTNAME", (0, 0), (-1, -1), FONT), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                    ("TOPPADDING", (0, 0), (-1, -1), 0)]
    for i in range(0, len(tops), 2):
        pad = [Spacer(1, 1)] * (2 - len(tops[i:i + 2]))
        rows += [tops[i:i + 2] + pad, feet[i:i + 2] + pad]
        style += [("TOPPADDING", (0, len(rows) - 2), (-1, len(rows) - 2), 6),
                  ("VALIGN", (0, len(rows) - 1), (-1, len(rows) - 1), "BOTTOM"),
                  ("NOSPLIT", (0, len(rows) - 2), (-1, len(rows) - 1))]  # a block never split
    table = Table(rows, colWidths=[(A4[0] - 2 * MARGIN) / 2] * 2)
    table.setStyle(TableStyle(style))
    return [Paragraph(esc(text("signatures", lang)), st["h2"]), table]


def render(form: Form) -> bytes:
    """The PDF bytes of a form (fonts embedded, title and language in the metadata)."""
    register_fonts()
    out = io.BytesIO()
    lang_tag = {"fr": "fr-CH", "de": "de-CH"}.get(form.language, "fr-CH")
    doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN,
                            topMargin=MARGIN + HEADER_H - 4 * mm, bottomMargin=MARGIN,
                            title=form.title, author=form.author, subject=form.subject or form.form_code,
                            creator="CII Desktop", keywords=[form.form_code, form.case_reference],
                            lang=lang_tag, displayDocTitle=True)
    story: list[Flowable] = [Paragraph(esc(form.title), styles()["title"])]
    if form.identity:
        story += [identity_block(form.identity), Spacer(1, 3 * mm)]
    prepare([form.body, form.signed_with], form.language)
    signatures = group_headings(signature_blocks(form.parties, form.language))
    if form.signed_with:  # the words people sign stay on the signatures' page, whole
        story += group_headings(form.body)
        story.append(KeepTogetherIfFits(keep_end_with(group_headings(form.signed_with), signatures, doc.height),
                                        doc.height))
    else:
        story += keep_end_with(group_headings(form.body), signatures, doc.height)

    class _Canvas(_NumberedCanvas):
        pass

    _Canvas.form = form
    doc.build(story, canvasmaker=_Canvas)
    return out.getvalue()


def today_text(value: dt.date | None = None) -> str:
    return (value or dt.date.today()).strftime("%d.%m.%Y")
