from django.db import models
from django.utils.translation import gettext_lazy as _


class SeatStatus(models.TextChoices):
    """A person's place in a session: a seat, a place on the waiting list, or given up."""

    CONFIRMED = "confirmed", _("Confirmed")
    WAITING = "waiting", _("On the waiting list")
    CANCELLED = "cancelled", _("Cancelled")


ACTIVE_SEAT_STATUSES = (SeatStatus.CONFIRMED, SeatStatus.WAITING)


class CheckInOutcome(models.TextChoices):
    """What the check-in desk answers for one scanned or typed code."""

    CHECKED_IN = "checked_in", _("Checked in")
    ALREADY = "already", _("Already checked in")
    WRONG_EVENT = "wrong_event", _("Ticket for another event")
    CANCELLED = "cancelled", _("Registration cancelled")
    UNKNOWN = "unknown", _("Unknown code")
