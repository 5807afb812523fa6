"""Page parts that are the same for every reader: rendered once per process and language.

The site's header, navigation and footer are most of what a page renders besides its content,
and cost a few milliseconds per page when rendered anew. A fragment template sees only the
values it is given (never the request or the user), so it cannot show one reader's data to
another; what differs per reader (a CSRF token, a name, a count) stays in the page template.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from django.core.signals import setting_changed
from django.template.loader import render_to_string
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language


def fragment(name: str, **values: Any) -> SafeString:
    """The template `name` rendered with only `values`, in the active language (kept per process:
    UI texts, URLs and static file names do not change while it runs)."""
    return _rendered(name, get_language() or "", tuple(sorted(values.items())))


# Keys are few (templates × languages × a handful of values such as a time zone); the bound
# keeps an unusual mix of values from growing the memory.
@lru_cache(maxsize=1024)
def _rendered(name: str, language: str, values: tuple[tuple[str, Any], ...]) -> SafeString:
    return mark_safe(render_to_string(name, dict(values)))  # noqa: S308 - our template, autoescaped


def forget(**kwargs: Any) -> None:
    """Render anew after a settings change (tests change URLs, languages or static storage)."""
    _rendered.cache_clear()


setting_changed.connect(forget)
