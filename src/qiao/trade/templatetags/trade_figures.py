"""Trade amounts and percentages in the reader's conventions (16.53 bn / 16,53 Mrd. / 165.3亿)."""

from __future__ import annotations

from decimal import Decimal

from django import template
from django.utils.translation import get_language

from qiao.trade.domain.headline import amount_text, percent_text

register = template.Library()


@register.filter
def trade_amount(value: Decimal | None, currency: str = "") -> str:
    if value is None:
        return "—"
    return amount_text(value, currency, get_language() or "en", unit=bool(currency))


@register.filter
def trade_percent(value: Decimal | None) -> str:
    if value is None:
        return "—"
    text = percent_text(value, get_language() or "en")
    if (get_language() or "en").startswith("zh") and value > 0:
        return "+" + text
    if (get_language() or "en").startswith("zh") and value < 0:
        return "−" + text.lstrip("-")
    return text
