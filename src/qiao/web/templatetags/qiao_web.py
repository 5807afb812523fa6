"""Helpers for the public pages only."""

from __future__ import annotations

from django import template
from django.utils.translation import get_language

from qiao.web.filters import REGION_LABELS

register = template.Library()


@register.filter
def regions(value: str) -> str:
    """ "Ningbo, Shaoxing" in the reader's language: 宁波、绍兴 / Ningbo, Shaoxing."""
    names = [name.strip() for name in (value or "").split(",") if name.strip()]
    separator = "、" if (get_language() or "").startswith("zh") else ", "
    return separator.join(str(REGION_LABELS.get(name, name)) for name in names)
