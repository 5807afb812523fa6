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
