"""The annual report draws no chart of nothing: with every figure of a chart at zero (no tandem, no TRO,
nothing announced) a short line says so instead, FR and DE, for a year and for a period; with 1 or 2 tandems
the pie is drawn with its slices. Read back from the real PDF: its text and its rendered pages (a pie is a
large disc of the accent colour)."""

from __future__ import annotations

from typing import Any

import pytest
from PIL import ImageChops

from cii_desktop.documents import annual_report as report
from cii_desktop.services import statistics
from tests.support.pdf import flat_text, render_pages

NO_TANDEM = {"fr": "Aucun tandem cette année.", "de": "Keine Tandems in diesem Jahr."}
NOTHING = {"fr": ["Aucune situation annoncée cette année.", "Aucune table ronde (TRO) tenue cette année.",
                  "Aucun tandem cette année."],
           "de": ["Keine gemeldeten Situationen in diesem Jahr.", "Kein Runder Tisch in diesem Jahr.",
                  "Keine Tandems in diesem Jahr."]}


def tandems(n: int) -> dict[str, Any]:
    """A year with ``n`` tandems (one found work, the others ongoing) and nothing else."""
    f = statistics.empty(2012)
    f["tandem"]["total"] = n
    f["tandem"]["by_region"]["sion"] = n
    if n:
        f["tandem"]["outcomes"]["work"] = 1
        f["tandem"]["outcomes"]["ongoing"] = n - 1
        f["tandem"]["employment_rate"] = 1 / n
    return f


def accent_pixels(pdf: bytes) -> int:
    """Pixels of the accent red (bars, pie slices, headings) over every page."""
    count = 0
    for page in render_pages(pdf):
        rgb = page.convert("RGB")
        red, green, blue = (band.point(lambda v, lo=lo, hi=hi: 255 if lo <= v <= hi else 0)
                            for band, (lo, hi) in zip(rgb.split(), ((181, 255), (0, 59), (0, 79)), strict=True))
        mask = ImageChops.multiply(ImageChops.multiply(red, green), blue)
        count += mask.histogram()[255]
    return count


@pytest.mark.parametrize("language", ["fr", "de"])
def test_an_empty_year_draws_no_chart_but_says_there_is_nothing(language: str) -> None:
    pdf = report.render_pdf(statistics.empty(2012), {}, language)
    text = flat_text(pdf)
    for line in NOTHING[language]:
        assert line in text
    assert "(1)" not in text and "(0)" not in text  # no pie label, no slice of nothing
    # headings only: a disc of the pie alone would be thousands of red pixels
    assert accent_pixels(pdf) < 1500


@pytest.mark.parametrize("language", ["fr", "de"])
def test_with_no_tandem_the_pie_is_replaced_by_a_line(language: str) -> None:
    empty, one = report.render_pdf(tandems(0), {}, language), report.render_pdf(tandems(1), {}, language)
    assert NO_TANDEM[language] in flat_text(empty) and NO_TANDEM[language] not in flat_text(one)
    work = {"fr": "Emploi (1)", "de": "Stelle (1)"}[language]
    assert work in flat_text(one) and "(1)" not in flat_text(empty)
    assert accent_pixels(one) - accent_pixels(empty) > 5000  # the disc is drawn only when there is a tandem


@pytest.mark.parametrize("language", ["fr", "de"])
def test_two_tandems_make_two_slices(language: str) -> None:
    text = flat_text(report.render_pdf(tandems(2), {}, language))
    assert {"fr": "Emploi (1)", "de": "Stelle (1)"}[language] in text
    assert {"fr": "En cours (1)", "de": "Laufend (1)"}[language] in text
    assert NO_TANDEM[language] not in text


@pytest.mark.parametrize("language", ["fr", "de"])
def test_a_period_says_period_not_year(language: str) -> None:
    figures = statistics.empty(2012)
    figures["period"] = {"from": "2012-03-01", "to": "2012-06-30"}
    text = flat_text(report.render_pdf(figures, {}, language))
    assert {"fr": "Aucun tandem sur cette période.", "de": "Keine Tandems in diesem Zeitraum."}[language] in text


def test_tandems_with_no_outcome_yet_say_so() -> None:
    figures = tandems(0)
    figures["tandem"]["total"] = 2
    assert "Kein Tandem-Ergebnis erfasst in diesem Jahr." in flat_text(report.render_pdf(figures, {}, "de"))


def test_a_pie_of_nothing_is_refused() -> None:
    with pytest.raises(ValueError):
        report.pie_chart(["a", "b"], [0, 0], "title")
