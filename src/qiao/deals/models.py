"""Agreements and their parties."""

from __future__ import annotations

from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from qiao.core import translated
from qiao.core.fields import TranslatedTextField
from qiao.core.models import TimeStamped
from qiao.currencies.enums import Currency
from qiao.currencies.models import money_amount_field
from qiao.deals.enums import AgreementKind, SigningMode


class Agreement(TimeStamped):
    """A letter of intent, cooperation agreement or contract between organisations."""

    key = models.SlugField(_("key"), max_length=64, unique=True)
    kind = models.CharField(_("kind"), max_length=16, choices=AgreementKind.choices)
    title = TranslatedTextField(_("title"))
    summary = TranslatedTextField(_("summary"), multiline=True)
    parties = models.ManyToManyField(
        "organisations.Organisation", through="AgreementParty", verbose_name=_("parties"), related_name="agreements"
    )
    project = models.ForeignKey(
        "projects.Project",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        verbose_name=_("project"),
        related_name="agreements",
    )
    sectors = models.ManyToManyField("sectors.Sector", verbose_name=_("sectors"), blank=True)
    tags = models.ManyToManyField("sectors.ThemeTag", verbose_name=_("themes"), blank=True)
    amount = money_amount_field(_("amount"), null=True, blank=True)
    currency = models.CharField(_("currency"), max_length=3, choices=Currency.choices, blank=True)
    event = models.ForeignKey(
        "summits.Event",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        verbose_name=_("event"),
        related_name="agreements",
    )
    signed_at = models.DateTimeField(_("signed at"), null=True, blank=True)
    signing_mode = models.CharField(_("signing"), max_length=8, choices=SigningMode.choices, blank=True)

    class Meta:
        ordering = ["key"]
        verbose_name = _("agreement")
        verbose_name_plural = _("agreements")

    def __str__(self) -> str:
        return translated.resolve(self.title, get_language() or "en").text or self.key


class AgreementParty(models.Model):
    """One organisation's place in an agreement."""

    agreement = models.ForeignKey(Agreement, on_delete=models.CASCADE, related_name="party_links")
    organisation = models.ForeignKey("organisations.Organisation", on_delete=models.PROTECT, verbose_name=_("party"))
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["agreement", "order"]
        verbose_name = _("party")
        verbose_name_plural = _("parties")
        constraints = [models.UniqueConstraint(fields=["agreement", "organisation"], name="unique_agreement_party")]

    def __str__(self) -> str:
        return str(self.organisation)
