"""`{% latest_news event 3 %}`: the newest published news of an event (and general news)."""

from __future__ import annotations

from typing import Any

from django import template
from django.utils.html import format_html, linebreaks
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from qiao.core import translated
from qiao.core.fields import LANGUAGE_LABELS
from qiao.news.access import news_for_event

register = template.Library()


@register.inclusion_tag("news/_latest.html")
def latest_news(event: Any = None, count: int = 3) -> dict[str, Any]:
    """Up to `count` published items of `event` plus general news, newest first."""
    return {"items": list(news_for_event(event)[: max(0, min(int(count), 20))]), "event": event}


@register.simple_tag
def news_feed_link() -> str:
    """The address of the news feed in the active language (for <link rel="alternate">)."""
    from django.urls import reverse

    return reverse("news:feed")


@register.filter
def tr_paragraphs(value: dict[str, Any] | None) -> SafeString:
    """A multi-line text in the reader's language as paragraphs; a fallback is marked once."""
    resolved = translated.resolve(value, get_language() or "en")
    if not resolved.text:
        return SafeString("")
    paragraphs = linebreaks(resolved.text, autoescape=True)
    if not resolved.is_fallback:
        return format_html('<div class="news-text">{}</div>', mark_safe(paragraphs))  # noqa: S308 - escaped above
    return format_html(
        '<p class="fallback-badge">{}</p><div class="news-text" lang="{}">{}</div>',
        _("Not yet available in your language; shown in %(language)s.")
        % {"language": LANGUAGE_LABELS[resolved.language]},
        resolved.language,
        mark_safe(paragraphs),  # noqa: S308 - linebreaks escaped the text
    )
