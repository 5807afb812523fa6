from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from qiao.core.translated import MAX_TEXT_LENGTH
from qiao.translations.models import LANGUAGE_CHOICES


class RequestForm(forms.Form):
    """What a reader asks for; the object is checked against what they may see."""

    target = forms.CharField(max_length=64)
    object_id = forms.IntegerField(min_value=1)
    field = forms.CharField(max_length=64)
    language = forms.ChoiceField(choices=LANGUAGE_CHOICES)


class TranslationForm(forms.Form):
    text = forms.CharField(
        label=_("Translation"),
        max_length=MAX_TEXT_LENGTH,
        widget=forms.Textarea(attrs={"rows": 6}),
        error_messages={"required": _("Enter the translation.")},
    )
