"""Events (summits), sessions, speakers and talks, organisers, registrations, figures."""

from __future__ import annotations

import datetime as dt
import zoneinfo

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from qiao.accounts.models import validate_time_zone
from qiao.core import translated
from qiao.core.fields import TranslatedTextField, WebAddressField
from qiao.core.models import TimeStamped
from qiao.summits.enums import AttendanceMode, EventStatus, OrganiserRole, SessionKind, TalkKind


def _check_order(start: object, end: object) -> None:
    if start is not None and end is not None and end <= start:  # type: ignore[operator]
        raise ValidationError({"ends_at": _("The end must be after the start.")})


class Event(TimeStamped):
    """One edition of the summit."""

    key = models.SlugField(_("key"), max_length=64, unique=True)
    edition = models.PositiveSmallIntegerField(_("edition"), null=True, blank=True)
    name = TranslatedTextField(_("name"))
    theme = TranslatedTextField(_("theme"))
    description = TranslatedTextField(_("description"), multiline=True)
    city = TranslatedTextField(_("city"))
    venue = TranslatedTextField(_("venue"))
    time_zone = models.CharField(
        _("time zone"), max_length=64, default="Asia/Shanghai", validators=[validate_time_zone]
    )
    starts_at = models.DateTimeField(_("starts"))
    ends_at = models.DateTimeField(_("ends"))
    hybrid = models.BooleanField(_("hybrid (onsite and online)"), default=True)
    status = models.CharField(_("status"), max_length=16, choices=EventStatus.choices, default=EventStatus.PREPARATION)
    photo_credit = models.CharField(_("photo credit"), max_length=120, blank=True)
    source = models.CharField(_("source"), max_length=300, blank=True)

    class Meta:
        ordering = ["-starts_at"]
        verbose_name = _("event")
        verbose_name_plural = _("events")

    def __str__(self) -> str:
        return translated.resolve(self.name, get_language() or "en").text or self.key

    @property
    def zone(self) -> zoneinfo.ZoneInfo:
        return zoneinfo.ZoneInfo(self.time_zone)

    def clean(self) -> None:
        translated.require_some_language(self.name)
        _check_order(self.starts_at, self.ends_at)


class EventOrganiser(models.Model):
    """An organisation's role in an event: host, supporter, organiser, co-organiser."""

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="organisers", verbose_name=_("event"))
    organisation = models.ForeignKey(
        "organisations.Organisation",
        on_delete=models.PROTECT,
        related_name="event_roles",
        verbose_name=_("organisation"),
    )
    role = models.CharField(_("role"), max_length=16, choices=OrganiserRole.choices)
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["event", "role", "order"]
        verbose_name = _("event organiser")
        verbose_name_plural = _("event organisers")
        constraints = [
            models.UniqueConstraint(fields=["event", "organisation", "role"], name="unique_event_organiser_role")
        ]

    def __str__(self) -> str:
        return f"{self.get_role_display()}: {self.organisation}"


class Session(TimeStamped):
    """A part of the programme: forum, keynote block, online connection, signing, visit."""

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="sessions", verbose_name=_("event"))
    key = models.SlugField(_("key"), max_length=64)
    kind = models.CharField(_("kind"), max_length=16, choices=SessionKind.choices)
    title = TranslatedTextField(_("title"))
    description = TranslatedTextField(_("description"), multiline=True)
    starts_at = models.DateTimeField(_("starts"))
    ends_at = models.DateTimeField(_("ends"))
    time_zone = models.CharField(
        _("time zone"), max_length=64, default="Asia/Shanghai", validators=[validate_time_zone]
    )
    venue = TranslatedTextField(_("venue"))
    online = models.BooleanField(_("online"), default=False)
    online_link = WebAddressField(_("online link"), blank=True)
    capacity = models.PositiveIntegerField(_("capacity"), null=True, blank=True)

    class Meta:
        ordering = ["starts_at", "key"]
        verbose_name = _("session")
        verbose_name_plural = _("sessions")
        constraints = [models.UniqueConstraint(fields=["event", "key"], name="unique_session_key")]

    def __str__(self) -> str:
        return translated.resolve(self.title, get_language() or "en").text or self.key

    def clean(self) -> None:
        translated.require_some_language(self.title)
        _check_order(self.starts_at, self.ends_at)
        if self.online_link and not self.online:
            raise ValidationError({"online_link": _("Only online sessions have an online link.")})


class Speaker(TimeStamped):
    """A person who speaks at a session, named as they are known in each language."""

    key = models.SlugField(_("key"), max_length=64, unique=True)
    name = TranslatedTextField(_("name"))
    position = TranslatedTextField(_("position"), multiline=True)
    organisation = models.ForeignKey(
        "organisations.Organisation", null=True, blank=True, on_delete=models.SET_NULL, verbose_name=_("organisation")
    )
    person = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, verbose_name=_("account")
    )

    class Meta:
        ordering = ["key"]
        verbose_name = _("speaker")
        verbose_name_plural = _("speakers")

    def __str__(self) -> str:
        return translated.resolve(self.name, get_language() or "en").text or self.key


class Talk(models.Model):
    """A speaker's contribution to a session, with its title in each language."""

    session = models.ForeignKey(Session, on_delete=models.CASCADE, related_name="talks", verbose_name=_("session"))
    speaker = models.ForeignKey(Speaker, on_delete=models.PROTECT, related_name="talks", verbose_name=_("speaker"))
    kind = models.CharField(_("kind"), max_length=16, choices=TalkKind.choices)
    title = TranslatedTextField(_("title"))
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["session", "order"]
        verbose_name = _("talk")
        verbose_name_plural = _("talks")
        constraints = [models.UniqueConstraint(fields=["session", "speaker", "kind"], name="unique_talk")]

    def __str__(self) -> str:
        title = translated.resolve(self.title, get_language() or "en").text
        return f"{self.speaker}: {title}" if title else str(self.speaker)


class Registration(TimeStamped):
    """A person's registration for an event, onsite or online."""

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="registrations", verbose_name=_("event"))
    person = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="registrations", verbose_name=_("person")
    )
    mode = models.CharField(_("attendance"), max_length=8, choices=AttendanceMode.choices)
    # For 1:1 meetings: online within these local business hours, onsite on these days.
    business_hours_start = models.TimeField(_("business hours from"), default=dt.time(8, 0))
    business_hours_end = models.TimeField(_("business hours to"), default=dt.time(18, 0))
    onsite_from = models.DateField(_("at the venue from"), null=True, blank=True)
    onsite_to = models.DateField(_("at the venue until"), null=True, blank=True)
    max_meetings = models.PositiveSmallIntegerField(_("at most this many meetings"), null=True, blank=True)

    class Meta:
        ordering = ["event", "created_at"]
        verbose_name = _("registration")
        verbose_name_plural = _("registrations")
        constraints = [models.UniqueConstraint(fields=["event", "person"], name="unique_registration")]

    def __str__(self) -> str:
        return f"{self.person} — {self.event} ({self.get_mode_display()})"

    def clean(self) -> None:
        if self.business_hours_end <= self.business_hours_start:
            raise ValidationError({"business_hours_end": _("Business hours must end after they start.")})
        if self.onsite_from and self.onsite_to and self.onsite_to < self.onsite_from:
            raise ValidationError({"onsite_to": _("The last day at the venue cannot be before the first.")})
        if self.mode == AttendanceMode.ONLINE and (self.onsite_from or self.onsite_to):
            raise ValidationError({"onsite_from": _("Online participants have no days at the venue.")})


class QuotedFigure(models.Model):
    """A figure quoted at an event (e.g. bilateral trade), with its period and source."""

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="figures", verbose_name=_("event"))
    key = models.SlugField(_("key"), max_length=64)
    label = TranslatedTextField(_("label"))
    value = models.DecimalField(_("value"), max_digits=20, decimal_places=4)
    unit = models.CharField(_("unit"), max_length=32, blank=True)
    period_start = models.DateField(_("period start"), null=True, blank=True)
    period_end = models.DateField(_("period end"), null=True, blank=True)
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["event", "order"]
        verbose_name = _("quoted figure")
        verbose_name_plural = _("quoted figures")
        constraints = [models.UniqueConstraint(fields=["event", "key"], name="unique_figure_key")]

    def __str__(self) -> str:
        return f"{self.key}: {self.value} {self.unit}"
