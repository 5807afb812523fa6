"""PDF text that mixes Chinese and Latin script, with no font file to install.

Chinese runs use ReportLab's built-in Adobe CID font (STSong-Light, resolved by every PDF
viewer), Latin runs Helvetica, so German umlauts and Chinese both print on one line.
"""

from __future__ import annotations

import re

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen.canvas import Canvas

CJK_FONT = "STSong-Light"
LATIN_FONT = "Helvetica"
LATIN_BOLD = "Helvetica-Bold"
_CJK = re.compile(r"([\u2e80-\u9fff\u3000-\u303f\uff00-\uffef\uf900-\ufaff]+)")

pdfmetrics.registerFont(UnicodeCIDFont(CJK_FONT))


def runs(text: str, bold: bool = False) -> list[tuple[str, str]]:
    """Split text into (font, run) pairs: CJK runs in the CID font, the rest in Helvetica."""
    latin = LATIN_BOLD if bold else LATIN_FONT
    return [(CJK_FONT if _CJK.fullmatch(part) else latin, part) for part in _CJK.split(text) if part]


def text_width(text: str, size: float, bold: bool = False) -> float:
    """Width of mixed-script text in points."""
    return float(sum(pdfmetrics.stringWidth(part, font, size) for font, part in runs(text, bold)))


def draw_text(canvas: Canvas, x: float, y: float, text: str, size: float = 10, bold: bool = False) -> float:
    """Draw mixed-script text at (x, y); returns the x after the last character."""
    for font, part in runs(text, bold):
        canvas.setFont(font, size)
        canvas.drawString(x, y, part)
        x += float(pdfmetrics.stringWidth(part, font, size))
    return x


def fit(text: str, width: float, size: float, bold: bool = False) -> str:
    """The text, shortened with an ellipsis so that it fits into width points."""
    if text_width(text, size, bold) <= width:
        return text
    while text and text_width(text + "…", size, bold) > width:
        text = text[:-1]
    return text + "…"
