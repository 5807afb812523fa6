"""Asking for reviews, proposing experts and assigning them, with conflict-of-interest checks."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from django.db import transaction
from django.db.models import Count, Q
from django.utils import timezone
from django.utils.translation import gettext as _

from qiao.accounts.rules import is_officer, is_organiser
from qiao.core.domain import audit
from qiao.experts.models import Expert
from qiao.matchmaking.domain.experts import experts_for_project
from qiao.projects.models import Project
from qiao.reviews.enums import AssignmentStatus
from qiao.reviews.models import Assignment, ConflictOfInterest, ReviewRequest

# How much one open assignment lowers an expert's place: a busy expert drops behind an
# almost equally fitting free one, but not behind a clearly worse fit.
WORKLOAD_PENALTY = 0.05


class ReviewError(Exception):
    """A refused review action; the message is translated and shown as it is."""

    def __init__(self, message: str, errors: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.errors = errors or {}


def may_request_reviews(user: Any) -> bool:
    return bool(is_organiser(user) or is_officer(user))


def request_review(project: Project, by: Any, deadline: dt.date, today: dt.date | None = None) -> ReviewRequest:
    """Open a review request for the project.

    Side effects: one ReviewRequest, one audit entry "reviews.request".
    """
    if not may_request_reviews(by):
        raise ReviewError(_("Only organisers and district officers may ask for reviews."))
    if deadline < (today or timezone.localdate()):
        raise ReviewError(_("The deadline must not be in the past."), {"deadline": _("The deadline is in the past.")})
    with transaction.atomic():
        request = ReviewRequest.objects.create(project=project, requested_by=by, deadline=deadline)
        audit.record(by, "reviews.request", request, project=project.key, deadline=deadline.isoformat())
    return request


def conflict_reason(expert: Expert, project: Project) -> str:
    """Why the expert may not review the project, or "" when nothing was declared."""
    conflict = (
        ConflictOfInterest.objects.filter(expert=expert, organisation=project.organisation_id)
        .select_related("organisation")
        .first()
    )
    if conflict is None:
        return ""
    text = _("Conflict of interest with %(organisation)s: %(kind)s.") % {
        "organisation": conflict.organisation,
        "kind": conflict.get_kind_display(),
    }
    return f"{text} {conflict.note}".strip()


def open_workload() -> dict[int, int]:
    """Open (assigned, not yet submitted) assignments per expert id."""
    rows = (
        Assignment.objects.filter(status=AssignmentStatus.ASSIGNED)
        .values("expert")
        .annotate(n=Count("id"))
        .values_list("expert", "n")
    )
    return dict(rows)


@dataclass(frozen=True)
class Proposal:
    """An expert proposed for a request: fit, workload, and whether they may be assigned."""

    rank: int
    expert: Expert
    score: float
    workload: int
    conflict: str
    assigned: bool

    @property
    def assignable(self) -> bool:
        return not self.conflict and not self.assigned


def propose_experts(request: ReviewRequest, wait: bool = False, k: int = 20) -> list[Proposal] | None:
    """Available experts ranked by fit minus workload; None while the matching engine is built."""
    matches = experts_for_project(request.project, k=k, wait=wait)
    if matches is None:
        return None
    workload = open_workload()
    conflicts = {
        c.expert_id: c for c in ConflictOfInterest.objects.filter(organisation=request.project.organisation_id)
    }
    assigned = set(request.assignments.values_list("expert", flat=True))
    scored = []
    for m in matches:
        expert = m.target
        assert isinstance(expert, Expert)
        load = workload.get(expert.pk, 0)
        scored.append((m.match.score - WORKLOAD_PENALTY * load, m.match.score, expert, load))
    scored.sort(key=lambda row: -row[0])
    return [
        Proposal(
            rank=i,
            expert=expert,
            score=score,
            workload=load,
            conflict=conflict_reason(expert, request.project) if expert.pk in conflicts else "",
            assigned=expert.pk in assigned,
        )
        for i, (_adjusted, score, expert, load) in enumerate(scored, start=1)
    ]


def assign(request: ReviewRequest, expert: Expert, by: Any) -> Assignment:
    """Ask the expert to review the request's project.

    Refuses people who may not request reviews, unavailable experts, experts already
    assigned, and experts with a declared conflict (the message names it).
    Side effects: one Assignment, one audit entry "reviews.assign".
    """
    if not may_request_reviews(by):
        raise ReviewError(_("Only organisers and district officers may assign reviewers."))
    if not expert.available:
        raise ReviewError(_("%(expert)s does not take reviews at the moment.") % {"expert": expert})
    reason = conflict_reason(expert, request.project)
    if reason:
        raise ReviewError(_("%(expert)s cannot be assigned. %(reason)s") % {"expert": expert, "reason": reason})
    with transaction.atomic():
        if Assignment.objects.select_for_update().filter(request=request, expert=expert).exists():
            raise ReviewError(_("%(expert)s is already assigned to this review.") % {"expert": expert})
        assignment = Assignment.objects.create(request=request, expert=expert)
        audit.record(by, "reviews.assign", assignment, request=request.pk, expert=expert.key)
    return assignment


def requests_for_expert(expert: Expert) -> Q:
    """The filter for requests the expert is (still) assigned to."""
    return Q(assignments__expert=expert) & ~Q(assignments__status=AssignmentStatus.DECLINED)
