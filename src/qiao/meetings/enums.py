"""Meeting-request priorities and states, with the one table of allowed transitions."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Priority(models.IntegerChoices):
    """The weight a request carries in the scheduler (3 must meet … 1 nice to meet)."""

    MUST = 3, _("Must meet")
    SHOULD = 2, _("Should meet")
    NICE = 1, _("Nice to meet")


class RequestStatus(models.TextChoices):
    PENDING = "pending", _("Waiting for an answer")
    ACCEPTED = "accepted", _("Accepted")
    DECLINED = "declined", _("Declined")
    WITHDRAWN = "withdrawn", _("Withdrawn")


# From each state, the states a request may move to; everything else is refused.
TRANSITIONS: dict[str, frozenset[str]] = {
    RequestStatus.PENDING: frozenset({RequestStatus.ACCEPTED, RequestStatus.DECLINED, RequestStatus.WITHDRAWN}),
    RequestStatus.ACCEPTED: frozenset({RequestStatus.WITHDRAWN}),
    RequestStatus.DECLINED: frozenset(),
    RequestStatus.WITHDRAWN: frozenset(),
}
