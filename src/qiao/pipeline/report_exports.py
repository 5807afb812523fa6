"""The pipeline report as CSV (UTF-8 with BOM), XLSX (figures and cases) and a printable A4 PDF.

All three say what they cover (filters, last day) and which exchange-rate days the money
figures used; texts come in the reader's language.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from django.utils import formats
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from qiao.core import translated
from qiao.core.pdf import draw_text, embeds_cjk, fit
from qiao.pipeline.domain.reports import CaseLine, MoneyTotal, Report

Cell = str | int | Decimal | None
# Cells starting with these are formulas in spreadsheet programs; names and reasons are quoted.
FORMULA_STARTS = ("=", "+", "-", "@")


def _safe(value: str) -> str:
    return "'" + value if value.startswith(FORMULA_STARTS) else value


def _name(value: Any, language: str) -> str:
    return translated.resolve(value, language).text


def title() -> str:
    return _("Investment pipeline report")


def filter_rows(report: Report, language: str) -> list[tuple[str, str]]:
    """What the report covers, as (label, value) in the reader's language."""
    f = report.filters
    start = f.start.isoformat() if f.start else _("first case")
    return [
        (_("Summit"), _name(f.event.name, language) if f.event else _("All summits")),
        (_("District"), _name(f.district.name, language) if f.district else _("All districts")),
        (_("Sector"), f"{f.sector.code} {_name(f.sector.name, language)}" if f.sector else _("All sectors")),
        (_("Period"), f"{start} – {report.as_of.isoformat()}"),
    ]


def rate_note(total: MoneyTotal) -> str:
    """Which rate days a money figure used, and how many cases it had to leave out."""
    if total.rate_dates:
        note = _("rates of %(days)s") % {"days": ", ".join(day.isoformat() for day in total.rate_dates)}
    else:
        note = _("no conversion needed")
    if total.missing:
        note += "; " + ngettext(
            "%(count)d case left out: no exchange rate on record",
            "%(count)d cases left out: no exchange rate on record",
            total.missing,
        ) % {"count": total.missing}
    return note


def figure_rows(report: Report) -> list[tuple[str, Cell, str]]:
    """The headline figures as (label, value, note); numbers stay numbers for the spreadsheet."""
    rows: list[tuple[str, Cell, str]] = [
        (_("Cases in the report"), len(report.lines), ""),
        (_("Letters of intent signed in the period"), report.intents_signed, ""),
        (
            _("Median days from intent to landing"),
            report.median_days_to_land,
            ngettext(
                "%(count)d case landed in the period", "%(count)d cases landed in the period", report.landed_with_intent
            )
            % {"count": report.landed_with_intent},
        ),
    ]
    for total in report.investment:
        rows.append(
            (_("Committed investment (%(currency)s)") % {"currency": total.currency}, total.amount, rate_note(total))
        )
    rows += [
        (_("Jobs planned"), report.jobs_planned, ""),
        (_("Jobs created"), report.jobs_created, ""),
        (_("Cases dropped in the period"), report.dropped, ""),
    ]
    return rows


def stage_header() -> list[str]:
    return [_("Stage"), _("Cases now"), _("Reached"), _("Went on to the next stage"), _("Conversion (%)")]


def stage_rows(report: Report) -> list[list[Cell]]:
    return [[str(row.stage.label), row.now, row.reached, row.went_on, row.conversion] for row in report.stages]


def case_header() -> list[str]:
    return [
        _("Project"),
        _("Company"),
        _("District"),
        _("Summit"),
        _("Stage"),
        _("Opened"),
        _("Intent signed"),
        _("Landed"),
        _("Committed investment"),
        _("Currency"),
        _("Jobs planned"),
        _("Jobs created"),
        _("Reason for dropping"),
    ]


def case_row(line: CaseLine, language: str) -> list[Cell]:
    case = line.case
    return [
        _safe(_name(case.project.title, language)),
        _safe(_name(case.project.organisation.name, language)),
        _safe(_name(case.district.name, language)),
        _safe(_name(case.event.name, language)) if case.event else "",
        str(line.stage.label),
        line.opened_on.isoformat(),
        line.intent_on.isoformat() if line.intent_on else "",
        line.landed_on.isoformat() if line.landed_on else "",
        case.investment,
        case.currency if case.investment is not None else "",
        case.jobs_planned,
        case.jobs_created,
        _safe(line.dropped_reason),
    ]


def report_csv(report: Report, language: str) -> bytes:
    """Blocks separated by empty rows: filters, figures, stages, reasons for dropping, cases."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([title()])
    writer.writerows([label, _safe(value)] for label, value in filter_rows(report, language))
    writer.writerow([])
    writer.writerow([_("Figure"), _("Value"), _("Note")])
    writer.writerows([label, "" if value is None else value, note] for label, value, note in figure_rows(report))
    writer.writerow([])
    writer.writerow(stage_header())
    writer.writerows(["" if cell is None else cell for cell in row] for row in stage_rows(report))
    writer.writerow([])
    writer.writerow([_("Reason for dropping"), _("Cases")])
    writer.writerows([_safe(reason), count] for reason, count in report.reasons)
    writer.writerow([])
    writer.writerow(case_header())
    writer.writerows(["" if cell is None else cell for cell in case_row(line, language)] for line in report.lines)
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def report_xlsx(report: Report, language: str) -> bytes:
    """A workbook with a sheet of figures (filters, figures, stages, reasons) and a sheet of cases."""
    from openpyxl import Workbook  # type: ignore[import-untyped]  # imported here: only exports need it

    workbook = Workbook()
    figures = workbook.active
    assert figures is not None
    figures.title = _("Figures")[:31]
    figures.append([title()])
    for label, value in filter_rows(report, language):
        figures.append([label, _safe(value)])
    figures.append([])
    figures.append([_("Figure"), _("Value"), _("Note")])
    for label, figure, note in figure_rows(report):
        figures.append([label, figure, note])
    figures.append([])
    figures.append(stage_header())
    for row in stage_rows(report):
        figures.append(row)
    figures.append([])
    figures.append([_("Reason for dropping"), _("Cases")])
    for reason, count in report.reasons:
        figures.append([_safe(reason), count])
    figures.column_dimensions["A"].width = 44
    cases = workbook.create_sheet(_("Cases")[:31])
    cases.append(case_header())
    for line in report.lines:
        cases.append(case_row(line, language))
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _number(value: Cell) -> str:
    if value is None:
        return "—"
    if isinstance(value, Decimal | int):
        return str(formats.number_format(value, force_grouping=True))
    return value


@embeds_cjk
def report_pdf(report: Report, language: str) -> bytes:
    """A printable A4 report: title, filters, headline figures, stages table and reasons for dropping."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4)
    canvas.setTitle(title())
    width, height = float(A4[0]), float(A4[1])
    margin = 42
    inner = width - 2 * margin
    y = height - margin

    def line(cells: Sequence[tuple[float, float, str]], size: float = 9.5, bold: bool = False) -> None:
        nonlocal y
        if y < margin + 20:
            canvas.showPage()
            y = height - margin
        for x, span, text in cells:
            draw_text(canvas, margin + x, y, fit(text, span, size, bold), size, bold)
        y -= size + 5

    line([(0, inner, title())], 16, bold=True)
    y -= 4
    for label, value in filter_rows(report, language):
        line([(0, 110, label), (115, inner - 115, value)])
    y -= 10
    line([(0, inner, _("Figures"))], 12, bold=True)
    for label, figure, note in figure_rows(report):
        line([(0, 300, label), (305, inner - 305, _number(figure))])
        if note:
            y += 3
            line([(305, inner - 305, note)], 8)
    y -= 10
    line([(0, inner, _("Stages"))], 12, bold=True)
    columns = [(0.0, 170.0), (175.0, 60.0), (240.0, 60.0), (305.0, 120.0), (430.0, inner - 430)]
    line([(x, span, text) for (x, span), text in zip(columns, stage_header(), strict=True)], bold=True)
    for row in stage_rows(report):
        texts = [str(row[0]), *(_number(cell) for cell in row[1:])]
        line([(x, span, text) for (x, span), text in zip(columns, texts, strict=True)])
    if report.reasons:
        y -= 10
        line([(0, inner, _("Commonest reasons for dropping"))], 12, bold=True)
        for reason, count in report.reasons:
            line([(0, 40, _number(count)), (45, inner - 45, reason)])
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()
