"""QR codes of tickets: one encoding for the screen (SVG via segno) and paper (ReportLab)."""

from __future__ import annotations

import segno
from django.utils.safestring import SafeString, mark_safe

from qiao.tickets.domain.codes import display_code

ERROR_LEVEL = "M"


def qr_payload(code: str) -> str:
    """What the QR code holds: the grouped code, which the desk normalises when scanned."""
    return display_code(code)


def qr_svg(code: str, title: str = "") -> SafeString:
    """Inline SVG (no script, no style attribute), sized by CSS through its viewBox."""
    qr = segno.make(qr_payload(code), error=ERROR_LEVEL, micro=False)
    svg = qr.svg_inline(
        scale=1,
        border=4,
        omitsize=True,
        light="#fff",
        svgclass="ticket-qr",
        lineclass="ticket-qr__modules",
        title=title or None,
    )
    return mark_safe(svg)  # noqa: S308 - segno's own markup; the title is escaped by segno
