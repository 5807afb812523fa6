"""Content written by people in several languages, with each language's provenance.

A translated text is stored as JSON: ``{"de": {"text": "...", "status": "original"},
"zh-hans": {"text": "...", "status": "translated", "by": "Li Wei", "at": "2026-..."}}``.
A language that is absent is missing. These helpers are pure so domain code, templates
and the matching adapter read texts the same way.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from qiao.core.languages import CONTENT_LANGUAGES, FALLBACK_ORDER, normalise_language

ORIGINAL = "original"
TRANSLATED = "translated"
STATUSES = (ORIGINAL, TRANSLATED)
MAX_TEXT_LENGTH = 20_000


@dataclass(frozen=True)
class ResolvedText:
    """The text shown to a reader, and whether it is in another language than asked."""

    text: str
    language: str
    is_fallback: bool
    status: str

    def __str__(self) -> str:
        return self.text


EMPTY = ResolvedText(text="", language="", is_fallback=False, status="")


def texts_of(value: dict[str, Any] | None) -> dict[str, str]:
    """The non-empty texts by language."""
    if not value:
        return {}
    return {
        lang: entry["text"]
        for lang, entry in value.items()
        if isinstance(entry, dict) and str(entry.get("text", "")).strip()
    }


def resolve(value: dict[str, Any] | None, language: str) -> ResolvedText:
    """Pick the reader's language, else the first available in the fallback order."""
    texts = texts_of(value)
    wanted = normalise_language(language)
    for lang in FALLBACK_ORDER[wanted]:
        if lang in texts:
            assert value is not None
            return ResolvedText(
                text=texts[lang],
                language=lang,
                is_fallback=lang != wanted,
                status=str(value[lang].get("status", ORIGINAL)),
            )
    return EMPTY


def original_language(value: dict[str, Any] | None) -> str | None:
    """The language the text was first written in, if recorded."""
    for lang, entry in (value or {}).items():
        if isinstance(entry, dict) and entry.get("status") == ORIGINAL:
            return lang
    return None


def make(original_lang: str | None = None, **texts: str) -> dict[str, Any]:
    """Build a stored value from keyword texts (``zh`` stands for ``zh-hans``).

    The language named by `original_lang` is marked original, the others translated.
    """
    value: dict[str, Any] = {}
    for key, text in texts.items():
        lang = "zh-hans" if key in ("zh", "zh_hans") else key
        if text and text.strip():
            value[lang] = {"text": text.strip(), "status": TRANSLATED}
    wanted = "zh-hans" if original_lang in ("zh", "zh_hans") else original_lang
    first = wanted if wanted in value else next(iter(value), None)
    if first is not None:
        value[first]["status"] = ORIGINAL
    return value


def merge_edit(
    old: dict[str, Any] | None,
    new_texts: dict[str, str],
    editor: str,
    when: datetime,
) -> dict[str, Any]:
    """Apply an edit: changed languages record who and when, unchanged ones keep theirs.

    The first language ever written is the original; later ones are translations.
    """
    old = old or {}
    result: dict[str, Any] = {}
    has_original = original_language(old) is not None
    for lang in CONTENT_LANGUAGES:
        text = (new_texts.get(lang) or "").strip()
        if not text:
            continue
        previous = old.get(lang)
        if isinstance(previous, dict) and previous.get("text") == text:
            result[lang] = previous
            continue
        status = TRANSLATED if has_original and original_language(old) != lang else ORIGINAL
        if status == ORIGINAL:
            has_original = True
        result[lang] = {"text": text, "status": status, "by": editor, "at": when.isoformat()}
    return result


def with_translation(
    old: dict[str, Any] | None,
    language: str,
    text: str,
    translator: str,
    when: datetime,
) -> dict[str, Any]:
    """Add (or replace) one language as a translation, leaving every other language as it was.

    Provenance is stored the way `merge_edit` stores it ("by", "at"), so both readers agree.
    An original text is never overwritten by a translation.
    """
    lang = normalise_language(language)
    result = {key: dict(entry) for key, entry in (old or {}).items() if isinstance(entry, dict)}
    previous = result.get(lang)
    if previous is not None and previous.get("status") == ORIGINAL and str(previous.get("text", "")).strip():
        raise ValidationError(_("The original text cannot be replaced by a translation."), code="is_original")
    cleaned = text.strip()
    if not cleaned:
        raise ValidationError(_("Enter the translation."), code="empty")
    if len(cleaned) > MAX_TEXT_LENGTH:
        raise ValidationError(
            _("A text may have at most %(max)d characters."), code="too_long", params={"max": MAX_TEXT_LENGTH}
        )
    result[lang] = {"text": cleaned, "status": TRANSLATED, "by": translator, "at": when.isoformat()}
    return result


def provenance(value: dict[str, Any] | None, language: str) -> tuple[str, str]:
    """Who wrote or translated a language's text and when (ISO time), "" when not recorded."""
    entry = (value or {}).get(normalise_language(language))
    if not isinstance(entry, dict):
        return "", ""
    return str(entry.get("by", "")), str(entry.get("at", ""))


def validate(value: Any) -> None:
    """Refuse anything that is not a well-formed translated text."""
    if value in (None, {}):
        return
    if not isinstance(value, dict):
        raise ValidationError(_("Expected texts by language."), code="invalid")
    for lang, entry in value.items():
        if lang not in CONTENT_LANGUAGES:
            raise ValidationError(_("Unknown language “%(lang)s”."), code="unknown_language", params={"lang": lang})
        if not isinstance(entry, dict) or not isinstance(entry.get("text"), str):
            raise ValidationError(_("Each language needs a text."), code="invalid")
        if entry.get("status", ORIGINAL) not in STATUSES:
            raise ValidationError(_("Unknown translation status."), code="invalid")
        if len(entry["text"]) > MAX_TEXT_LENGTH:
            raise ValidationError(
                _("A text may have at most %(max)d characters."),
                code="too_long",
                params={"max": MAX_TEXT_LENGTH},
            )


def require_some_language(value: dict[str, Any] | None) -> None:
    """Refuse a text that exists in no language at all."""
    if not texts_of(value):
        raise ValidationError(
            _("Write this in at least one language (Chinese, German or English)."),
            code="no_language",
        )
