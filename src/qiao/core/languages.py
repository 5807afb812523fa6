"""The platform's content languages and how to pick one for a reader."""

from __future__ import annotations

from typing import Final

# Codes as Django uses them (and as stored in translated text fields).
CONTENT_LANGUAGES: Final = ("zh-hans", "de", "en")

# Reading order when the reader's language is missing: the other languages, most widely
# read first, so a German reader of a Chinese-only text still gets English if it exists.
FALLBACK_ORDER: Final = {
    "zh-hans": ("zh-hans", "en", "de"),
    "de": ("de", "en", "zh-hans"),
    "en": ("en", "de", "zh-hans"),
}


def normalise_language(code: str | None) -> str:
    """Map any Django/browser language code onto one of the content languages."""
    if not code:
        return "en"
    code = code.lower().replace("_", "-")
    if code.startswith("zh"):
        return "zh-hans"
    if code.startswith("de"):
        return "de"
    return "en"
