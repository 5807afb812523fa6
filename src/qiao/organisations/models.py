"""Organisations and the sectors they work in."""

from __future__ import annotations

from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from qiao.core import translated
from qiao.core.fields import TranslatedTextField, WebAddressField
from qiao.core.models import TimeStamped
from qiao.core.validators import validate_country
from qiao.organisations.enums import OrganisationKind, OrganisationSize


class Organisation(TimeStamped):
    """Any body taking part: company, district, park, agency, university, association."""

    key = models.SlugField(_("key"), max_length=64, unique=True)
    kind = models.CharField(_("kind"), max_length=16, choices=OrganisationKind.choices, db_index=True)
    name = TranslatedTextField(_("name"))
    country = models.CharField(_("country"), max_length=2, validators=[validate_country], db_index=True)
    province = TranslatedTextField(_("province/state"))
    city = TranslatedTextField(_("city"))
    district = TranslatedTextField(_("district"))
    address = models.CharField(_("address"), max_length=300, blank=True)
    website = WebAddressField(_("website"), blank=True)
    size = models.CharField(_("size"), max_length=8, choices=OrganisationSize.choices, blank=True)
    sectors = models.ManyToManyField("sectors.Sector", verbose_name=_("sectors"), blank=True)
    tags = models.ManyToManyField("sectors.ThemeTag", verbose_name=_("themes"), blank=True)
    description = TranslatedTextField(_("description"), multiline=True)
    verified = models.BooleanField(_("verified"), default=False)

    class Meta:
        ordering = ["key"]
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")

    def __str__(self) -> str:
        return translated.resolve(self.name, get_language() or "en").text or self.key

    def clean(self) -> None:
        translated.require_some_language(self.name)
