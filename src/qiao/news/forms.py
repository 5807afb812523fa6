"""Organiser forms for news, galleries and photos: one text box per language."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from qiao.core import translated
from qiao.core.fields import TranslatedTextFormField
from qiao.news.domain.images import check_image
from qiao.summits.models import Event


def texts(value: Any) -> dict[str, str]:
    """The texts by language from a TranslatedTextFormField's cleaned value."""
    return translated.texts_of(value if isinstance(value, dict) else None)


class _Publishable(forms.Form):
    event = forms.ModelChoiceField(
        queryset=Event.objects.order_by("-starts_at"), required=False, label=_("Event"), empty_label=_("(none)")
    )
    slug = forms.SlugField(
        label=_("Short name in the address"),
        max_length=80,
        required=False,
        help_text=_("Letters, digits and hyphens; left empty, one is made from the title."),
    )
    title = TranslatedTextFormField(label=_("Title"), required=False)


class NewsItemForm(_Publishable):
    summary = TranslatedTextFormField(label=_("Summary"), multiline=True, required=False)
    body = TranslatedTextFormField(label=_("Text"), multiline=True, required=False)

    names = ("title", "summary", "body")


class GalleryForm(_Publishable):
    description = TranslatedTextFormField(label=_("Description"), multiline=True, required=False)

    names = ("title", "description")


def initial_of(obj: Any, names: tuple[str, ...]) -> dict[str, Any]:
    initial = {name: getattr(obj, name) for name in names}
    initial.update(event=obj.event_id, slug=obj.slug)
    return initial


class PhotoForm(forms.Form):
    image = forms.FileField(
        label=_("Picture"),
        help_text=_("JPEG, PNG or WebP, at most 10 MB."),
        widget=forms.ClearableFileInput(attrs={"accept": "image/jpeg,image/png,image/webp"}),
    )
    photographer = forms.CharField(
        label=_("Photographer"),
        max_length=120,
        error_messages={"required": _("Name the photographer (required for every photo).")},
    )
    caption = TranslatedTextFormField(label=_("Caption"), required=False)

    def clean_image(self) -> Any:
        """Check the picture by content here too, so every problem shows at once."""
        upload = self.cleaned_data["image"]
        check_image(upload, upload.size or 0)
        return upload
