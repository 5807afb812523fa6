"""Publication states of news items and photo galleries."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _


class PublicationStatus(models.TextChoices):
    DRAFT = "draft", _("Draft")
    PUBLISHED = "published", _("Published")


#: Allowed changes of publication state: both ways, so a mistake can be withdrawn.
TRANSITIONS: dict[str, frozenset[str]] = {
    PublicationStatus.DRAFT: frozenset({PublicationStatus.PUBLISHED}),
    PublicationStatus.PUBLISHED: frozenset({PublicationStatus.DRAFT}),
}
