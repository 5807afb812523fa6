from django.db import models
from django.utils.translation import gettext_lazy as _


class OrganisationKind(models.TextChoices):
    COMPANY = "company", _("Company")
    GOVERNMENT = "government", _("District or government body")
    PARK = "park", _("Industrial park or development zone")
    AGENCY = "agency", _("Investment promotion agency")
    UNIVERSITY = "university", _("University or research institute")
    ASSOCIATION = "association", _("Association or chamber")
    MEDIA = "media", _("Media")


class OrganisationSize(models.TextChoices):
    MICRO = "micro", _("Micro (under 10 people)")
    SMALL = "small", _("Small (10–49)")
    MEDIUM = "medium", _("Medium (50–249)")
    LARGE = "large", _("Large (250 or more)")
