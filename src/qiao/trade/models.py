"""Monthly bilateral trade figures, who reports them, and the imports that wrote them."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from qiao.core import translated
from qiao.core.fields import TranslatedTextField
from qiao.currencies.enums import Currency
from qiao.currencies.models import money_amount_field


class Flow(models.TextChoices):
    EXPORT = "export", _("export")
    IMPORT = "import", _("import")


class Layout(models.TextChoices):
    MONTHLY = "monthly", _("monthly values")
    CUMULATIVE = "cumulative", _("cumulative year to date")


class ReporterKind(models.TextChoices):
    PROVINCE = "province", _("province")
    CITY = "city", _("city")


#: The partner code for trade with all partners together (as UN Comtrade's “World”).
WORLD = "WLD"


class Reporter(models.Model):
    """A Chinese province or city whose customs office reports trade (GB/T 2260 code)."""

    code = models.CharField(_("GB/T 2260 code"), max_length=6, unique=True)
    abbreviation = models.CharField(_("abbreviation"), max_length=4, blank=True)
    kind = models.CharField(_("kind"), max_length=8, choices=ReporterKind.choices)
    name = TranslatedTextField(_("name"))

    class Meta:
        ordering = ["code"]
        verbose_name = _("reporter")
        verbose_name_plural = _("reporters")

    def __str__(self) -> str:
        return translated.resolve(self.name, get_language() or "en").text or self.code


class ImportBatch(models.Model):
    """One imported file: who, when, which layout, and what it changed (a JSON diff)."""

    at = models.DateTimeField(_("at"), auto_now_add=True, db_index=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("imported by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    filename = models.CharField(_("file name"), max_length=255)
    sha256 = models.CharField(_("SHA-256"), max_length=64)
    layout = models.CharField(_("layout"), max_length=10, choices=Layout.choices)
    rows = models.PositiveIntegerField(_("rows read"), default=0)
    created = models.PositiveIntegerField(_("figures created"), default=0)
    changed = models.PositiveIntegerField(_("figures changed"), default=0)
    removed = models.PositiveIntegerField(_("figures removed"), default=0)
    unchanged = models.PositiveIntegerField(_("figures unchanged"), default=0)
    months = models.JSONField(_("months replaced"), default=list, blank=True)
    changes = models.JSONField(_("changes"), default=list, blank=True)

    class Meta:
        ordering = ["-at", "-id"]
        verbose_name = _("trade import")
        verbose_name_plural = _("trade imports")

    def __str__(self) -> str:
        return f"{self.filename} ({self.at:%Y-%m-%d %H:%M})" if self.at else self.filename


class TradeFigure(models.Model):
    """The value of one month's exports or imports between a reporter and a partner.

    `hs_chapter` is empty for all goods; a two-digit chapter (01–97) for that chapter only.
    `partner` is an ISO 3166-1 alpha-2 code, or ``WLD`` for all partners together.
    """

    reporter = models.ForeignKey(Reporter, verbose_name=_("reporter"), on_delete=models.PROTECT, related_name="+")
    partner = models.CharField(_("partner"), max_length=3, db_index=True)
    month = models.DateField(_("month"), help_text=_("The first day of the month."))
    flow = models.CharField(_("flow"), max_length=6, choices=Flow.choices)
    hs_chapter = models.CharField(_("HS chapter"), max_length=2, blank=True)
    value = money_amount_field(_("value"))
    currency = models.CharField(_("currency"), max_length=3, choices=Currency.choices)
    batch = models.ForeignKey(
        ImportBatch, verbose_name=_("last import"), on_delete=models.PROTECT, related_name="figures"
    )

    class Meta:
        ordering = ["reporter", "partner", "month", "flow", "hs_chapter"]
        verbose_name = _("trade figure")
        verbose_name_plural = _("trade figures")
        constraints = [
            models.UniqueConstraint(
                fields=["reporter", "partner", "month", "flow", "hs_chapter"], name="unique_trade_figure"
            )
        ]

    def __str__(self) -> str:
        chapter = f" HS {self.hs_chapter}" if self.hs_chapter else ""
        return (
            f"{self.reporter_id} {self.partner} {self.month:%Y-%m} {self.flow}{chapter}: {self.value} {self.currency}"
        )
