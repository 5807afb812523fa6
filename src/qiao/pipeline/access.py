"""Chokepoints: every page fetches investment cases through these."""

from __future__ import annotations

from typing import Any

from django.db.models import Q, QuerySet
from django.http import Http404

from qiao.accounts.rules import is_organiser
from qiao.pipeline.models import Case


def cases_visible_to(user: Any) -> QuerySet[Case]:
    """Organisers see all cases; district members their district's; companies their projects'."""
    cases = Case.objects.filter(deleted_at__isnull=True).select_related(
        "project", "project__organisation", "district", "owner", "event"
    )
    if is_organiser(user):
        return cases
    if not user.is_authenticated:
        return cases.none()
    return cases.filter(
        Q(district__memberships__person=user) | Q(project__organisation__memberships__person=user)
    ).distinct()


def get_case_for_user(user: Any, pk: int) -> Case:
    """The case if the person may see it, else 404 (others' cases do not exist for you)."""
    try:
        return cases_visible_to(user).get(pk=pk)
    except Case.DoesNotExist as missing:
        raise Http404(pk) from missing
