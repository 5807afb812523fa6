"""Mixed Chinese and Latin PDF text: each document carries the glyphs of its own characters."""

from __future__ import annotations

import io

from reportlab.pdfgen.canvas import Canvas

from qiao.core.pdf import draw_text, with_embedded_cjk
from tests.pdf_files import assert_chinese_is_embedded, fonts_of, text_of


def _pdf(text: str) -> bytes:
    def build() -> bytes:
        buffer = io.BytesIO()
        canvas = Canvas(buffer)
        draw_text(canvas, 50, 700, text, 12)
        canvas.showPage()
        canvas.save()
        return buffer.getvalue()

    return with_embedded_cjk(build)


def test_each_document_carries_the_glyphs_of_its_own_characters() -> None:
    """ReportLab maps a second font of the same face to the first: every subset needs a face of its own."""
    texts = ["越城区 Yuecheng Müller", "柯桥区人民政府 瓦格纳", "招商项目推进报告 越城区"]

    pdfs = [_pdf(text) for text in texts]

    for text, pdf in zip(texts, pdfs, strict=True):
        assert text.replace(" ", "") in text_of(pdf).replace(" ", "")
        assert_chinese_is_embedded(pdf)
    faces = [name.split("+")[1] for pdf in pdfs for name in fonts_of(pdf) if "+" in name]
    assert len(set(faces)) == 3


def test_a_document_without_chinese_is_built_once_and_embeds_nothing() -> None:
    calls = []

    def build() -> bytes:
        calls.append(1)
        buffer = io.BytesIO()
        canvas = Canvas(buffer)
        draw_text(canvas, 50, 700, "Müller Lasertechnik GmbH", 12)
        canvas.save()
        return buffer.getvalue()

    pdf = with_embedded_cjk(build)

    assert len(calls) == 1
    assert "Müller Lasertechnik GmbH" in text_of(pdf)
    assert all(not embedded for embedded in fonts_of(pdf).values())
