"""The board's filters and the move form (a stage, a note and the version the person saw)."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from qiao.accounts.models import User
from qiao.pipeline.enums import Stage
from qiao.sectors.models import Sector
from qiao.summits.models import Event


class OwnerChoiceField(forms.ModelChoiceField):  # type: ignore[type-arg]
    def label_from_instance(self, obj: Any) -> str:
        return str(obj.get_full_name() or obj.username)


class BoardFilterForm(forms.Form):
    sector = forms.ModelChoiceField(
        label=_("Sector"), queryset=Sector.objects.all(), required=False, empty_label=_("All sectors")
    )
    owner = OwnerChoiceField(label=_("Owner"), queryset=User.objects.none(), required=False, empty_label=_("Anyone"))
    event = forms.ModelChoiceField(
        label=_("Summit"),
        queryset=Event.objects.all(),
        required=False,
        empty_label=_("All summits"),
        to_field_name="key",
    )

    def __init__(self, *args: Any, owners: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        owner_field = self.fields["owner"]
        assert isinstance(owner_field, OwnerChoiceField)
        owner_field.queryset = owners


class MoveForm(forms.Form):
    to_stage = forms.ChoiceField(label=_("Stage"), choices=Stage.choices)
    note = forms.CharField(label=_("Note or reason"), max_length=500, required=False)
    version = forms.IntegerField(min_value=1, widget=forms.HiddenInput)
