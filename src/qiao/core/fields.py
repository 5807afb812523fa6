"""Model and form fields for translated text."""

from __future__ import annotations

from typing import Any

from django import forms
from django.core.serializers.json import DjangoJSONEncoder
from django.db import models
from django.utils.translation import gettext_lazy as _

from qiao.core import translated
from qiao.core.languages import CONTENT_LANGUAGES

LANGUAGE_LABELS = {"zh-hans": _("Chinese"), "de": _("German"), "en": _("English")}


class TranslatedTextWidget(forms.MultiWidget):
    """One text box per language, labelled, in the order zh, de, en."""

    template_name = "core/widgets/translated_text.html"

    def __init__(self, multiline: bool = False, attrs: dict[str, Any] | None = None) -> None:
        inner = forms.Textarea(attrs={"rows": 3}) if multiline else forms.TextInput()
        widgets: dict[str, forms.Widget | type[forms.Widget]] = {
            lang.replace("-", "_"): inner for lang in CONTENT_LANGUAGES
        }
        super().__init__(widgets, attrs)

    def decompress(self, value: Any) -> list[str]:
        texts = translated.texts_of(value if isinstance(value, dict) else None)
        return [texts.get(lang, "") for lang in CONTENT_LANGUAGES]

    def get_context(self, name: str, value: Any, attrs: dict[str, Any] | None) -> dict[str, Any]:
        context = super().get_context(name, value, attrs)
        for sub, lang in zip(context["widget"]["subwidgets"], CONTENT_LANGUAGES, strict=True):
            sub["language_label"] = LANGUAGE_LABELS[lang]
            sub["attrs"]["lang"] = lang
        return context


class TranslatedTextFormField(forms.MultiValueField):
    """Edits the texts; provenance is added by the save path (merge_edit)."""

    def __init__(self, *, multiline: bool = False, **kwargs: Any) -> None:
        kwargs.pop("encoder", None)
        kwargs.pop("decoder", None)
        kwargs.pop("max_length", None)
        fields = [forms.CharField(required=False, max_length=translated.MAX_TEXT_LENGTH) for _ in CONTENT_LANGUAGES]
        super().__init__(
            fields=fields,
            widget=TranslatedTextWidget(multiline=multiline),
            require_all_fields=False,
            **kwargs,
        )
        self.initial_value: dict[str, Any] | None = None

    def compress(self, data_list: list[str]) -> dict[str, Any]:
        if not data_list:
            return {}
        texts = dict(zip(CONTENT_LANGUAGES, data_list, strict=True))
        return {
            lang: {"text": t.strip(), "status": translated.ORIGINAL} for lang, t in texts.items() if t and t.strip()
        }

    def has_changed(self, initial: Any, data: Any) -> bool:
        init = translated.texts_of(initial if isinstance(initial, dict) else None)
        new = dict(zip(CONTENT_LANGUAGES, [(d or "").strip() for d in (data or ["", "", ""])], strict=True))
        return {k: v for k, v in new.items() if v} != init


class UnicodeJSONEncoder(DjangoJSONEncoder):
    """Store CJK and umlauts as themselves so database text search finds them."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs["ensure_ascii"] = False
        super().__init__(*args, **kwargs)


class TranslatedTextField(models.JSONField):
    """A text per content language with its translation status (original/translated)."""

    def __init__(self, *args: Any, multiline: bool = False, **kwargs: Any) -> None:
        self.multiline = multiline
        kwargs.setdefault("encoder", UnicodeJSONEncoder)
        kwargs.setdefault("default", dict)
        kwargs.setdefault("blank", True)
        super().__init__(*args, **kwargs)
        self.validators.append(translated.validate)

    def deconstruct(self) -> tuple[Any, Any, Any, Any]:
        name, path, args, kwargs = super().deconstruct()
        if self.multiline:
            kwargs["multiline"] = True
        return name, path, args, kwargs

    def formfield(self, **kwargs: Any) -> Any:
        defaults: dict[str, Any] = {"form_class": TranslatedTextFormField, "multiline": self.multiline}
        defaults.update(kwargs)
        return models.Field.formfield(self, **defaults)


class WebAddressField(models.URLField):  # type: ignore[type-arg]
    """A URL whose form field assumes https:// when people type a bare host name."""

    def formfield(self, **kwargs: Any) -> Any:
        kwargs.setdefault("assume_scheme", "https")
        return super().formfield(**kwargs)
