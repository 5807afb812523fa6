"""The form to ask another organisation for a 1:1 meeting (from a match or directly)."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from qiao.core import translated
from qiao.meetings.enums import Priority
from qiao.organisations.models import Organisation
from qiao.summits.enums import EventStatus
from qiao.summits.models import Event


class _Choice(forms.ModelChoiceField):  # type: ignore[type-arg]
    def __init__(self, *args: Any, language: str = "en", **kwargs: Any) -> None:
        self.language = language
        super().__init__(*args, **kwargs)

    def label_from_instance(self, obj: Any) -> str:
        return translated.resolve(obj.name, self.language).text or str(obj)


class MeetingRequestForm(forms.Form):
    """Event, who asks (one of the person's organisations), whom, how important, and a note."""

    event = _Choice(queryset=Event.objects.none(), label=_("Summit"), to_field_name="key")
    from_organisation = _Choice(queryset=Organisation.objects.none(), label=_("On behalf of"), to_field_name="key")
    to_organisation = _Choice(queryset=Organisation.objects.none(), label=_("Meet"), to_field_name="key")
    priority = forms.TypedChoiceField(
        label=_("Priority"), choices=Priority.choices, coerce=int, initial=Priority.SHOULD
    )
    message = forms.CharField(
        label=_("Message"), required=False, max_length=2000, widget=forms.Textarea(attrs={"rows": 4})
    )

    def __init__(self, data: Any, user: Any, language: str, initial: dict[str, Any] | None = None) -> None:
        super().__init__(data, initial=initial)
        upcoming = Event.objects.filter(
            ends_at__gte=timezone.now(), status__in=[EventStatus.PREPARATION, EventStatus.PUBLISHED]
        ).order_by("starts_at")
        mine = Organisation.objects.filter(memberships__person=user).order_by("key")
        # Coming from a match or profile page the counterpart is known: offer only it, not a list
        # of every organisation (ten thousand options at a provincial summit's scale).
        counterpart = str((data or {}).get("to_organisation") or (initial or {}).get("to_organisation") or "")
        others = Organisation.objects.filter(key=counterpart) if counterpart else Organisation.objects.all()
        fields = self.fields
        for name, queryset in (
            ("event", upcoming),
            ("from_organisation", mine),
            ("to_organisation", others),
        ):
            field = fields[name]
            assert isinstance(field, _Choice)
            field.queryset = queryset
            field.language = language
        if upcoming.exists() and not (initial or {}).get("event"):
            fields["event"].initial = upcoming.first()
        if mine.count() == 1:
            fields["from_organisation"].initial = mine.first()
