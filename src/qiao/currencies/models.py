"""Dated exchange rates: the value of one unit of a currency in CNY on a day."""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from django.core.validators import MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from qiao.currencies.enums import Currency

if TYPE_CHECKING:
    from django_stubs_ext import StrOrPromise


def money_amount_field(verbose_name: StrOrPromise, **kwargs: object) -> models.DecimalField:  # type: ignore[type-arg]
    """Amounts are decimals with two places, never floats, and never negative."""
    return models.DecimalField(
        verbose_name,
        max_digits=18,
        decimal_places=2,
        validators=[MinValueValidator(Decimal("0"))],
        **kwargs,  # type: ignore[arg-type]
    )


class ExchangeRate(models.Model):
    """One unit of `currency` is worth `cny_per_unit` yuan on and after `valid_on`."""

    currency = models.CharField(
        _("currency"), max_length=3, choices=[c for c in Currency.choices if c[0] != Currency.CNY]
    )
    valid_on = models.DateField(_("valid on"))
    cny_per_unit = models.DecimalField(
        _("CNY per unit"), max_digits=12, decimal_places=6, validators=[MinValueValidator(Decimal("0.000001"))]
    )
    source = models.CharField(_("source"), max_length=200, blank=True)

    class Meta:
        ordering = ["-valid_on", "currency"]
        verbose_name = _("exchange rate")
        verbose_name_plural = _("exchange rates")
        constraints = [models.UniqueConstraint(fields=["currency", "valid_on"], name="unique_rate_per_day")]

    def __str__(self) -> str:
        return f"1 {self.currency} = {self.cny_per_unit} CNY ({self.valid_on})"
