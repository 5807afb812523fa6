"""Agreements, their parties, issued PDF versions, signatures, signed scans and ceremony lineups."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from django.conf import settings
from django.core.validators import MinValueValidator
from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from qiao.core import translated
from qiao.core.fields import TranslatedTextField
from qiao.core.models import TimeStamped
from qiao.currencies.enums import Currency
from qiao.currencies.models import money_amount_field
from qiao.deals.enums import AgreementKind, SecondLanguage, SigningMode

SHA256_LENGTH = 64


class ImmutableRecordError(Exception):
    """A stored version, signature or scan was about to change: signed bytes never change."""


class WriteOnce(models.Model):
    """Rows that are written once and never changed or deleted (the evidence of a signing)."""

    class Meta:
        abstract = True

    def save(self, *args: Any, **kwargs: Any) -> None:
        if not self._state.adding:
            raise ImmutableRecordError(f"{self._meta.label} {self.pk} is stored for good and cannot change.")
        super().save(*args, **kwargs)

    def delete(self, *args: Any, **kwargs: Any) -> tuple[int, dict[str, int]]:
        raise ImmutableRecordError(f"{self._meta.label} {self.pk} is stored for good and cannot be deleted.")


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
    case = models.ForeignKey(
        "pipeline.Case",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        verbose_name=_("investment case"),
        related_name="agreements",
    )
    sectors = models.ManyToManyField("sectors.Sector", verbose_name=_("sectors"), blank=True)
    tags = models.ManyToManyField("sectors.ThemeTag", verbose_name=_("themes"), blank=True)
    amount = money_amount_field(_("amount"), null=True, blank=True)
    currency = models.CharField(_("currency"), max_length=3, choices=Currency.choices, blank=True)
    area_m2 = models.DecimalField(
        _("area (m²)"),
        max_digits=14,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(Decimal("0.01"))],
    )
    timeline_start = models.DateField(_("timeline start"), null=True, blank=True)
    timeline_end = models.DateField(_("timeline end"), null=True, blank=True)
    second_language = models.CharField(
        _("second language"), max_length=2, choices=SecondLanguage.choices, default=SecondLanguage.GERMAN
    )
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
    signed_version = models.ForeignKey(
        "AgreementVersion",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        verbose_name=_("signed version"),
        related_name="+",
    )
    deleted_at = models.DateTimeField(_("deleted"), null=True, blank=True)

    class Meta:
        ordering = ["key"]
        verbose_name = _("agreement")
        verbose_name_plural = _("agreements")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(area_m2__isnull=True) | models.Q(area_m2__gt=0),
                name="area_positive",
                violation_error_message=_("The area must be more than 0 m²."),
            ),
            models.CheckConstraint(
                condition=models.Q(timeline_start__isnull=True)
                | models.Q(timeline_end__isnull=True)
                | models.Q(timeline_end__gt=models.F("timeline_start")),
                name="timeline_in_order",
                violation_error_message=_("The end of the timeline must be after its start."),
            ),
            models.CheckConstraint(
                condition=models.Q(amount__isnull=True) | ~models.Q(currency=""),
                name="amount_has_currency",
                violation_error_message=_("Choose the currency of the investment."),
            ),
        ]

    def __str__(self) -> str:
        return translated.resolve(self.title, get_language() or "en").text or self.key

    @property
    def is_signed(self) -> bool:
        return self.signed_at is not None


class AgreementParty(models.Model):
    """One organisation's place in an agreement, and whether it lets the signed intent be shown publicly."""

    agreement = models.ForeignKey(Agreement, on_delete=models.CASCADE, related_name="party_links")
    organisation = models.ForeignKey("organisations.Organisation", on_delete=models.PROTECT, verbose_name=_("party"))
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    public_consent = models.BooleanField(_("may be shown publicly"), default=False)
    consent_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        verbose_name=_("consent given by"),
        related_name="+",
    )
    consent_at = models.DateTimeField(_("consent given at"), null=True, blank=True)

    class Meta:
        ordering = ["agreement", "order"]
        verbose_name = _("party")
        verbose_name_plural = _("parties")
        constraints = [models.UniqueConstraint(fields=["agreement", "organisation"], name="unique_agreement_party")]

    def __str__(self) -> str:
        return str(self.organisation)


class AgreementVersion(WriteOnce):
    """One issued PDF of an agreement: number n, its exact bytes and their SHA-256; never changes."""

    agreement = models.ForeignKey(
        Agreement, on_delete=models.PROTECT, related_name="versions", verbose_name=_("agreement")
    )
    number = models.PositiveIntegerField(_("version"))
    second_language = models.CharField(_("second language"), max_length=2, choices=SecondLanguage.choices)
    pdf = models.BinaryField(_("PDF"))
    size = models.PositiveIntegerField(_("size (bytes)"))
    sha256 = models.CharField(_("SHA-256"), max_length=SHA256_LENGTH)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        verbose_name=_("issued by"),
        related_name="+",
    )
    created_at = models.DateTimeField(_("issued at"))

    class Meta:
        ordering = ["agreement", "number"]
        verbose_name = _("agreement version")
        verbose_name_plural = _("agreement versions")
        constraints = [models.UniqueConstraint(fields=["agreement", "number"], name="unique_agreement_version")]

    def __str__(self) -> str:
        return f"{self.agreement.key} v{self.number}"


class Signature(WriteOnce):
    """A party's online confirmation of one version: who, when, from which account, which bytes."""

    version = models.ForeignKey(
        AgreementVersion, on_delete=models.PROTECT, related_name="signatures", verbose_name=_("version")
    )
    party = models.ForeignKey(
        AgreementParty, on_delete=models.PROTECT, related_name="signatures", verbose_name=_("party")
    )
    person = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+", verbose_name=_("signatory")
    )
    username = models.CharField(_("account"), max_length=150)
    signed_at = models.DateTimeField(_("signed at"))
    ip_address = models.GenericIPAddressField(_("IP address"), null=True, blank=True)
    sha256 = models.CharField(_("SHA-256 of the signed PDF"), max_length=SHA256_LENGTH)

    class Meta:
        ordering = ["version", "signed_at", "pk"]
        verbose_name = _("signature")
        verbose_name_plural = _("signatures")
        constraints = [models.UniqueConstraint(fields=["version", "party"], name="one_signature_per_party")]

    def __str__(self) -> str:
        return f"{self.party} · {self.username}"


class SignedScan(WriteOnce):
    """The scan of an agreement signed onsite at a ceremony: its exact bytes and SHA-256."""

    agreement = models.ForeignKey(
        Agreement, on_delete=models.PROTECT, related_name="scans", verbose_name=_("agreement")
    )
    content = models.BinaryField(_("file"))
    content_type = models.CharField(_("file type"), max_length=32)
    filename = models.CharField(_("file name"), max_length=120)
    size = models.PositiveIntegerField(_("size (bytes)"))
    sha256 = models.CharField(_("SHA-256"), max_length=SHA256_LENGTH)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        verbose_name=_("uploaded by"),
        related_name="+",
    )
    uploaded_at = models.DateTimeField(_("uploaded at"))

    class Meta:
        ordering = ["agreement", "uploaded_at"]
        verbose_name = _("signed scan")
        verbose_name_plural = _("signed scans")

    def __str__(self) -> str:
        return self.filename


class LineupEntry(models.Model):
    """An agreement's place in the lineup of a signing-ceremony session."""

    session = models.ForeignKey(
        "summits.Session", on_delete=models.CASCADE, related_name="lineup", verbose_name=_("session")
    )
    agreement = models.ForeignKey(
        Agreement, on_delete=models.CASCADE, related_name="lineup_entries", verbose_name=_("agreement")
    )
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["session", "order", "pk"]
        verbose_name = _("lineup entry")
        verbose_name_plural = _("lineup entries")
        constraints = [models.UniqueConstraint(fields=["session", "agreement"], name="unique_lineup_entry")]

    def __str__(self) -> str:
        return f"{self.order}. {self.agreement}"
