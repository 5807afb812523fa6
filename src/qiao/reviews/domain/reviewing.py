"""Submitting reviews (each submission a new, unchangeable version) and aggregating them."""

from __future__ import annotations

import statistics
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from django.db import transaction
from django.db.models import Max
from django.utils.translation import gettext as _

from qiao.core.domain import audit
from qiao.reviews.domain.requests import ReviewError
from qiao.reviews.enums import CRITERIA, AssignmentStatus, Recommendation, criterion_label
from qiao.reviews.models import Assignment, Review, ReviewRequest


def _validated(values: Mapping[str, Any]) -> dict[str, Any]:
    """Scores 1–5 and a reason for every criterion, a known recommendation with a reason."""
    errors: dict[str, str] = {}
    clean: dict[str, Any] = {}
    for name, _label in CRITERIA:
        raw = values.get(f"{name}_score")
        try:
            score = int(str(raw).strip())
        except (TypeError, ValueError):
            score = 0
        if not 1 <= score <= 5:
            errors[f"{name}_score"] = _("Give %(criterion)s a score from 1 to 5.") % {
                "criterion": criterion_label(name)
            }
        clean[f"{name}_score"] = score
        reason = str(values.get(f"{name}_reason") or "").strip()
        if not reason:
            errors[f"{name}_reason"] = _("Explain your score for %(criterion)s.") % {"criterion": criterion_label(name)}
        clean[f"{name}_reason"] = reason
    recommendation = str(values.get("recommendation") or "")
    if recommendation not in Recommendation.values:
        errors["recommendation"] = _("Choose a recommendation.")
    clean["recommendation"] = recommendation
    reason = str(values.get("recommendation_reason") or "").strip()
    if not reason:
        errors["recommendation_reason"] = _("Explain your recommendation.")
    clean["recommendation_reason"] = reason
    if errors:
        raise ReviewError(_("Please correct the review."), errors)
    return clean


def submit_review(assignment: Assignment, by: Any, values: Mapping[str, Any]) -> Review:
    """Submit the assigned expert's review as a new version; earlier versions stay unchanged.

    Side effects: one Review (version = previous + 1), the assignment marked submitted,
    one audit entry "reviews.submit".
    """
    if by is None or not getattr(by, "is_authenticated", False) or assignment.expert.person_id != by.pk:
        raise ReviewError(_("Only the assigned expert may submit this review."))
    if assignment.status == AssignmentStatus.DECLINED:
        raise ReviewError(_("This assignment was declined."))
    clean = _validated(values)
    with transaction.atomic():
        locked = Assignment.objects.select_for_update().get(pk=assignment.pk)
        last = locked.reviews.aggregate(v=Max("version"))["v"] or 0
        review = Review.objects.create(assignment=locked, version=last + 1, **clean)
        locked.status = AssignmentStatus.SUBMITTED
        locked.save(update_fields=["status"])
        audit.record(by, "reviews.submit", review, assignment=locked.pk, version=review.version)
    assignment.status = AssignmentStatus.SUBMITTED
    return review


def latest_reviews(request: ReviewRequest) -> list[Review]:
    """The newest version of each submitted review of the request."""
    reviews = Review.objects.filter(assignment__request=request).select_related("assignment__expert")
    latest: dict[int, Review] = {}
    for review in reviews.order_by("assignment_id", "version"):
        latest[review.assignment_id] = review
    return list(latest.values())


@dataclass(frozen=True)
class CriterionSummary:
    """One criterion over all reviews: mean score and spread (lowest to highest)."""

    name: str
    label: str
    mean: float
    low: int
    high: int


@dataclass(frozen=True)
class Aggregate:
    """The combined result of a request's reviews, without the reviewers' names."""

    count: int
    criteria: list[CriterionSummary]
    recommendations: dict[str, int]


def aggregate(request: ReviewRequest) -> Aggregate:
    """Per criterion mean and spread (min–max) over the latest version of each submitted review."""
    reviews = latest_reviews(request)
    criteria = []
    if reviews:
        for name, _label in CRITERIA:
            scores = [int(getattr(r, f"{name}_score")) for r in reviews]
            criteria.append(
                CriterionSummary(name, criterion_label(name), statistics.fmean(scores), min(scores), max(scores))
            )
    counts = {str(label): 0 for _value, label in Recommendation.choices}
    for r in reviews:
        counts[str(Recommendation(r.recommendation).label)] += 1
    return Aggregate(len(reviews), criteria, counts)
