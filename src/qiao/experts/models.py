"""Experts of the think tank; public profile fields and private contact kept apart."""

from __future__ import annotations

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from qiao.core import translated
from qiao.core.fields import TranslatedTextField
from qiao.core.languages import CONTENT_LANGUAGES
from qiao.core.models import TimeStamped
from qiao.core.validators import validate_country


def validate_languages(value: object) -> None:
    if not isinstance(value, list) or not value or any(v not in CONTENT_LANGUAGES for v in value):
        raise ValidationError(
            _("Choose one or more of: %(langs)s.") % {"langs": ", ".join(CONTENT_LANGUAGES)}, code="invalid"
        )


class Expert(TimeStamped):
    """A member of the expert think tank for Sino-German business cooperation."""

    key = models.SlugField(_("key"), max_length=64, unique=True)
    person = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="expert_profile",
        verbose_name=_("account"),
    )
    name = TranslatedTextField(_("name"))
    affiliation = TranslatedTextField(_("affiliation"))
    country = models.CharField(_("country"), max_length=2, validators=[validate_country])
    fields = models.ManyToManyField("sectors.Sector", verbose_name=_("fields"), blank=True)
    tags = models.ManyToManyField("sectors.ThemeTag", verbose_name=_("themes"), blank=True)
    languages = models.JSONField(_("languages"), default=list, validators=[validate_languages])
    bio = TranslatedTextField(_("short biography"), multiline=True)
    available = models.BooleanField(_("available for reviews"), default=True)
    # Private: shown only to organisers and to the expert.
    contact_email = models.EmailField(_("contact e-mail"), blank=True)

    class Meta:
        ordering = ["key"]
        verbose_name = _("expert")
        verbose_name_plural = _("experts")

    def __str__(self) -> str:
        return translated.resolve(self.name, get_language() or "en").text or self.key

    def clean(self) -> None:
        translated.require_some_language(self.name)


class Invitation(models.Model):
    """An organiser's invitation to join the think tank as one expert; the e-mailed link holds the token."""

    expert = models.ForeignKey(Expert, on_delete=models.CASCADE, related_name="invitations", verbose_name=_("expert"))
    email = models.EmailField(_("e-mail"))
    token = models.CharField(_("token"), max_length=64, unique=True)
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+", verbose_name=_("invited by")
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    expires_at = models.DateTimeField(_("expires"))
    accepted_at = models.DateTimeField(_("accepted"), null=True, blank=True)
    accepted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("accepted by"),
    )

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("expert invitation")
        verbose_name_plural = _("expert invitations")

    def __str__(self) -> str:
        return f"{self.expert} <{self.email}>"
