"""PDFs read back: their text (pdfminer, which decodes the ToUnicode maps of ReportLab's embedded
font subsets; pypdf misreads some of their codes) and their fonts (pypdf)."""

from __future__ import annotations

import io

from pdfminer.high_level import extract_text
from pypdf import PdfReader


def text_of(pdf: bytes) -> str:
    """Every page's text, with line breaks removed (a cell's text may wrap)."""
    return extract_text(io.BytesIO(pdf)).replace("\n", "")


def fonts_of(pdf: bytes) -> dict[str, bool]:
    """Each font's base name and whether the file embeds its glyphs (FontFile, FontFile2 or FontFile3)."""
    found: dict[str, bool] = {}
    for page in PdfReader(io.BytesIO(pdf)).pages:
        for reference in page["/Resources"].get("/Font", {}).values():
            font = reference.get_object()
            descriptor = font.get("/FontDescriptor")
            if descriptor is None and "/DescendantFonts" in font:
                descriptor = font["/DescendantFonts"][0].get_object().get("/FontDescriptor")
            fields = descriptor.get_object() if descriptor is not None else {}
            found[str(font["/BaseFont"])] = any(key in fields for key in ("/FontFile", "/FontFile2", "/FontFile3"))
    return found


def assert_chinese_is_embedded(pdf: bytes) -> None:
    """The Chinese text is drawn in an embedded Noto Sans SC subset, never in a font the viewer must have."""
    fonts = fonts_of(pdf)
    assert "STSong-Light" not in fonts, fonts
    assert any("NotoSansCJKsc" in name and embedded for name, embedded in fonts.items()), fonts
