"""Chokepoints: every page fetches investment cases through these."""

from __future__ import annotations

from typing import Any

from django.db.models import Q, QuerySet
from django.http import Http404

from qiao.accounts.models import Membership
from qiao.accounts.rules import is_organiser
from qiao.organisations.enums import OrganisationKind
from qiao.organisations.models import Organisation
from qiao.pipeline.models import Case, ChecklistStep, ChecklistTemplate, FollowUpTask

#: The kinds of organisation that are districts (the Chinese side of a case).
DISTRICT_KINDS = (OrganisationKind.GOVERNMENT, OrganisationKind.PARK, OrganisationKind.AGENCY)


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


def get_task_for_user(user: Any, case: Case, pk: int) -> FollowUpTask:
    """A follow-up task of a case the person may see (fetched through `get_case_for_user`), else 404."""
    try:
        return FollowUpTask.objects.get(case=case, pk=pk)
    except FollowUpTask.DoesNotExist as missing:
        raise Http404(pk) from missing


def get_step_for_user(user: Any, case: Case, pk: int) -> ChecklistStep:
    """A checklist step of a case the person may see (fetched through `get_case_for_user`), else 404."""
    try:
        return ChecklistStep.objects.get(case=case, pk=pk)
    except ChecklistStep.DoesNotExist as missing:
        raise Http404(pk) from missing


def template_districts_for(user: Any) -> QuerySet[Organisation]:
    """The districts whose checklist templates the person edits: their own; organisers every one with cases."""
    if is_organiser(user):
        return Organisation.objects.filter(
            Q(pipeline_cases__isnull=False) | Q(checklist_templates__isnull=False)
        ).distinct()
    if not user.is_authenticated:
        return Organisation.objects.none()
    member_of = Membership.objects.filter(person_id=user.pk).values("organisation_id")
    return Organisation.objects.filter(
        Q(kind__in=DISTRICT_KINDS, country="CN") | Q(pipeline_cases__isnull=False), pk__in=member_of
    ).distinct()


def get_template_for_user(user: Any, pk: int) -> ChecklistTemplate:
    """A checklist template the person may edit, else 404."""
    try:
        return ChecklistTemplate.objects.select_related("district").get(
            pk=pk, district__in=template_districts_for(user)
        )
    except ChecklistTemplate.DoesNotExist as missing:
        raise Http404(pk) from missing
