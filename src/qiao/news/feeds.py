"""The Atom feed of published news, one per language, with fallbacks marked."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.contrib.syndication.views import Feed
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.html import escape
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from qiao.core import translated
from qiao.core.fields import LANGUAGE_LABELS
from qiao.news.access import published_news
from qiao.news.models import NewsItem

FEED_SIZE = 30


def _text(value: dict[str, Any] | None) -> str:
    """The text in the active language, or another one followed by its language's name."""
    resolved = translated.resolve(value, get_language() or "en")
    if resolved.is_fallback:
        return f"{resolved.text} [{LANGUAGE_LABELS[resolved.language]}]"
    return resolved.text


class NewsFeed(Feed):  # type: ignore[type-arg]
    feed_type = Atom1Feed

    def title(self) -> str:
        return _("Qiao — summit news")

    def subtitle(self) -> str:
        return _("News of the China-Germany High-End Manufacturing Summit, Shaoxing")

    def link(self) -> str:
        return reverse("news:list")

    def feed_url(self) -> str:
        return reverse("news:feed")

    def items(self) -> list[NewsItem]:
        return list(published_news()[:FEED_SIZE])

    def item_title(self, item: NewsItem) -> str:
        return _text(item.title)

    def item_description(self, item: NewsItem) -> str:
        # Atom carries the summary as HTML: escape so the plain text shows as written.
        return escape(_text(item.summary) or _text(item.body))

    def item_link(self, item: NewsItem) -> str:
        return item.get_absolute_url()

    def item_pubdate(self, item: NewsItem) -> dt.datetime | None:
        return item.published_at

    def item_updateddate(self, item: NewsItem) -> dt.datetime:
        return item.updated_at
