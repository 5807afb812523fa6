"""PDF text that mixes Chinese and Latin script, with the Chinese glyphs embedded.

A document is built twice (`with_embedded_cjk`): the first pass learns which characters it
prints, the second draws its Chinese runs in a Noto Sans SC subset holding exactly those
(qiao.core.cjk_pdf), so every viewer shows them, including those without Adobe's Asian fonts.
Latin runs use Helvetica, so German umlauts and Chinese both print on one line. Outside such a
build (and in the first pass) Chinese runs are measured with ReportLab's built-in CID font.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from contextvars import ContextVar
from typing import ParamSpec

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen.canvas import Canvas

from qiao.core.cjk_pdf import CJK_RANGES, has_cjk, register_font_for

CJK_FONT = "STSong-Light"
LATIN_FONT = "Helvetica"
LATIN_BOLD = "Helvetica-Bold"
_CJK = re.compile(f"([{CJK_RANGES}]+)")

pdfmetrics.registerFont(UnicodeCIDFont(CJK_FONT))

#: The font of Chinese runs in the current build, and the characters its first pass met.
_cjk_font: ContextVar[str] = ContextVar("qiao_pdf_cjk_font", default=CJK_FONT)
_characters: ContextVar[set[str] | None] = ContextVar("qiao_pdf_characters", default=None)


def with_embedded_cjk(build: Callable[[], bytes]) -> bytes:
    """`build()`'s PDF with its Chinese runs in an embedded subset of Noto Sans SC (two passes)."""
    characters: set[str] = set()
    learning = _characters.set(characters)
    try:
        first = build()
    finally:
        _characters.reset(learning)
    text = "".join(characters)
    if not has_cjk(text):
        return first  # nothing to draw in a Chinese font
    embedded = _cjk_font.set(register_font_for(text))
    try:
        return build()
    finally:
        _cjk_font.reset(embedded)


P = ParamSpec("P")


def embeds_cjk(render: Callable[P, bytes]) -> Callable[P, bytes]:
    """Decorator: the PDF `render(...)` returns, built by `with_embedded_cjk`."""

    @functools.wraps(render)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> bytes:
        return with_embedded_cjk(lambda: render(*args, **kwargs))

    return wrapper


def runs(text: str, bold: bool = False) -> list[tuple[str, str]]:
    """Split text into (font, run) pairs: CJK runs in the build's CJK font, the rest in Helvetica."""
    characters = _characters.get()
    if characters is not None:
        characters.update(text)
    latin = LATIN_BOLD if bold else LATIN_FONT
    cjk = _cjk_font.get()
    return [(cjk if _CJK.fullmatch(part) else latin, part) for part in _CJK.split(text) if part]


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
