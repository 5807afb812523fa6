"""The letter-of-intent template (Chinese beside German or English) and its PDF rendering.

The wording is the platform's legal template, kept here rather than in the UI catalogues:
a signed document must not change because someone edited an interface translation.
"""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass
from decimal import Decimal
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from qiao.core import translated
from qiao.core.cjk_pdf import has_cjk, register_font_for
from qiao.deals.models import Agreement

LANGUAGES = ("zh", "de", "en")
#: Long texts are cut into chunks so that no table row grows taller than a page.
CHUNK = 700

TEXT: dict[str, dict[str, str]] = {
    "title": {"zh": "投资意向书", "de": "Absichtserklärung", "en": "Letter of Intent"},
    "version": {
        "zh": "第{number}版 · 出具日期：{date} · 编号：{key}",
        "de": "Fassung {number} · ausgestellt am {date} · Kennung: {key}",
        "en": "Version {number} · issued on {date} · reference: {key}",
    },
    "preamble": {
        "zh": "下列各方本着平等互利、友好合作的原则，经友好协商，就下述投资项目达成如下合作意向：",
        "de": "Die nachstehend genannten Parteien erklären im Geiste der Gleichberechtigung, des gegenseitigen "
        "Nutzens und der partnerschaftlichen Zusammenarbeit nach einvernehmlicher Beratung die folgende "
        "Absicht in Bezug auf das unten beschriebene Investitionsvorhaben:",
        "en": "The parties named below, in a spirit of equality, mutual benefit and friendly cooperation and "
        "after amicable consultation, declare the following intent regarding the investment project "
        "described below:",
    },
    "parties": {"zh": "第一条　合作各方", "de": "§ 1 Parteien", "en": "Article 1 Parties"},
    "project": {"zh": "第二条　项目", "de": "§ 2 Vorhaben", "en": "Article 2 Project"},
    "sector": {"zh": "第三条　所属行业", "de": "§ 3 Branche", "en": "Article 3 Sector"},
    "investment": {
        "zh": "第四条　意向投资额",
        "de": "§ 4 Beabsichtigte Investition",
        "en": "Article 4 Intended investment",
    },
    "investment_text": {
        "zh": "本项目意向投资总额为{amount}。",
        "de": "Die beabsichtigte Gesamtinvestition beläuft sich auf {amount}.",
        "en": "The intended total investment amounts to {amount}.",
    },
    "area": {"zh": "第五条　用地面积", "de": "§ 5 Fläche", "en": "Article 5 Area"},
    "area_text": {
        "zh": "本项目预计用地面积约为{area}平方米。",
        "de": "Für das Vorhaben wird eine Fläche von etwa {area} m² vorgesehen.",
        "en": "The project is expected to require an area of approximately {area} m².",
    },
    "timeline": {"zh": "第六条　时间安排", "de": "§ 6 Zeitplan", "en": "Article 6 Timeline"},
    "timeline_text": {
        "zh": "各方拟于{start}至{end}期间实施本项目。",
        "de": "Die Parteien beabsichtigen, das Vorhaben im Zeitraum vom {start} bis zum {end} umzusetzen.",
        "en": "The parties intend to implement the project between {start} and {end}.",
    },
    "open": {"zh": "待定", "de": "noch festzulegen", "en": "to be determined"},
    "non_binding": {"zh": "第七条　法律效力", "de": "§ 7 Unverbindlichkeit", "en": "Article 7 Non-binding nature"},
    "non_binding_text": {
        "zh": "本意向书仅记录各方目前的合作意向，不对任何一方产生具有法律约束力的义务，"
        "尤其不构成签订合同或实施上述投资的义务，任何一方均不得据此向其他方主张任何权利。具有约束力的义务仅在各方另行签署书面合同后产生。",
        "de": "Diese Absichtserklärung gibt lediglich die gegenwärtigen Absichten der Parteien wieder. Sie begründet "
        "keine rechtlich bindenden Verpflichtungen für eine der Parteien, insbesondere keine Pflicht zum Abschluss "
        "eines Vertrages oder zur Vornahme der beschriebenen Investition; keine Partei kann aus ihr Ansprüche gegen "
        "eine andere Partei herleiten. Bindende Verpflichtungen entstehen erst durch einen gesonderten, von den "
        "Parteien unterzeichneten schriftlichen Vertrag.",
        "en": "This letter of intent records the parties' present intentions only. It creates no legally binding "
        "obligation for any party, in particular no obligation to conclude a contract or to make the investment "
        "described, and no party may derive any claim against another party from it. Binding obligations arise "
        "only from a separate written contract signed by the parties.",
    },
    "languages": {"zh": "第八条　文本", "de": "§ 8 Sprachfassungen", "en": "Article 8 Language versions"},
    "languages_text": {
        "zh": "本意向书以中文和{second}书就，两种文本具有同等效力。",
        "de": "Diese Absichtserklärung ist in chinesischer und deutscher Sprache abgefasst; beide Fassungen sind "
        "gleichermaßen maßgeblich.",
        "en": "This letter of intent is drawn up in Chinese and English; both versions are equally authentic.",
    },
    "second_name": {"de": "德文", "en": "英文"},
    "signatures": {"zh": "签署", "de": "Unterschriften", "en": "Signatures"},
    "signatory": {
        "zh": "授权代表（签字）：",
        "de": "Bevollmächtigte(r) (Unterschrift):",
        "en": "Authorised signatory (signature):",
    },
    "date": {"zh": "日期：", "de": "Datum:", "en": "Date:"},
}
PARTY_LABELS = {
    "zh": ("甲方", "乙方", "丙方", "丁方", "戊方", "己方", "庚方", "辛方"),
    "de": tuple(f"Partei {letter}" for letter in "ABCDEFGH"),
    "en": tuple(f"Party {letter}" for letter in "ABCDEFGH"),
}
CURRENCY_NAMES = {
    "zh": {"CNY": "人民币", "EUR": "欧元", "USD": "美元"},
    "de": {"CNY": "Renminbi (CNY)", "EUR": "Euro (EUR)", "USD": "US-Dollar (USD)"},
    "en": {"CNY": "Chinese yuan (CNY)", "EUR": "euros (EUR)", "USD": "US dollars (USD)"},
}


@dataclass(frozen=True)
class LetterFacts:
    """Everything the letter prints, read from the agreement once (so rendering needs no queries)."""

    key: str
    second: str
    title: dict[str, str]
    summary: dict[str, str]
    parties: list[dict[str, str]]
    project: dict[str, str]
    sectors: list[dict[str, str]]
    amount: Decimal | None
    currency: str
    area_m2: Decimal | None
    timeline_start: dt.date | None
    timeline_end: dt.date | None


def _in_languages(value: dict[str, Any] | None) -> dict[str, str]:
    return {lang: translated.resolve(value, "zh-hans" if lang == "zh" else lang).text for lang in LANGUAGES}


def facts_of(agreement: Agreement) -> LetterFacts:
    """Read the agreement's printed facts in Chinese, German and English."""
    links = agreement.party_links.select_related("organisation").order_by("order", "pk")
    return LetterFacts(
        key=agreement.key,
        second=agreement.second_language,
        title=_in_languages(agreement.title),
        summary=_in_languages(agreement.summary),
        parties=[_in_languages(link.organisation.name) for link in links],
        project=_in_languages(agreement.project.title) if agreement.project else {},
        sectors=[_in_languages(sector.name) for sector in agreement.sectors.order_by("code")],
        amount=agreement.amount,
        currency=agreement.currency,
        area_m2=agreement.area_m2,
        timeline_start=agreement.timeline_start,
        timeline_end=agreement.timeline_end,
    )


def _date(day: dt.date | None, lang: str) -> str:
    if day is None:
        return TEXT["open"][lang]
    if lang == "zh":
        return f"{day.year}年{day.month}月{day.day}日"
    if lang == "de":
        return f"{day.day:02d}.{day.month:02d}.{day.year}"
    return day.isoformat()


def _number(value: Decimal, lang: str) -> str:
    text = f"{value:,.2f}"
    if lang == "de":
        text = text.replace(",", " ").replace(".", ",").replace(" ", ".")
    return text.removesuffix(",00").removesuffix(".00")


def clauses(facts: LetterFacts, number: int, issued: dt.date) -> list[tuple[str, list[str], list[str]]]:
    """The letter as rows: (kind, Chinese paragraphs, second-language paragraphs)."""
    second = facts.second

    rows: list[tuple[str, list[str], list[str]]] = []
    rows.append(("title", [TEXT["title"]["zh"]], [TEXT["title"][second]]))
    rows.append(("meta", *_version_lines(facts, number, issued)))
    rows.append(("heading", [facts.title["zh"]], [facts.title[second]]))
    rows.append(("body", [TEXT["preamble"]["zh"]], [TEXT["preamble"][second]]))
    rows.append(("heading", [TEXT["parties"]["zh"]], [TEXT["parties"][second]]))
    rows.append(
        (
            "body",
            [f"{PARTY_LABELS['zh'][i % 8]}：{party['zh']}" for i, party in enumerate(facts.parties)],
            [f"{PARTY_LABELS[second][i % 8]}: {party[second]}" for i, party in enumerate(facts.parties)],
        )
    )
    rows.append(("heading", [TEXT["project"]["zh"]], [TEXT["project"][second]]))
    project_zh = [facts.project["zh"]] if facts.project else []
    project_second = [facts.project[second]] if facts.project else []
    rows.append(("body", project_zh or [TEXT["open"]["zh"]], project_second or [TEXT["open"][second]]))
    rows.extend(("body", zh, other) for zh, other in _chunked(facts.summary["zh"], facts.summary[second]))
    rows.append(("heading", [TEXT["sector"]["zh"]], [TEXT["sector"][second]]))
    rows.append(
        (
            "body",
            ["；".join(s["zh"] for s in facts.sectors) or TEXT["open"]["zh"]],
            ["; ".join(s[second] for s in facts.sectors) or TEXT["open"][second]],
        )
    )
    rows.append(("heading", [TEXT["investment"]["zh"]], [TEXT["investment"][second]]))
    rows.append(
        (
            "body",
            [TEXT["investment_text"]["zh"].format(amount=_amount(facts, "zh"))],
            [TEXT["investment_text"][second].format(amount=_amount(facts, second))],
        )
    )
    rows.append(("heading", [TEXT["area"]["zh"]], [TEXT["area"][second]]))
    rows.append(
        (
            "body",
            [TEXT["area_text"]["zh"].format(area=_area(facts, "zh"))],
            [TEXT["area_text"][second].format(area=_area(facts, second))],
        )
    )
    rows.append(("heading", [TEXT["timeline"]["zh"]], [TEXT["timeline"][second]]))
    rows.append(
        (
            "body",
            [
                TEXT["timeline_text"]["zh"].format(
                    start=_date(facts.timeline_start, "zh"), end=_date(facts.timeline_end, "zh")
                )
            ],
            [
                TEXT["timeline_text"][second].format(
                    start=_date(facts.timeline_start, second), end=_date(facts.timeline_end, second)
                )
            ],
        )
    )
    rows.append(("heading", [TEXT["non_binding"]["zh"]], [TEXT["non_binding"][second]]))
    rows.append(("body", [TEXT["non_binding_text"]["zh"]], [TEXT["non_binding_text"][second]]))
    rows.append(("heading", [TEXT["languages"]["zh"]], [TEXT["languages"][second]]))
    rows.append(
        (
            "body",
            [TEXT["languages_text"]["zh"].format(second=TEXT["second_name"][second])],
            [TEXT["languages_text"][second]],
        )
    )
    rows.append(("heading", [TEXT["signatures"]["zh"]], [TEXT["signatures"][second]]))
    for i, party in enumerate(facts.parties):
        rows.append(
            (
                "signature",
                [f"{PARTY_LABELS['zh'][i % 8]}：{party['zh']}", TEXT["signatory"]["zh"], TEXT["date"]["zh"]],
                [f"{PARTY_LABELS[second][i % 8]}: {party[second]}", TEXT["signatory"][second], TEXT["date"][second]],
            )
        )
    return rows


def _version_lines(facts: LetterFacts, number: int, issued: dt.date) -> tuple[list[str], list[str]]:
    return (
        [TEXT["version"]["zh"].format(number=number, date=_date(issued, "zh"), key=facts.key)],
        [TEXT["version"][facts.second].format(number=number, date=_date(issued, facts.second), key=facts.key)],
    )


def _amount(facts: LetterFacts, lang: str) -> str:
    if facts.amount is None or not facts.currency:
        return TEXT["open"][lang]
    name = CURRENCY_NAMES[lang].get(facts.currency, facts.currency)
    return f"{_number(facts.amount, lang)}{name}" if lang == "zh" else f"{_number(facts.amount, lang)} {name}"


def _area(facts: LetterFacts, lang: str) -> str:
    return TEXT["open"][lang] if facts.area_m2 is None else _number(facts.area_m2, lang)


def _chunked(first: str, second: str) -> list[tuple[list[str], list[str]]]:
    """Pair the two texts' chunks row by row (a row taller than a page cannot be laid out)."""
    left, right = _chunks(first), _chunks(second)
    count = max(len(left), len(right))
    left += [""] * (count - len(left))
    right += [""] * (count - len(right))
    return [([a] if a else [], [b] if b else []) for a, b in zip(left, right, strict=True)]


def _chunks(text: str) -> list[str]:
    pieces: list[str] = []
    for paragraph in (p.strip() for p in text.splitlines()):
        while len(paragraph) > CHUNK:
            cut = max(paragraph.rfind(mark, 0, CHUNK) for mark in ("。", ". ", "；", "; ", " "))
            cut = cut + 1 if cut > CHUNK // 2 else CHUNK
            pieces.append(paragraph[:cut].strip())
            paragraph = paragraph[cut:].strip()
        if paragraph:
            pieces.append(paragraph)
    return pieces


def render_pdf(facts: LetterFacts, number: int, issued: dt.date) -> bytes:
    """The letter as PDF bytes: two columns, Chinese left, embedded Noto Sans CJK SC, text extractable.

    The same facts, number and date always give the same bytes (invariant mode).
    """
    rows = clauses(facts, number, issued)
    everything = "".join(text for _kind, zh, other in rows for text in (*zh, *other))
    font = register_font_for(everything + facts.key)
    styles = _styles(font)
    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=18 * mm,
        rightMargin=18 * mm,
        topMargin=18 * mm,
        bottomMargin=18 * mm,
        title=f"{facts.title['zh']} / {facts.title[facts.second]}",
        author="Qiao",
        creator="Qiao",
        subject=facts.key,
        invariant=True,
    )
    cells = []
    style_commands: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEAFTER", (0, 0), (0, -1), 0.4, colors.lightgrey),
        ("LEFTPADDING", (0, 0), (-1, -1), 6),
        ("RIGHTPADDING", (0, 0), (-1, -1), 6),
    ]
    for index, (kind, zh, other) in enumerate(rows):
        cells.append(
            [
                [Paragraph(escape(text), styles[kind]["zh"]) for text in zh],
                # A text missing in the second language falls back to the Chinese one: it is
                # wrapped by Chinese rules wherever it stands.
                [Paragraph(escape(text), styles[kind]["zh" if has_cjk(text) else "latin"]) for text in other],
            ]
        )
        if kind == "signature":
            style_commands.append(("BOTTOMPADDING", (0, index), (-1, index), 18))
    width = (A4[0] - 36 * mm) / 2
    table = Table(cells, colWidths=[width, width], splitByRow=1)
    table.setStyle(TableStyle(style_commands))
    document.build([Spacer(1, 2 * mm), table])
    return buffer.getvalue()


def _styles(font: str) -> dict[str, dict[str, ParagraphStyle]]:
    sizes = {
        "title": (18, 24, 8),
        "meta": (8, 11, 6),
        "heading": (11, 15, 3),
        "body": (9.5, 14, 2),
        "signature": (9.5, 16, 2),
    }
    result: dict[str, dict[str, ParagraphStyle]] = {}
    for kind, (size, leading, space) in sizes.items():
        base = {"fontName": font, "fontSize": size, "leading": leading, "spaceAfter": space}
        if kind == "meta":
            base["textColor"] = colors.grey
        result[kind] = {
            "zh": ParagraphStyle(f"{kind}-zh", wordWrap="CJK", **base),
            "latin": ParagraphStyle(f"{kind}-latin", **base),
        }
    return result
