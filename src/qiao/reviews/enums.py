"""Choices of the review workflow."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _


class ConflictKind(models.TextChoices):
    SAME_ORGANISATION = "same_organisation", _("works for the same organisation")
    PAST_EMPLOYER = "past_employer", _("past employer")
    STAKE = "stake", _("holds a stake")


class AssignmentStatus(models.TextChoices):
    ASSIGNED = "assigned", _("assigned")
    DECLINED = "declined", _("declined")
    SUBMITTED = "submitted", _("submitted")


class Recommendation(models.TextChoices):
    RECOMMEND = "recommend", _("recommend")
    CONDITIONS = "conditions", _("recommend with conditions")
    REJECT = "reject", _("do not recommend")


# The scored criteria of a review: field prefix and label.
CRITERIA: tuple[tuple[str, str], ...] = (
    ("maturity", "technology maturity"),
    ("market", "market"),
    ("strategy", "fit with the district's industrial strategy"),
    ("risks", "risks"),
)


def criterion_label(name: str) -> str:
    """The translated label of a criterion."""
    labels = {
        "maturity": _("technology maturity"),
        "market": _("market"),
        "strategy": _("fit with the district's industrial strategy"),
        "risks": _("risks"),
    }
    return str(labels[name])
