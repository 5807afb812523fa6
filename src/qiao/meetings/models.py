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
