"""Roles people have on the platform."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Role(models.TextChoices):
    ORGANISER = "organiser", _("Organiser")
    OFFICER = "officer", _("District/park officer")
    COMPANY = "company", _("Company representative")
    EXPERT = "expert", _("Expert")
    VISITOR = "visitor", _("Visitor")


# Roles a person may choose when signing up; organisers are appointed, never self-chosen.
SIGNUP_ROLES = (Role.COMPANY, Role.OFFICER, Role.EXPERT, Role.VISITOR)
# Roles an organiser must approve before the person may act in them.
ROLES_NEEDING_APPROVAL = frozenset({Role.OFFICER, Role.EXPERT})


class ApplicationStatus(models.TextChoices):
    PENDING = "pending", _("Waiting for approval")
    APPROVED = "approved", _("Approved")
    REJECTED = "rejected", _("Rejected")


APPLICATION_TRANSITIONS: dict[str, frozenset[str]] = {
    ApplicationStatus.PENDING: frozenset({ApplicationStatus.APPROVED, ApplicationStatus.REJECTED}),
    ApplicationStatus.APPROVED: frozenset(),
    ApplicationStatus.REJECTED: frozenset(),
}
