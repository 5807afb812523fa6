"""Chokepoints: the only way pages fetch review requests and assignments for a person."""

from __future__ import annotations

from typing import Any

from django.db.models import Q, QuerySet
from django.http import Http404

from qiao.accounts.rules import is_officer, is_organiser
from qiao.projects.models import Project
from qiao.reviews.enums import AssignmentStatus
from qiao.reviews.models import AdviceAttachment, Assignment, ReviewRequest


def requests_visible_to(user: Any) -> QuerySet[ReviewRequest]:
    """Organisers: all; officers: their own; experts: assigned; companies: their projects'."""
    requests = ReviewRequest.objects.select_related("project__organisation", "requested_by")
    if is_organiser(user):
        return requests
    if not user.is_authenticated:
        return requests.none()
    mine = Q(project__organisation__memberships__person=user)
    mine |= Q(assignments__expert__person=user) & ~Q(assignments__status=AssignmentStatus.DECLINED)
    if is_officer(user):
        mine |= Q(requested_by=user)
    return requests.filter(mine).distinct()


def get_request_for_user(user: Any, pk: int) -> ReviewRequest:
    """The request if the person may see it, else 404 (no existence leak)."""
    try:
        request = requests_visible_to(user).get(pk=pk)
    except ReviewRequest.DoesNotExist as missing:
        raise Http404(pk) from missing
    if not user.has_perm("reviews.view_request", request):
        raise Http404(pk)
    return request


def assignments_of_expert(user: Any) -> QuerySet[Assignment]:
    """The person's own assignments as an expert, newest first."""
    if not user.is_authenticated:
        return Assignment.objects.none()
    return (
        Assignment.objects.filter(expert__person=user)
        .exclude(status=AssignmentStatus.DECLINED)
        .select_related("request__project", "expert")
        .order_by("-created_at")
    )


def get_assignment_for_user(user: Any, pk: int) -> Assignment:
    """The person's own assignment, else 404."""
    try:
        return assignments_of_expert(user).get(pk=pk)
    except Assignment.DoesNotExist as missing:
        raise Http404(pk) from missing


def get_advice_project_for_user(user: Any, key: str) -> Project:
    """The project whose advisory thread the person takes part in, else 404 (strangers learn nothing)."""
    from qiao.reviews.domain.advice import takes_part

    project = Project.objects.select_related("organisation").filter(key=key).first()
    if project is None or not takes_part(user, project):
        raise Http404(key)
    return project


def get_attachment_for_user(user: Any, pk: int) -> AdviceAttachment:
    """An attachment of a thread the person takes part in, else 404."""
    from qiao.reviews.domain.advice import takes_part

    attachment = AdviceAttachment.objects.select_related("message__project").filter(pk=pk).first()
    if attachment is None or not takes_part(user, attachment.message.project):
        raise Http404(pk)
    return attachment
