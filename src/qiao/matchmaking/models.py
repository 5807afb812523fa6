"""Stored embeddings (one per text version and model) and feedback on matches."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class StoredEmbedding(models.Model):
    """The vector of one exact text under one model version, computed once and kept."""

    key = models.CharField(_("key"), max_length=80, unique=True)
    model_version = models.CharField(_("model version"), max_length=80)
    dim = models.PositiveSmallIntegerField(_("dimensions"))
    vector = models.BinaryField(_("vector"))
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        verbose_name = _("stored embedding")
        verbose_name_plural = _("stored embeddings")

    def __str__(self) -> str:
        return self.key


class MatchFeedback(models.Model):
    """A person's judgement of one suggested match, kept for later evaluation."""

    person = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, verbose_name=_("person"))
    source = models.CharField(_("source profile"), max_length=80)
    target = models.CharField(_("suggested profile"), max_length=80)
    relevant = models.BooleanField(_("relevant"))
    rank = models.PositiveSmallIntegerField(_("rank shown"))
    score = models.FloatField(_("score shown"))
    at = models.DateTimeField(_("at"), auto_now=True)

    class Meta:
        verbose_name = _("match feedback")
        verbose_name_plural = _("match feedback")
        constraints = [
            models.UniqueConstraint(fields=["person", "source", "target"], name="one_feedback_per_person_and_match")
        ]

    def __str__(self) -> str:
        return f"{self.source} → {self.target}: {'+' if self.relevant else '−'}"
