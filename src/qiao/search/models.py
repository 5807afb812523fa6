"""The search index: one document per (thing, language), and its weighted tokens.

Texts are segmented in Python (jieba for Chinese, word boundaries with umlaut and ß
folding for German and English) so SQLite and PostgreSQL search the same tokens.
"""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _


class Kind(models.TextChoices):
    """What a search result is; the order is the order of the groups on the results page."""

    PROJECT = "project", _("Projects")
    OFFER = "offer", _("Offers")
    ORGANISATION = "organisation", _("Organisations")
    EXPERT = "expert", _("Experts")
    SESSION = "session", _("Sessions")


class SearchDocument(models.Model):
    """The searchable texts of one thing in one language (public fields only)."""

    kind = models.CharField(_("kind"), max_length=16, choices=Kind.choices)
    object_id = models.PositiveBigIntegerField(_("object"))
    language = models.CharField(_("language"), max_length=8)
    title = models.CharField(_("title"), max_length=300)
    body = models.TextField(_("text"), blank=True)
    title_tokens = models.TextField(_("title tokens"), blank=True)
    body_tokens = models.TextField(_("text tokens"), blank=True)
    url = models.CharField(_("address"), max_length=300)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("search document")
        verbose_name_plural = _("search documents")
        constraints = [models.UniqueConstraint(fields=["kind", "object_id", "language"], name="unique_search_document")]
        indexes = [models.Index(fields=["kind", "object_id"], name="search_doc_object")]

    def __str__(self) -> str:
        return f"{self.kind} {self.object_id} [{self.language}] {self.title}"


class SearchToken(models.Model):
    """One distinct token of a document with its field weight (the portable index)."""

    document = models.ForeignKey(SearchDocument, on_delete=models.CASCADE, related_name="tokens")
    token = models.CharField(max_length=64, db_index=True)
    weight = models.PositiveSmallIntegerField()

    class Meta:
        constraints = [models.UniqueConstraint(fields=["document", "token"], name="unique_search_token")]

    def __str__(self) -> str:
        return f"{self.token} ×{self.weight}"
