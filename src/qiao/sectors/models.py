"""Sectors (NACE divisions), their GB/T 4754 counterparts, and the summit's themes."""

from __future__ import annotations

from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from qiao.core import translated
from qiao.core.fields import TranslatedTextField


class GbtDivision(models.Model):
    """A manufacturing division of China's GB/T 4754-2017 (13–43)."""

    code = models.CharField(_("code"), max_length=4, unique=True)
    name = TranslatedTextField(_("name"))

    class Meta:
        ordering = ["code"]
        verbose_name = _("GB/T 4754 division")
        verbose_name_plural = _("GB/T 4754 divisions")

    def __str__(self) -> str:
        return f"{self.code} {translated.resolve(self.name, get_language() or 'en').text}"


class Sector(models.Model):
    """A NACE Rev. 2 manufacturing division (C10–C33), the platform's sector unit."""

    code = models.CharField(_("NACE code"), max_length=4, unique=True)
    name = TranslatedTextField(_("name"))
    gbt_divisions = models.ManyToManyField(GbtDivision, verbose_name=_("GB/T 4754 divisions"), related_name="sectors")

    class Meta:
        ordering = ["code"]
        verbose_name = _("sector")
        verbose_name_plural = _("sectors")

    def __str__(self) -> str:
        return f"{self.code} {translated.resolve(self.name, get_language() or 'en').text}"


class ThemeTag(models.Model):
    """A theme the summit uses across sectors (Industrie 4.0, EV support services, …)."""

    slug = models.SlugField(_("slug"), unique=True)
    name = TranslatedTextField(_("name"))
    sectors = models.ManyToManyField(Sector, verbose_name=_("sectors"), blank=True, related_name="tags")

    class Meta:
        ordering = ["slug"]
        verbose_name = _("theme")
        verbose_name_plural = _("themes")

    def __str__(self) -> str:
        return translated.resolve(self.name, get_language() or "en").text or self.slug
