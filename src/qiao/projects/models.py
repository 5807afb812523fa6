"""Projects (German companies' intentions) and offers (Chinese districts' and parks')."""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from qiao.core import translated
from qiao.core.fields import TranslatedTextField
from qiao.core.models import TimeStamped
from qiao.core.validators import validate_not_negative
from qiao.currencies.enums import Currency
from qiao.currencies.models import money_amount_field
from qiao.projects.areas import areas_agree, mu_to_m2
from qiao.projects.enums import Moderation, OfferKind, ProjectKind, ProjectStage, Visibility

if TYPE_CHECKING:
    from django_stubs_ext import StrOrPromise


def _area_field(verbose_name: StrOrPromise) -> models.DecimalField:  # type: ignore[type-arg]
    return models.DecimalField(
        verbose_name, max_digits=12, decimal_places=2, null=True, blank=True, validators=[validate_not_negative]
    )


class Profile(TimeStamped):
    """What projects and offers share: key, owner, texts, sectors, themes and land in mu/m².

    When both land figures are given they must describe the same area.
    """

    key = models.SlugField(_("key"), max_length=64, unique=True)
    organisation = models.ForeignKey(
        "organisations.Organisation",
        verbose_name=_("organisation"),
        on_delete=models.PROTECT,
        related_name="%(class)ss",
    )
    title = TranslatedTextField(_("title"))
    summary = TranslatedTextField(_("summary"), multiline=True)
    sectors = models.ManyToManyField("sectors.Sector", verbose_name=_("sectors"), blank=True)
    tags = models.ManyToManyField("sectors.ThemeTag", verbose_name=_("themes"), blank=True)
    land_mu = _area_field(_("land (mu)"))
    land_m2 = _area_field(_("land (m²)"))

    class Meta:
        abstract = True
        ordering = ["key"]

    def __str__(self) -> str:
        return translated.resolve(self.title, get_language() or "en").text or self.key

    def clean(self) -> None:
        translated.require_some_language(self.title)
        if self.land_mu is not None and self.land_m2 is not None and not areas_agree(self.land_mu, self.land_m2):
            raise ValidationError(
                {
                    "land_m2": _("%(mu)s mu are %(m2)s m², not %(given)s m².")
                    % {"mu": self.land_mu, "m2": mu_to_m2(self.land_mu), "given": self.land_m2}
                }
            )


class Project(Profile):
    """A German company's intention to invest, expand, find a partner or sell technology."""

    kind = models.CharField(_("kind"), max_length=16, choices=ProjectKind.choices)
    investment = money_amount_field(_("investment"), null=True, blank=True)
    currency = models.CharField(_("currency"), max_length=3, choices=Currency.choices, default=Currency.EUR)
    jobs = models.PositiveIntegerField(_("jobs"), null=True, blank=True)
    factory_m2 = _area_field(_("factory area (m²)"))
    office_m2 = _area_field(_("office area (m²)"))
    needs_talent = models.CharField(_("talent needed"), max_length=300, blank=True)
    needs_certification = models.CharField(_("certification needed"), max_length=300, blank=True)
    needs_subsidies = models.BooleanField(_("seeks subsidies"), default=False)
    start = models.DateField(_("planned start"), null=True, blank=True)
    preferred_regions = models.CharField(_("preferred regions"), max_length=300, blank=True)
    visibility = models.CharField(_("visibility"), max_length=8, choices=Visibility.choices, default=Visibility.PUBLIC)
    stage = models.CharField(_("stage"), max_length=16, choices=ProjectStage.choices, default=ProjectStage.DRAFT)
    # The exhibition shows only published projects; see qiao.projects.domain.moderation.
    moderation = models.CharField(
        _("moderation"), max_length=16, choices=Moderation.choices, default=Moderation.SUBMITTED, db_index=True
    )
    moderation_reason = models.CharField(_("reason for rejection"), max_length=500, blank=True)

    class Meta(Profile.Meta):
        verbose_name = _("project")
        verbose_name_plural = _("projects")


class Offer(Profile):
    """A Chinese district's, park's or company's offer (land, factories, …) or need."""

    kind = models.CharField(_("kind"), max_length=16, choices=OfferKind.choices)
    factory_m2 = _area_field(_("largest factory unit (m²)"))
    flats = models.PositiveIntegerField(_("talent flats"), null=True, blank=True)
    subsidy_amount = money_amount_field(_("subsidy (CNY)"), null=True, blank=True)
    contact_name = models.CharField(_("contact"), max_length=120, blank=True)
    contact_email = models.EmailField(_("contact e-mail"), blank=True)
    published = models.BooleanField(_("published"), default=True)

    class Meta(Profile.Meta):
        verbose_name = _("offer")
        verbose_name_plural = _("offers")
