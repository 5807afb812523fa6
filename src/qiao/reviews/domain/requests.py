"""Asking for reviews, proposing experts and assigning them, with conflict-of-interest checks."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from django.db import transaction
from django.db.models import Count, Q
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from qiao.accounts.rules import is_officer, is_organiser
from qiao.core.domain import audit
from qiao.experts.models import Expert
from qiao.matchmaking.domain.experts import experts_for_project
from qiao.notifications.domain.notify import notify
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
    declined: bool = False

    @property
    def assignable(self) -> bool:
        return not self.conflict and not self.assigned and not self.declined


def propose_experts(request: ReviewRequest, wait: bool = False, k: int = 20) -> list[Proposal] | None:
    """Available experts ranked by fit minus workload; None while the matching engine is built."""
    matches = experts_for_project(request.project, k=k, wait=wait)
    if matches is None:
        return None
    workload = open_workload()
    conflicts = {
        c.expert_id: c for c in ConflictOfInterest.objects.filter(organisation=request.project.organisation_id)
    }
    statuses = dict(request.assignments.values_list("expert", "status"))
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
            assigned=expert.pk in statuses and statuses[expert.pk] != AssignmentStatus.DECLINED,
            declined=statuses.get(expert.pk) == AssignmentStatus.DECLINED,
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


DECLINE_REASON_MAX = 500


def decline_assignment(assignment: Assignment, by: Any, reason: str) -> Assignment:
    """The assigned expert declines, saying why; the requester can then assign someone else.

    Refuses anyone but the assigned expert, an empty or over-long reason, and assignments
    already submitted or declined. Side effects: the assignment marked declined with the
    reason, one audit entry "reviews.decline", a notification (in-app and e-mail) to the requester.
    """
    if by is None or not getattr(by, "is_authenticated", False) or assignment.expert.person_id != by.pk:
        raise ReviewError(_("Only the assigned expert may decline this review."))
    reason = " ".join(str(reason or "").split())
    if not reason:
        raise ReviewError(_("Say why you decline."), {"reason": _("Give a reason.")})
    if len(reason) > DECLINE_REASON_MAX:
        raise ReviewError(
            _("The reason is too long."),
            {"reason": _("Keep the reason under %(max)d characters.") % {"max": DECLINE_REASON_MAX}},
        )
    with transaction.atomic():
        locked = Assignment.objects.select_for_update().get(pk=assignment.pk)
        if locked.status != AssignmentStatus.ASSIGNED:
            raise ReviewError(_("Only an open assignment can be declined."))
        locked.status = AssignmentStatus.DECLINED
        locked.decline_reason = reason
        locked.save(update_fields=["status", "decline_reason"])
        audit.record(by, "reviews.decline", locked, request=locked.request_id, reason=reason)
        request = ReviewRequest.objects.select_related("project", "requested_by").get(pk=locked.request_id)
        requester = request.requested_by
        with translation.override(requester.language or "en"):
            url = reverse("reviews:detail", args=[request.pk])
            expert_name = str(assignment.expert)
        locked.request = request
        notify(requester, "review_declined", {"assignment": locked, "expert_name": expert_name}, url=url)
    assignment.status, assignment.decline_reason = locked.status, locked.decline_reason
    return locked


def set_reveal_reviewers(request: ReviewRequest, by: Any, reveal: bool) -> ReviewRequest:
    """Let the reviewed company see who reviewed (or hide it again); organisers only.

    Side effects: the request's flag, one audit entry "reviews.reveal".
    """
    if not is_organiser(by):
        raise ReviewError(_("Only organisers decide whether the company sees its reviewers."))
    with transaction.atomic():
        ReviewRequest.objects.filter(pk=request.pk).update(reveal_reviewers=reveal)
        request.reveal_reviewers = reveal
        audit.record(by, "reviews.reveal", request, reveal=reveal)
    return request
