"""Roles people have on the platform."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Role(models.TextChoices):
    ORGANISER = "organiser", _("Organiser")
    OFFICER = "officer", _("District/park officer")
    COMPANY = "company", _("Company representative")
    EXPERT = "expert", _("Expert")
    VISITOR = "visitor", _("Visitor")
