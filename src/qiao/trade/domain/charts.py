"""A small server-side SVG chart builder: bars and lines, no script, no style, only attributes.

The charts scale with their container (viewBox); colours, strokes and text sizes are
presentation attributes, so the page's strict Content-Security-Policy holds. Every chart
carries a <title> and <desc>; the page shows the same numbers as a table beside it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal

from django.utils.html import escape, format_html
from django.utils.safestring import SafeString, mark_safe

WIDTH, HEIGHT = 480, 280
LEFT, RIGHT, TOP, BOTTOM = 44, 8, 26, 46
INK, MUTED, LINE = "#1d2733", "#52606d", "#d9dee4"


@dataclass(frozen=True)
class Series:
    """One named row of values (None: no figure for that slot) drawn in one colour."""

    label: str
    values: Sequence[Decimal | None]
    colour: str
    dashed: bool = False


def _n(value: float) -> str:
    return f"{value:.1f}"


def nice_maximum(value: Decimal) -> Decimal:
    """The smallest 1, 2, 2.5 or 5 × 10ⁿ at least `value` (for the top of the axis)."""
    if value <= 0:
        return Decimal(1)
    exponent = value.adjusted()
    for step in (1, 2, Decimal("2.5"), 5, 10):
        top = Decimal(step) * Decimal(10) ** exponent
        if top >= value:
            return top
    return Decimal(10) ** (exponent + 1)  # pragma: no cover - the loop always returns


def _frame(chart_id: str, title: str, desc: str, body: list[str], unit: str) -> SafeString:
    head = format_html(
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {} {}" role="img" aria-labelledby="{}-title {}-desc"'
        ' class="trade-chart__svg" font-family="system-ui, sans-serif" font-size="13">'
        '<title id="{}-title">{}</title><desc id="{}-desc">{}</desc>',
        WIDTH,
        HEIGHT,
        chart_id,
        chart_id,
        chart_id,
        title,
        chart_id,
        desc,
    )
    caption = format_html('<text x="4" y="12" fill="{}">{}</text>', MUTED, unit)
    return mark_safe(head + caption + "".join(body) + "</svg>")  # noqa: S308 - every part is built with format_html


def _axis(top: Decimal, tick_label: Callable[[Decimal], str], slots: Sequence[str]) -> list[str]:
    plot_height = HEIGHT - TOP - BOTTOM
    parts: list[str] = []
    for i in range(5):
        value = top * i / 4
        y = TOP + plot_height - plot_height * i / 4
        parts.append(
            format_html(
                '<line x1="{}" y1="{}" x2="{}" y2="{}" stroke="{}" stroke-width="1"/>'
                '<text x="{}" y="{}" text-anchor="end" fill="{}">{}</text>',
                LEFT,
                _n(y),
                WIDTH - RIGHT,
                _n(y),
                LINE,
                LEFT - 6,
                _n(y + 4),
                MUTED,
                tick_label(value),
            )
        )
    step = (WIDTH - LEFT - RIGHT) / max(len(slots), 1)
    for i, label in enumerate(slots):
        parts.append(
            format_html(
                '<text x="{}" y="{}" text-anchor="middle" fill="{}">{}</text>',
                _n(LEFT + step * (i + 0.5)),
                HEIGHT - BOTTOM + 16,
                INK,
                label,
            )
        )
    return parts


def _legend(series: Sequence[Series]) -> list[str]:
    parts: list[str] = []
    x = LEFT
    for item in series:
        parts.append(
            format_html(
                '<rect x="{}" y="{}" width="12" height="12" fill="{}"/><text x="{}" y="{}" fill="{}">{}</text>',
                x,
                HEIGHT - 16,
                item.colour,
                x + 16,
                HEIGHT - 6,
                INK,
                item.label,
            )
        )
        x += 28 + 8 * len(item.label)
    return parts


def stacked_bars(
    chart_id: str,
    title: str,
    desc: str,
    slots: Sequence[str],
    series: Sequence[Series],
    tick_label: Callable[[Decimal], str],
    unit: str = "",
) -> SafeString:
    """One bar per slot (month), the series stacked in order from the bottom."""
    sums = [sum((s.values[i] or Decimal(0) for s in series), Decimal(0)) for i in range(len(slots))]
    top = nice_maximum(max(sums, default=Decimal(0)))
    plot_height = HEIGHT - TOP - BOTTOM
    step = (WIDTH - LEFT - RIGHT) / max(len(slots), 1)
    body = _axis(top, tick_label, slots)
    for i, slot in enumerate(slots):
        base = Decimal(0)
        for item in series:
            value = item.values[i]
            if value is None or value <= 0:
                continue
            y_top = TOP + plot_height * float(1 - (base + value) / top)
            height = plot_height * float(value / top)
            body.append(
                format_html(
                    '<rect x="{}" y="{}" width="{}" height="{}" fill="{}"><title>{} {}: {} {}</title></rect>',
                    _n(LEFT + step * i + step * 0.15),
                    _n(y_top),
                    _n(step * 0.7),
                    _n(height),
                    item.colour,
                    slot,
                    item.label,
                    tick_label(value),
                    unit,
                )
            )
            base += value
    body += _legend(series)
    return _frame(chart_id, title, desc, body, unit)


def lines(
    chart_id: str,
    title: str,
    desc: str,
    slots: Sequence[str],
    series: Sequence[Series],
    tick_label: Callable[[Decimal], str],
    unit: str = "",
) -> SafeString:
    """One line per series over the slots, with a dot on each value; gaps stay gaps."""
    values = [v for s in series for v in s.values if v is not None]
    top = nice_maximum(max(values, default=Decimal(0)))
    plot_height = HEIGHT - TOP - BOTTOM
    step = (WIDTH - LEFT - RIGHT) / max(len(slots), 1)
    body = _axis(top, tick_label, slots)
    for item in series:
        points = [
            (LEFT + step * (i + 0.5), TOP + plot_height * float(1 - v / top))
            for i, v in enumerate(item.values)
            if v is not None
        ]
        if len(points) > 1:
            body.append(
                format_html(
                    '<polyline points="{}" fill="none" stroke="{}" stroke-width="3"{}/>',
                    " ".join(f"{x:.1f},{y:.1f}" for x, y in points),
                    item.colour,
                    mark_safe(' stroke-dasharray="6 4"') if item.dashed else "",
                )
            )
        body.extend(
            format_html('<circle cx="{}" cy="{}" r="3.5" fill="{}"/>', _n(x), _n(y), item.colour) for x, y in points
        )
    body += _legend(series)
    return _frame(chart_id, title, desc, [str(b) for b in body], unit)


def plain(text: str) -> str:
    """Text safe for an SVG text node (for callers building labels)."""
    return str(escape(text))
