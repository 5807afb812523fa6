"""Forms of the review pages; the domain functions validate, these only render and carry errors."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from qiao.reviews.enums import CRITERIA, Recommendation, criterion_label

SCORE_CHOICES = [("", "—"), *[(str(i), str(i)) for i in range(1, 6)]]


class RequestForm(forms.Form):
    deadline = forms.DateField(
        label=_("Deadline"),
        widget=forms.DateInput(attrs={"type": "date"}),
        error_messages={"required": _("Give a deadline."), "invalid": _("Enter a date like 2026-05-31.")},
    )


class ReviewForm(forms.Form):
    """Score and reason per criterion, then the recommendation and its reason."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for name, _label in CRITERIA:
            label = criterion_label(name)
            # A plain field with a select: the domain function validates and explains the score.
            self.fields[f"{name}_score"] = forms.CharField(
                label=_("%(criterion)s: score (1 = weak, 5 = strong)") % {"criterion": label},
                widget=forms.Select(choices=SCORE_CHOICES),
                required=False,
            )
            self.fields[f"{name}_reason"] = forms.CharField(
                label=_("%(criterion)s: reason") % {"criterion": label},
                widget=forms.Textarea(attrs={"rows": 3}),
                required=False,
            )
        self.fields["recommendation"] = forms.CharField(
            label=_("Recommendation"), widget=forms.Select(choices=[("", "—"), *Recommendation.choices]), required=False
        )
        self.fields["recommendation_reason"] = forms.CharField(
            label=_("Reason for the recommendation"), widget=forms.Textarea(attrs={"rows": 3}), required=False
        )


class DeclineForm(forms.Form):
    reason = forms.CharField(
        label=_("Why do you decline?"),
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=500,
        error_messages={
            "required": _("Give a reason."),
            "max_length": _("Keep the reason under %(limit_value)d characters."),
        },
    )


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    """Several files in one input; each is checked by content in the domain."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("widget", MultipleFileInput())
        super().__init__(*args, **kwargs)

    def clean(self, data: Any, initial: Any = None) -> Any:
        single = super().clean
        if isinstance(data, list | tuple):
            return [single(d, initial) for d in data]
        return [single(data, initial)] if data else []


class AdviceForm(forms.Form):
    body = forms.CharField(
        label=_("Message"),
        widget=forms.Textarea(attrs={"rows": 5}),
        error_messages={"required": _("Write a message.")},
    )
    attachments = MultipleFileField(
        label=_("Attachments (PDF, PNG, JPEG, Word or Excel; at most 10 MB each)"),
        required=False,
        error_messages={"empty": _("The file is empty."), "invalid": _("Upload a file.")},
    )
