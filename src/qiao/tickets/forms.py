"""Forms of the registration and check-in pages: bad input gets a clear, translated message."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from qiao.summits.enums import AttendanceMode
from qiao.tickets.domain.codes import MAX_INPUT_LENGTH, normalise_code
from qiao.tickets.domain.registrations import MAX_MEETINGS, MeetingPreferences

DEFAULT_START, DEFAULT_END = MeetingPreferences.business_hours_start, MeetingPreferences.business_hours_end


class RegistrationForm(forms.Form):
    mode = forms.ChoiceField(
        label=_("How will you attend?"),
        choices=AttendanceMode.choices,
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Choose onsite or online attendance."),
            "invalid_choice": _("Choose onsite or online attendance."),
        },
    )
    business_hours_start = forms.TimeField(
        label=_("Available for meetings from"),
        required=False,
        initial=DEFAULT_START,
        widget=forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
        error_messages={"invalid": _("Enter a time such as 08:00.")},
    )
    business_hours_end = forms.TimeField(
        label=_("Available for meetings until"),
        required=False,
        initial=DEFAULT_END,
        widget=forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
        error_messages={"invalid": _("Enter a time such as 18:00.")},
    )
    onsite_from = forms.DateField(
        label=_("At the venue from"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        error_messages={"invalid": _("Enter a date such as 2026-12-10.")},
    )
    onsite_to = forms.DateField(
        label=_("At the venue until"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        error_messages={"invalid": _("Enter a date such as 2026-12-10.")},
    )
    max_meetings = forms.IntegerField(
        label=_("At most this many 1:1 meetings"),
        required=False,
        widget=forms.NumberInput(attrs={"min": 1, "max": MAX_MEETINGS}),
        error_messages={"invalid": _("Enter a whole number.")},
    )

    def __init__(self, *args: Any, hybrid: bool = True, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        mode = self.fields["mode"]
        if not hybrid and isinstance(mode, forms.ChoiceField):
            mode.choices = [(AttendanceMode.ONSITE.value, AttendanceMode.ONSITE.label)]

    def preferences(self) -> MeetingPreferences:
        data = self.cleaned_data
        return MeetingPreferences(
            business_hours_start=data["business_hours_start"] or DEFAULT_START,
            business_hours_end=data["business_hours_end"] or DEFAULT_END,
            onsite_from=data["onsite_from"],
            onsite_to=data["onsite_to"],
            max_meetings=data["max_meetings"],
        )


class CheckInForm(forms.Form):
    code = forms.CharField(
        label=_("Ticket code"),
        max_length=MAX_INPUT_LENGTH,
        error_messages={
            "required": _("Enter or scan a ticket code."),
            "max_length": _("This is too long for a ticket code (codes look like QIAO-ABCDE-23456)."),
        },
        widget=forms.TextInput(
            attrs={
                "autofocus": True,
                "autocomplete": "off",
                "autocapitalize": "characters",
                "spellcheck": "false",
                "inputmode": "text",
                "enterkeyhint": "go",
                "class": "checkin__input",
                "placeholder": "QIAO-XXXXX-XXXXX",
            }
        ),
    )

    def clean_code(self) -> str:
        typed: str = self.cleaned_data["code"]
        code = normalise_code(typed)
        if code is None:
            raise forms.ValidationError(
                _("“%(typed)s” is not a ticket code (codes look like QIAO-ABCDE-23456)."),
                code="format",
                params={"typed": typed[:MAX_INPUT_LENGTH]},
            )
        return code
