"""The letter of intent as PDF: both languages as extractable text, the CJK font embedded, stable bytes."""

from __future__ import annotations

import datetime as dt
import hashlib
import io

import pytest
from pdfminer.high_level import extract_text
from pdfminer.pdfdocument import PDFDocument
from pdfminer.pdfpage import PDFPage
from pdfminer.pdfparser import PDFParser
from pdfminer.pdftypes import resolve1

from qiao.core.cjk_pdf import CANNOT_START_LINE_ZH, register_font_for
from qiao.deals.domain.letter import facts_of, render_pdf
from qiao.deals.domain.versions import issue_version
from tests.deals.conftest import NON_BINDING_DE, NON_BINDING_EN, NON_BINDING_ZH

pytestmark = pytest.mark.django_db


def _flat(text: str) -> str:
    return "".join(text.split())


def _fonts(pdf: bytes) -> list[dict]:
    document = PDFDocument(PDFParser(io.BytesIO(pdf)))
    fonts = []
    for page in PDFPage.create_pages(document):
        for font in resolve1(resolve1(page.resources)["Font"]).values():
            fonts.append(resolve1(font))
    return fonts


def test_issued_pdf_text_holds_the_chinese_and_the_german_clauses(deal) -> None:
    version = issue_version(deal.agreement, deal.organiser)

    text = _flat(extract_text(io.BytesIO(bytes(version.pdf))))

    assert _flat(NON_BINDING_ZH) in text
    assert _flat(NON_BINDING_DE) in text
    assert _flat("投资意向书") in text
    assert _flat("Absichtserklärung Laserfertigung Shaoxing") in text
    assert _flat("15.000.000 Euro (EUR)") in text
    assert _flat("1500万") not in text  # amounts are printed as digits, not re-worded


def test_pdf_embeds_its_font_as_truetype_fontfile2(deal) -> None:
    version = issue_version(deal.agreement, deal.organiser)

    fonts = _fonts(bytes(version.pdf))

    truetype = [font for font in fonts if font["Subtype"].name == "TrueType"]
    assert all(font["BaseFont"].name.split("+")[1].startswith("NotoSansCJKsc-Regular-") for font in truetype)
    assert truetype
    for font in truetype:
        assert "FontFile2" in resolve1(font["FontDescriptor"]), font
    assert {font["Subtype"].name for font in fonts} <= {"TrueType", "Type1"}


def test_english_second_language_prints_english_beside_chinese(deal) -> None:
    deal.agreement.second_language = "en"
    deal.agreement.save()

    pdf = render_pdf(facts_of(deal.agreement), 1, dt.date(2026, 12, 10))

    text = _flat(extract_text(io.BytesIO(pdf)))
    assert _flat(NON_BINDING_EN) in text
    assert _flat(NON_BINDING_ZH) in text
    assert _flat(NON_BINDING_DE) not in text


def test_same_facts_render_to_the_same_bytes(deal) -> None:
    facts = facts_of(deal.agreement)

    first = render_pdf(facts, 3, dt.date(2026, 12, 10))
    second = render_pdf(facts, 3, dt.date(2026, 12, 10))

    assert hashlib.sha256(first).hexdigest() == hashlib.sha256(second).hexdigest()


def test_long_summary_is_laid_out_over_several_pages(deal) -> None:
    deal.agreement.summary = {
        "de": {"text": "Ein sehr langer Absatz über das Vorhaben. " * 400, "status": "original"},
        "zh-hans": {"text": "关于项目的很长的说明。" * 600, "status": "translated"},
    }
    deal.agreement.save()

    pdf = render_pdf(facts_of(deal.agreement), 1, dt.date(2026, 12, 10))

    pages = list(PDFPage.create_pages(PDFDocument(PDFParser(io.BytesIO(pdf)))))
    assert len(pages) > 2
    assert _flat(NON_BINDING_DE) in _flat(extract_text(io.BytesIO(pdf)))


def test_font_name_depends_only_on_the_characters() -> None:
    assert register_font_for("投资意向书") == register_font_for("书向意资投")
    assert register_font_for("投资意向书") != register_font_for("合作协议")


def test_old_subsets_are_unregistered_beyond_the_cache_size(monkeypatch) -> None:
    from reportlab.pdfbase import pdfmetrics

    from qiao.core import cjk_pdf

    monkeypatch.setattr(cjk_pdf, "CACHE_SIZE", 2)
    first = register_font_for("旧")

    newer = [register_font_for(text) for text in ("新", "近")]

    registered = pdfmetrics.getRegisteredFontNames()
    assert first not in registered
    assert all(name in registered for name in newer)


def test_no_chinese_line_starts_with_closing_punctuation(deal) -> None:
    """Chinese typesetting keeps ，。、；：？！ and closing brackets at the end of the line before."""
    # Clauses of every length from 1 to 30 characters: some break falls right before each mark.
    text = "".join("项" * length + mark for length in range(1, 31) for mark in "，。；：！？）")
    deal.agreement.summary = {"zh-hans": {"text": text, "status": "original"}}
    deal.agreement.save()

    pdf = render_pdf(facts_of(deal.agreement), 1, dt.date(2026, 12, 10))

    lines = [line.strip() for line in extract_text(io.BytesIO(pdf)).splitlines() if line.strip()]
    wrapped = [line for line in lines if line.startswith("项")]
    assert len(wrapped) > 20
    assert [line for line in lines if line[0] in CANNOT_START_LINE_ZH] == []
