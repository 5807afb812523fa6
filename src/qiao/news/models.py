"""News items and photo galleries of the summit, written in several languages."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from qiao.core import translated
from qiao.core.fields import TranslatedTextField
from qiao.core.models import TimeStamped
from qiao.news.enums import PublicationStatus


class Published(TimeStamped):
    """What news items and galleries share: an optional event, a slug, a state, an author."""

    event = models.ForeignKey(
        "summits.Event",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("event"),
    )
    slug = models.SlugField(_("short name in the address"), max_length=80, unique=True)
    title = TranslatedTextField(_("title"))
    status = models.CharField(
        _("status"), max_length=16, choices=PublicationStatus.choices, default=PublicationStatus.DRAFT, db_index=True
    )
    published_at = models.DateTimeField(_("published at"), null=True, blank=True, db_index=True)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("author"),
    )

    class Meta:
        abstract = True

    def __str__(self) -> str:
        return translated.resolve(self.title, get_language() or "en").text or self.slug

    @property
    def is_published(self) -> bool:
        return self.status == PublicationStatus.PUBLISHED


class NewsItem(Published):
    """A news article: title, summary and body in any of the content languages."""

    summary = TranslatedTextField(_("summary"), multiline=True)
    body = TranslatedTextField(_("text"), multiline=True)

    class Meta:
        ordering = ["-published_at", "-created_at"]
        verbose_name = _("news item")
        verbose_name_plural = _("news items")

    def get_absolute_url(self) -> str:
        return reverse("news:detail", args=[self.slug])


class PhotoGallery(Published):
    """A set of photos from the summit, with a description."""

    description = TranslatedTextField(_("description"), multiline=True)

    class Meta:
        ordering = ["-published_at", "-created_at"]
        verbose_name = _("photo gallery")
        verbose_name_plural = _("photo galleries")

    def get_absolute_url(self) -> str:
        return reverse("news:gallery", args=[self.slug])


class Photo(TimeStamped):
    """One uploaded picture (JPEG, PNG or WebP, checked by content), captioned and credited."""

    gallery = models.ForeignKey(
        PhotoGallery, on_delete=models.CASCADE, related_name="photos", verbose_name=_("gallery")
    )
    image = models.FileField(_("image"), upload_to="news/photos/%Y/%m/", max_length=200)
    content_type = models.CharField(_("file type"), max_length=20)
    width = models.PositiveIntegerField(_("width"), default=0)
    height = models.PositiveIntegerField(_("height"), default=0)
    size = models.PositiveIntegerField(_("size (bytes)"), default=0)
    caption = TranslatedTextField(_("caption"))
    photographer = models.CharField(_("photographer"), max_length=120)
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["gallery", "order", "id"]
        verbose_name = _("photo")
        verbose_name_plural = _("photos")
        constraints = [
            models.CheckConstraint(condition=~models.Q(photographer=""), name="photo_has_photographer"),
        ]

    def __str__(self) -> str:
        return translated.resolve(self.caption, get_language() or "en").text or f"#{self.pk}"

    def get_absolute_url(self) -> str:
        return reverse("news:photo_image", args=[self.pk])
