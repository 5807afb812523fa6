"""Meeting requests between two organisations' people at an event."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from qiao.core.models import TimeStamped
from qiao.meetings.enums import Priority, RequestStatus


class MeetingRequest(TimeStamped):
    """One side asks the other for a 1:1 meeting at an event, from a match or directly."""

    event = models.ForeignKey(
        "summits.Event", on_delete=models.CASCADE, related_name="meeting_requests", verbose_name=_("event")
    )
    requester = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+", verbose_name=_("requested by")
    )
    requester_organisation = models.ForeignKey(
        "organisations.Organisation", on_delete=models.PROTECT, related_name="+", verbose_name=_("from")
    )
    recipient_organisation = models.ForeignKey(
        "organisations.Organisation", on_delete=models.PROTECT, related_name="+", verbose_name=_("to")
    )
    project = models.ForeignKey(
        "projects.Project",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("project"),
    )
    offer = models.ForeignKey(
        "projects.Offer", null=True, blank=True, on_delete=models.SET_NULL, related_name="+", verbose_name=_("offer")
    )
    from_match = models.BooleanField(_("from a match"), default=False)
    priority = models.PositiveSmallIntegerField(_("priority"), choices=Priority.choices, default=Priority.SHOULD)
    message = models.TextField(_("message"), blank=True, max_length=2000)
    status = models.CharField(
        _("status"), max_length=16, choices=RequestStatus.choices, default=RequestStatus.PENDING, db_index=True
    )
    answered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("answered by"),
    )
    answered_at = models.DateTimeField(_("answered at"), null=True, blank=True)
    reason = models.CharField(_("reason"), max_length=500, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = _("meeting request")
        verbose_name_plural = _("meeting requests")
        constraints = [
            models.CheckConstraint(
                condition=~models.Q(requester_organisation=models.F("recipient_organisation")),
                name="meeting_request_not_with_itself",
            ),
            models.UniqueConstraint(
                fields=["event", "requester_organisation", "recipient_organisation"],
                condition=models.Q(status__in=["pending", "accepted"]),
                name="one_open_request_per_pair",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.requester_organisation} → {self.recipient_organisation} ({self.get_status_display()})"


class MeetingSlot(models.Model):
    """A time in which 1:1 meetings happen: onsite at numbered tables and/or online rooms."""

    event = models.ForeignKey(
        "summits.Event", on_delete=models.CASCADE, related_name="meeting_slots", verbose_name=_("event")
    )
    starts_at = models.DateTimeField(_("starts"))
    ends_at = models.DateTimeField(_("ends"))
    block = models.CharField(_("block"), max_length=40, help_text=_("Slots of one block follow each other."))
    tables = models.PositiveSmallIntegerField(_("onsite tables"), default=0)
    rooms = models.PositiveSmallIntegerField(_("online rooms"), null=True, blank=True, help_text=_("Empty: no limit."))

    class Meta:
        ordering = ["event", "starts_at"]
        verbose_name = _("meeting slot")
        verbose_name_plural = _("meeting slots")
        constraints = [models.UniqueConstraint(fields=["event", "starts_at"], name="one_slot_per_start")]

    def __str__(self) -> str:
        return f"{self.starts_at:%Y-%m-%d %H:%M} UTC ({self.block})"

    def clean(self) -> None:
        from django.core.exceptions import ValidationError

        if self.starts_at and self.ends_at and self.ends_at <= self.starts_at:
            raise ValidationError({"ends_at": _("The end must be after the start.")})


class ScheduleRun(TimeStamped):
    """One run of the scheduler for an event: its progress, its result, and whether it is published."""

    class Status(models.TextChoices):
        QUEUED = "queued", _("Queued")
        RUNNING = "running", _("Running")
        DONE = "done", _("Done")
        FAILED = "failed", _("Failed")

    event = models.ForeignKey(
        "summits.Event", on_delete=models.CASCADE, related_name="schedule_runs", verbose_name=_("event")
    )
    started_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+", verbose_name=_("started by")
    )
    seconds = models.PositiveIntegerField(_("time limit (seconds)"), default=30)
    seed = models.PositiveIntegerField(_("seed"), default=0)
    status = models.CharField(_("status"), max_length=8, choices=Status.choices, default=Status.QUEUED)
    progress = models.PositiveSmallIntegerField(_("progress (%)"), default=0)
    message = models.CharField(_("message"), max_length=500, blank=True)
    weight = models.PositiveIntegerField(_("scheduled weight"), null=True, blank=True)
    upper_bound = models.PositiveIntegerField(_("upper bound"), null=True, blank=True)
    gap = models.FloatField(_("gap"), null=True, blank=True)
    result = models.JSONField(_("result"), default=dict, blank=True)
    published_at = models.DateTimeField(_("published at"), null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("scheduler run")
        verbose_name_plural = _("scheduler runs")

    def __str__(self) -> str:
        return f"{self.event} #{self.pk} ({self.get_status_display()})"


class Meeting(models.Model):
    """A published 1:1 meeting: a request placed in a slot, onsite at a table or online."""

    run = models.ForeignKey(ScheduleRun, on_delete=models.CASCADE, related_name="meetings", verbose_name=_("run"))
    request = models.ForeignKey(
        MeetingRequest, on_delete=models.CASCADE, related_name="meetings", verbose_name=_("request")
    )
    slot = models.ForeignKey(MeetingSlot, on_delete=models.PROTECT, related_name="meetings", verbose_name=_("slot"))
    mode = models.CharField(_("mode"), max_length=8, choices=[("onsite", _("Onsite")), ("online", _("Online"))])
    table = models.PositiveSmallIntegerField(_("table"), null=True, blank=True)
    video_link = models.URLField(_("video link"), blank=True, max_length=1000)

    class Meta:
        ordering = ["slot__starts_at", "table"]
        verbose_name = _("meeting")
        verbose_name_plural = _("meetings")
        constraints = [models.UniqueConstraint(fields=["run", "request"], name="one_meeting_per_request_and_run")]

    def __str__(self) -> str:
        return f"{self.request} @ {self.slot}"
