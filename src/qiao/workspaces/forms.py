"""Organisers' forms for the summit set-up and the moderation decision."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from qiao.core import translated
from qiao.organisations.models import Organisation
from qiao.projects.domain.moderation import MAX_REASON_LENGTH
from qiao.projects.forms import model_formfield
from qiao.summits.models import Event, Session, Speaker, Talk


def _require_language(value: dict[str, Any] | None) -> dict[str, Any]:
    if not translated.texts_of(value):
        raise forms.ValidationError(
            _("Write this in at least one language (Chinese, German or English)."), code="no_language"
        )
    return value or {}


def _event_days(event: Event) -> tuple[dt.date, dt.date]:
    return event.starts_at.astimezone(event.zone).date(), event.ends_at.astimezone(event.zone).date()


class SessionForm(forms.Form):
    """A session of the programme; times are wall-clock times in the event's time zone."""

    key = forms.SlugField(label=_("Key"), max_length=64, help_text=_("Letters, digits and hyphens; unique per event."))
    kind = model_formfield(Session, "kind")
    title = model_formfield(Session, "title", required=False)
    venue = model_formfield(Session, "venue", required=False)
    day = forms.DateField(label=_("Day"), widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"))
    start = forms.TimeField(label=_("Starts"), widget=forms.TimeInput(attrs={"type": "time"}, format="%H:%M"))
    end = forms.TimeField(label=_("Ends"), widget=forms.TimeInput(attrs={"type": "time"}, format="%H:%M"))
    online = forms.BooleanField(label=_("Online"), required=False)
    online_link = forms.URLField(label=_("Online link"), required=False, assume_scheme="https")
    capacity = forms.IntegerField(
        label=_("Capacity"), required=False, min_value=0, help_text=_("Leave empty for no limit.")
    )

    def __init__(self, *args: Any, event: Event, instance: Session | None = None, **kwargs: Any) -> None:
        self.event = event
        self.instance = instance
        if instance is not None:
            local_start = instance.starts_at.astimezone(event.zone)
            local_end = instance.ends_at.astimezone(event.zone)
            kwargs.setdefault("initial", {}).update(
                {
                    "key": instance.key,
                    "kind": instance.kind,
                    "title": instance.title,
                    "venue": instance.venue,
                    "day": local_start.date(),
                    "start": local_start.time().replace(second=0, microsecond=0),
                    "end": local_end.time().replace(second=0, microsecond=0),
                    "online": instance.online,
                    "online_link": instance.online_link,
                    "capacity": instance.capacity,
                }
            )
        super().__init__(*args, **kwargs)
        first, last = _event_days(event)
        self.fields["day"].help_text = _("Between %(first)s and %(last)s (time zone %(zone)s).") % {
            "first": first.isoformat(),
            "last": last.isoformat(),
            "zone": event.time_zone,
        }

    def clean_key(self) -> str:
        key: str = self.cleaned_data["key"]
        others = Session.objects.filter(event=self.event, key=key)
        if self.instance is not None:
            others = others.exclude(pk=self.instance.pk)
        if others.exists():
            raise forms.ValidationError(_("Another session of this event has this key."), code="duplicate")
        return key

    def clean_title(self) -> dict[str, Any]:
        return _require_language(self.cleaned_data.get("title"))

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        day, start, end = data.get("day"), data.get("start"), data.get("end")
        if day is not None:
            first, last = _event_days(self.event)
            if not first <= day <= last:
                self.add_error(
                    "day",
                    _("The session must take place during the event, between %(first)s and %(last)s.")
                    % {"first": first.isoformat(), "last": last.isoformat()},
                )
        if start is not None and end is not None and end <= start:
            self.add_error("end", _("The end must be after the start."))
        if data.get("online_link") and not data.get("online"):
            self.add_error("online_link", _("Only online sessions have an online link."))
        return data

    def times(self) -> tuple[dt.datetime, dt.datetime]:
        """The start and end instants of the cleaned form, in the event's time zone."""
        day = self.cleaned_data["day"]
        zone = self.event.zone
        return (
            dt.datetime.combine(day, self.cleaned_data["start"], tzinfo=zone),
            dt.datetime.combine(day, self.cleaned_data["end"], tzinfo=zone),
        )


class SpeakerForm(forms.Form):
    key = forms.SlugField(label=_("Key"), max_length=64, help_text=_("Letters, digits and hyphens; unique."))
    name = model_formfield(Speaker, "name", required=False)
    position = model_formfield(Speaker, "position", required=False)
    organisation = forms.ModelChoiceField(
        label=_("Organisation"), queryset=Organisation.objects.order_by("key"), required=False
    )

    def __init__(self, *args: Any, instance: Speaker | None = None, **kwargs: Any) -> None:
        self.instance = instance
        if instance is not None:
            kwargs.setdefault("initial", {}).update(
                {
                    "key": instance.key,
                    "name": instance.name,
                    "position": instance.position,
                    "organisation": instance.organisation_id,
                }
            )
        super().__init__(*args, **kwargs)

    def clean_key(self) -> str:
        key: str = self.cleaned_data["key"]
        others = Speaker.objects.filter(key=key)
        if self.instance is not None:
            others = others.exclude(pk=self.instance.pk)
        if others.exists():
            raise forms.ValidationError(_("Another speaker has this key."), code="duplicate")
        return key

    def clean_name(self) -> dict[str, Any]:
        return _require_language(self.cleaned_data.get("name"))


class TalkForm(forms.Form):
    speaker = forms.ModelChoiceField(label=_("Speaker"), queryset=Speaker.objects.order_by("key"))
    kind = model_formfield(Talk, "kind")
    title = model_formfield(Talk, "title", required=False)
    order = forms.IntegerField(label=_("Order"), min_value=0, max_value=999, initial=0)

    def __init__(self, *args: Any, session: Session, instance: Talk | None = None, **kwargs: Any) -> None:
        self.session = session
        self.instance = instance
        if instance is not None:
            kwargs.setdefault("initial", {}).update(
                {
                    "speaker": instance.speaker_id,
                    "kind": instance.kind,
                    "title": instance.title,
                    "order": instance.order,
                }
            )
        super().__init__(*args, **kwargs)

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if data.get("speaker") is not None and data.get("kind"):
            others = Talk.objects.filter(session=self.session, speaker=data["speaker"], kind=data["kind"])
            if self.instance is not None:
                others = others.exclude(pk=self.instance.pk)
            if others.exists():
                self.add_error("speaker", _("This speaker already has a talk of this kind in this session."))
        return data


class RejectForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason (shown to the company)"),
        max_length=MAX_REASON_LENGTH,
        widget=forms.Textarea(attrs={"rows": 2}),
    )


class DeclineForm(forms.Form):
    reason = forms.CharField(label=_("Reason (optional)"), max_length=500, required=False)
