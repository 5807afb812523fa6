"""Consent records: who agreed to which text, when and from where, and whether it was withdrawn."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from qiao.privacy.enums import ConsentKind


class Consent(models.Model):
    """One consent a person gave to one version of a consent text; never edited except to withdraw."""

    person = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="consents", verbose_name=_("person")
    )
    kind = models.CharField(_("kind"), max_length=16, choices=ConsentKind.choices)
    version = models.CharField(_("version of the text"), max_length=32)
    given_at = models.DateTimeField(_("given at"), auto_now_add=True)
    ip_address = models.GenericIPAddressField(_("IP address"), null=True, blank=True)
    withdrawn_at = models.DateTimeField(_("withdrawn at"), null=True, blank=True)

    class Meta:
        ordering = ["person", "kind", "-given_at", "-pk"]
        verbose_name = _("consent")
        verbose_name_plural = _("consents")
        indexes = [models.Index(fields=["person", "kind", "version"], name="consent_lookup")]

    def __str__(self) -> str:
        return f"{self.person} · {self.get_kind_display()} · {self.version}"

    @property
    def is_active(self) -> bool:
        return self.withdrawn_at is None
