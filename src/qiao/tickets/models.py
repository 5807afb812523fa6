"""Tickets for summit registrations, seats in sessions (with waiting lists) and check-ins."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from qiao.core.models import TimeStamped
from qiao.tickets.domain.codes import display_code
from qiao.tickets.enums import ACTIVE_SEAT_STATUSES, SeatStatus


class Ticket(TimeStamped):
    """The admission code of one summit registration; kept (cancelled) when the registration goes."""

    event = models.ForeignKey(
        "summits.Event", on_delete=models.CASCADE, related_name="tickets", verbose_name=_("event")
    )
    person = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="tickets", verbose_name=_("holder")
    )
    registration = models.OneToOneField(
        "summits.Registration",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="ticket",
        verbose_name=_("registration"),
    )
    code = models.CharField(_("code"), max_length=16, unique=True)
    cancelled_at = models.DateTimeField(_("cancelled at"), null=True, blank=True)

    class Meta:
        ordering = ["event", "created_at"]
        verbose_name = _("ticket")
        verbose_name_plural = _("tickets")
        constraints = [
            models.UniqueConstraint(
                fields=["event", "person"], condition=Q(cancelled_at__isnull=True), name="unique_active_ticket"
            )
        ]

    def __str__(self) -> str:
        return display_code(self.code)

    @property
    def is_active(self) -> bool:
        return self.cancelled_at is None and self.registration_id is not None


class SessionRegistration(TimeStamped):
    """A person's seat (or place on the waiting list) in one session; the waiting order is the id order."""

    session = models.ForeignKey(
        "summits.Session", on_delete=models.CASCADE, related_name="seats", verbose_name=_("session")
    )
    person = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="session_seats", verbose_name=_("person")
    )
    status = models.CharField(_("status"), max_length=16, choices=SeatStatus.choices, db_index=True)
    promoted_at = models.DateTimeField(_("moved up from the waiting list at"), null=True, blank=True)
    cancelled_at = models.DateTimeField(_("cancelled at"), null=True, blank=True)

    class Meta:
        ordering = ["session", "id"]
        verbose_name = _("session registration")
        verbose_name_plural = _("session registrations")
        constraints = [
            models.UniqueConstraint(
                fields=["session", "person"],
                condition=Q(status__in=[str(status) for status in ACTIVE_SEAT_STATUSES]),
                name="unique_active_session_registration",
            )
        ]

    def __str__(self) -> str:
        return f"{self.person} — {self.session} ({self.get_status_display()})"


class CheckIn(models.Model):
    """A ticket shown at the entrance: at most one per ticket."""

    ticket = models.OneToOneField(Ticket, on_delete=models.CASCADE, related_name="checkin", verbose_name=_("ticket"))
    at = models.DateTimeField(_("at"), auto_now_add=True)
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("checked in by"),
    )

    class Meta:
        ordering = ["-at"]
        verbose_name = _("check-in")
        verbose_name_plural = _("check-ins")

    def __str__(self) -> str:
        return f"{self.ticket} @ {self.at:%Y-%m-%d %H:%M}"
