"""Requests from readers to translate a text that is missing in their language."""

from __future__ import annotations

from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils.translation import gettext_lazy as _

from qiao.core.languages import CONTENT_LANGUAGES
from qiao.core.models import TimeStamped
from qiao.translations.enums import RequestStatus

LANGUAGE_CHOICES = [
    ("zh-hans", _("Chinese")),
    ("de", _("German")),
    ("en", _("English")),
]
assert tuple(code for code, _label in LANGUAGE_CHOICES) == CONTENT_LANGUAGES


class TranslationRequest(TimeStamped):
    """One text field of one object, wanted in one more language.

    Several readers asking for the same text in the same language share one open request.
    """

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE, verbose_name=_("content type"))
    object_id = models.PositiveBigIntegerField(_("object id"))
    target = GenericForeignKey("content_type", "object_id")
    field = models.CharField(_("field"), max_length=64)
    source_language = models.CharField(_("from"), max_length=8, choices=LANGUAGE_CHOICES)
    target_language = models.CharField(_("into"), max_length=8, choices=LANGUAGE_CHOICES)
    organisation = models.ForeignKey(
        "organisations.Organisation",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="translation_requests",
        verbose_name=_("owning organisation"),
    )
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        on_delete=models.SET_NULL,
        related_name="translation_requests",
        verbose_name=_("requested by"),
    )
    requesters = models.ManyToManyField(
        settings.AUTH_USER_MODEL, related_name="+", blank=True, verbose_name=_("everyone who asked")
    )
    status = models.CharField(_("status"), max_length=8, choices=RequestStatus.choices, default=RequestStatus.OPEN)
    done_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("translated by"),
    )
    done_at = models.DateTimeField(_("translated at"), null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = _("translation request")
        verbose_name_plural = _("translation requests")
        constraints = [
            models.UniqueConstraint(
                fields=["content_type", "object_id", "field", "target_language"],
                condition=models.Q(status="open"),
                name="unique_open_translation_request",
            )
        ]

    def __str__(self) -> str:
        return f"{self.content_type.model} {self.object_id} {self.field} → {self.target_language}"
