"""`{% translation_request obj "field" %}`: a button asking for the text in the reader's language."""

from __future__ import annotations

from typing import Any

from django import template
from django.core.exceptions import FieldDoesNotExist
from django.utils.translation import get_language

from qiao.core import translated
from qiao.core.languages import normalise_language
from qiao.translations.domain.registry import label_of, translatable
from qiao.translations.enums import RequestStatus
from qiao.translations.models import TranslationRequest

register = template.Library()


def _field_label(obj: Any, field: str) -> str:
    try:
        return str(getattr(obj._meta.get_field(field), "verbose_name", field))
    except FieldDoesNotExist:
        return field


def _already_asked(request: Any) -> set[tuple[str, int, str, str]]:
    """The reader's open requests, looked up once per page however many buttons it has."""
    cached: set[tuple[str, int, str, str]] | None = getattr(request, "_qiao_open_translation_requests", None)
    if cached is None:
        rows = TranslationRequest.objects.filter(status=RequestStatus.OPEN, requesters=request.user).values_list(
            "content_type__app_label", "content_type__model", "object_id", "field", "target_language"
        )
        cached = {(f"{app}.{model}", pk, field, lang) for app, model, pk, field, lang in rows}
        request._qiao_open_translation_requests = cached
    return cached


@register.inclusion_tag("translations/_request_button.html", takes_context=True)
def translation_request(context: dict[str, Any], obj: Any, field: str) -> dict[str, Any]:
    """Shown to signed-in readers when the text exists but not in their language."""
    request = context.get("request")
    user = getattr(request, "user", None)
    language = normalise_language(get_language())
    value = getattr(obj, field, None)
    texts = translated.texts_of(value)
    show = bool(
        user is not None and user.is_authenticated and translatable(obj, field) and texts and language not in texts
    )
    asked = show and (label_of(obj), obj.pk, field, language) in _already_asked(request)
    return {
        "show": show,
        "asked": asked,
        "target": label_of(obj) if show else "",
        "object_id": obj.pk if show else "",
        "field": field,
        "field_label": _field_label(obj, field) if show else "",
        "language": language,
        "next": request.get_full_path()[:300] if request is not None else "/",
        "csrf_token": context.get("csrf_token"),
    }
