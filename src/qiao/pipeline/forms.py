"""The board's filters, the move form (a stage, a note and the version the person saw), and the
forms for owners, follow-up tasks, checklist steps, deleting and the district's template."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from qiao.accounts.models import User
from qiao.core.fields import TranslatedTextFormField
from qiao.pipeline.domain.checklists import MAX_DUE_OFFSET_DAYS
from qiao.pipeline.enums import RequiredFor, Stage, StepStatus
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


def _date_input() -> forms.DateInput:
    return forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


class OwnerForm(forms.Form):
    owner = OwnerChoiceField(label=_("Owner"), queryset=User.objects.none(), required=False, empty_label=_("No owner"))

    def __init__(self, *args: Any, people: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        owner_field = self.fields["owner"]
        assert isinstance(owner_field, OwnerChoiceField)
        owner_field.queryset = people


class TaskForm(forms.Form):
    title = forms.CharField(label=_("Task"), max_length=200)
    due_on = forms.DateField(label=_("Due on"), widget=_date_input())
    assignee = OwnerChoiceField(
        label=_("Assignee"), queryset=User.objects.none(), required=False, empty_label=_("The case owner")
    )

    def __init__(self, *args: Any, people: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        assignee_field = self.fields["assignee"]
        assert isinstance(assignee_field, OwnerChoiceField)
        assignee_field.queryset = people


class StepStatusForm(forms.Form):
    status = forms.ChoiceField(label=_("Status"), choices=StepStatus.choices)
    due_on = forms.DateField(label=_("Due on"), required=False, widget=_date_input())


class DeleteForm(forms.Form):
    reason = forms.CharField(label=_("Reason for deleting"), max_length=500, required=False)


class TemplateForm(forms.Form):
    name = forms.CharField(label=_("Short name"), max_length=80)
    title = TranslatedTextFormField(label=_("Title"), required=False)


class TemplateStepForm(forms.Form):
    order = forms.IntegerField(label=_("Order"), min_value=0, max_value=999)
    title = TranslatedTextFormField(label=_("Step"), required=False)
    provider = TranslatedTextFormField(label=_("Responsible service provider"), required=False)
    documents = TranslatedTextFormField(label=_("Documents"), multiline=True, required=False)
    due_offset_days = forms.IntegerField(
        label=_("Due after (days from the letter of intent)"), min_value=0, max_value=MAX_DUE_OFFSET_DAYS
    )
    required_for = forms.ChoiceField(label=_("Required for"), choices=RequiredFor.choices, required=False)
