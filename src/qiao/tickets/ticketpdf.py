"""The printable ticket: A6, in the holder's language, with the code as text and QR code."""

from __future__ import annotations

import io

from django.utils import translation
from django.utils.translation import gettext as _
from reportlab.graphics import renderPDF
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib.pagesizes import A6
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from qiao.core import translated
from qiao.core.pdf import draw_text, embeds_cjk, fit
from qiao.summits.enums import AttendanceMode
from qiao.tickets.domain.codes import display_code
from qiao.tickets.models import Ticket
from qiao.tickets.qr import ERROR_LEVEL, qr_payload

QR_SIZE = 60 * mm


def holder_name(ticket: Ticket) -> str:
    """The holder as printed: their name, with the Chinese name beside it when known."""
    person = ticket.person
    name = str(person)
    chinese = person.display_name_zh.strip()
    return f"{name} {chinese}" if chinese and chinese != name else name


@embeds_cjk
def ticket_pdf(ticket: Ticket) -> bytes:
    """Render the ticket in the holder's language (the person may print it anywhere)."""
    language = ticket.person.language or "en"
    buffer = io.BytesIO()
    width, height = A6
    canvas = Canvas(buffer, pagesize=A6, pageCompression=0)
    margin = 10 * mm
    usable = width - 2 * margin
    with translation.override(language):
        event_name = translated.resolve(ticket.event.name, language).text or ticket.event.key
        canvas.setTitle(f"{_('Ticket')} {display_code(ticket.code)}")
        canvas.setAuthor("Qiao")
        canvas.setFillColorRGB(0.56, 0.11, 0.13)
        canvas.rect(0, height - 18 * mm, width, 18 * mm, stroke=0, fill=1)
        canvas.setFillColorRGB(1, 1, 1)
        draw_text(canvas, margin, height - 11 * mm, fit(f"桥 Qiao — {_('Ticket')}", usable, 13, bold=True), 13, True)
        canvas.setFillColorRGB(0, 0, 0)
        y = height - 27 * mm
        draw_text(canvas, margin, y, fit(event_name, usable, 11, bold=True), 11, True)
        y -= 8 * mm
        draw_text(canvas, margin, y, fit(_("Holder"), usable, 7), 7)
        y -= 5 * mm
        draw_text(canvas, margin, y, fit(holder_name(ticket), usable, 12, bold=True), 12, True)
        y -= 7 * mm
        mode = ticket.registration.mode if ticket.registration else ""
        mode_label = str(AttendanceMode(mode).label) if mode in AttendanceMode.values else "—"
        draw_text(canvas, margin, y, fit(f"{_('Attendance')}: {mode_label}", usable, 10), 10)
        widget = QrCodeWidget(qr_payload(ticket.code), barLevel=ERROR_LEVEL, barBorder=4)
        left, bottom, right, top = widget.getBounds()
        drawing = Drawing(QR_SIZE, QR_SIZE, transform=[QR_SIZE / (right - left), 0, 0, QR_SIZE / (top - bottom), 0, 0])
        drawing.add(widget)
        renderPDF.draw(drawing, canvas, (width - QR_SIZE) / 2, 17 * mm)
        code = display_code(ticket.code)
        canvas.setFont("Courier-Bold", 13)
        canvas.drawCentredString(width / 2, 12 * mm, code)
        draw_text(canvas, margin, 6 * mm, fit(_("Show this code at the entrance."), usable, 7), 7)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()
