"""Test helpers for printed PDFs: text read back, pages rendered to images, a drawn signature."""

from __future__ import annotations

import io

import pypdfium2 as pdfium
from PIL import Image, ImageDraw


def pdf_text(data: bytes) -> str:
    """The text of every page; a word hyphenated at a line's end reads back whole."""
    pdf = pdfium.PdfDocument(data)
    text = "\n".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))
    return text.replace("\ufffe\r\n", "").replace("\ufffe", "")


def flat_text(data: bytes) -> str:
    """The text with its line breaks as spaces (titles and phrases may wrap)."""
    return " ".join(pdf_text(data).split())


def render_pages(data: bytes) -> list[Image.Image]:
    pdf = pdfium.PdfDocument(data)
    return [pdf[i].render(scale=1).to_pil() for i in range(len(pdf))]


def image_count(data: bytes) -> int:
    pdf = pdfium.PdfDocument(data)
    return sum(1 for i in range(len(pdf)) for o in pdf[i].get_objects(max_depth=3)
               if o.type == pdfium.raw.FPDF_PAGEOBJ_IMAGE)


def signature_png() -> bytes:
    image = Image.new("RGBA", (400, 120), (255, 255, 255, 0))
    ImageDraw.Draw(image).line([(10, 100), (120, 20), (250, 90), (390, 15)], fill=(0, 0, 80, 255), width=5)
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()
