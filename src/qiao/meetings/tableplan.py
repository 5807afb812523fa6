"""The organiser's table plan of a scheduler run: per slot, who meets at which table or online room.

Printed as a PDF (one block of rows per slot, the venue's time beside Berlin time) and
exported as CSV for the hall staff's spreadsheets.
"""

from __future__ import annotations

import csv
import io
import zoneinfo
from dataclasses import dataclass
from itertools import groupby

from django.utils import formats
from django.utils.translation import gettext as _
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from qiao.core import translated
from qiao.core.pdf import draw_text, embeds_cjk, fit
from qiao.meetings.models import Meeting, ScheduleRun

BERLIN = zoneinfo.ZoneInfo("Europe/Berlin")


@dataclass(frozen=True)
class PlanRow:
    """One meeting in the plan, with names already in the reader's language."""

    slot_label: str
    block: str
    mode: str
    place: str
    requester: str
    recipient: str
    video_link: str


def plan_rows(run: ScheduleRun, language: str) -> list[PlanRow]:
    """The run's meetings ordered by slot, onsite tables first, then online rooms."""
    zone = zoneinfo.ZoneInfo(run.event.time_zone)
    meetings = (
        Meeting.objects.filter(run=run)
        .select_related("slot", "request__requester_organisation", "request__recipient_organisation")
        .order_by("slot__starts_at", "-mode", "table", "pk")
    )
    rows = []
    rooms: dict[int, int] = {}
    for meeting in meetings:
        start, end = meeting.slot.starts_at, meeting.slot.ends_at
        local = f"{formats.date_format(start.astimezone(zone), 'SHORT_DATE_FORMAT')} "
        local += f"{start.astimezone(zone):%H:%M}–{end.astimezone(zone):%H:%M}"
        berlin = f"{start.astimezone(BERLIN):%H:%M}–{end.astimezone(BERLIN):%H:%M} {start.astimezone(BERLIN):%Z}"
        online = meeting.mode == "online"
        if online:
            rooms[meeting.slot_id] = number = rooms.get(meeting.slot_id, 0) + 1
        rows.append(
            PlanRow(
                slot_label=f"{local} {start.astimezone(zone):%Z} · {berlin}",
                block=meeting.slot.block,
                mode=_("Online") if online else _("Onsite"),
                place=_("Room %(number)s") % {"number": number}
                if online
                else _("Table %(table)s") % {"table": meeting.table},
                requester=translated.resolve(meeting.request.requester_organisation.name, language).text,
                recipient=translated.resolve(meeting.request.recipient_organisation.name, language).text,
                video_link=meeting.video_link,
            )
        )
    return rows


def plan_csv(rows: list[PlanRow]) -> str:
    """The plan as CSV (UTF-8 with a byte-order mark so that spreadsheet programs read Chinese)."""
    out = io.StringIO()
    out.write("\ufeff")
    writer = csv.writer(out)
    writer.writerow(
        [_("Slot"), _("Block"), _("Mode"), _("Table or room"), _("Requested by"), _("Meets"), _("Video link")]
    )
    for row in rows:
        writer.writerow([row.slot_label, row.block, row.mode, row.place, row.requester, row.recipient, row.video_link])
    return out.getvalue()


@embeds_cjk
def plan_pdf(run: ScheduleRun, rows: list[PlanRow], language: str) -> bytes:
    """A printable A4 plan: a heading per slot and one line per table or room."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4)
    width, height = float(A4[0]), float(A4[1])
    margin = 40
    columns = [(margin, 80), (margin + 85, 190), (margin + 280, 235)]
    title = _("Table plan: %(event)s") % {"event": translated.resolve(run.event.name, language).text}

    def new_page() -> float:
        draw_text(canvas, margin, height - margin, fit(title, width - 2 * margin, 14, bold=True), 14, bold=True)
        draw_text(canvas, margin, height - margin - 16, _("Scheduler run #%(run)s") % {"run": run.pk}, 9)
        return height - margin - 40

    y = new_page()
    if not rows:
        draw_text(canvas, margin, y, _("This run placed no meetings."), 11)
    for slot_label, group in groupby(rows, key=lambda row: row.slot_label):
        if y < margin + 60:
            canvas.showPage()
            y = new_page()
        draw_text(canvas, margin, y, slot_label, 11, bold=True)
        y -= 16
        for row in group:
            if y < margin + 20:
                canvas.showPage()
                y = new_page()
                draw_text(canvas, margin, y, slot_label, 11, bold=True)
                y -= 16
            for (x, col_width), text in zip(columns, (row.place, row.requester, row.recipient), strict=True):
                draw_text(canvas, x, y, fit(text, col_width, 9), 9)
            y -= 13
        y -= 8
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()
