"""The investment pipeline's board, the case page and its actions (thin: the rules live in pipeline.domain)."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db.models import Prefetch
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from qiao.accounts.models import Membership, User
from qiao.accounts.rules import is_organiser
from qiao.pipeline.access import cases_visible_to, get_case_for_user, get_step_for_user, get_task_for_user
from qiao.pipeline.domain.board import board_columns
from qiao.pipeline.domain.cases import (
    PipelineError,
    assign_owner,
    delete_case,
    eligible_owners,
    move_case,
    reopen_stage,
)
from qiao.pipeline.domain.checklists import update_step
from qiao.pipeline.domain.followups import add_task, complete_task
from qiao.pipeline.enums import Stage, StepStatus, next_stage
from qiao.pipeline.forms import BoardFilterForm, DeleteForm, MoveForm, OwnerForm, StepStatusForm, TaskForm
from qiao.pipeline.models import Case, FollowUpTask


@login_required
def board(request: HttpRequest) -> HttpResponse:
    """Columns of cases by stage, filtered by sector, owner and summit."""
    open_tasks = FollowUpTask.objects.filter(done_at__isnull=True).order_by("due_on", "pk")
    cases = (
        cases_visible_to(request.user)
        .order_by("stage_since", "pk")
        .prefetch_related(Prefetch("tasks", queryset=open_tasks, to_attr="open_tasks"))
    )
    owners = User.objects.filter(pipeline_cases__in=cases).distinct().order_by("username")
    form = BoardFilterForm(request.GET or None, owners=owners)
    if form.is_valid():
        if form.cleaned_data["sector"]:
            cases = cases.filter(project__sectors=form.cleaned_data["sector"])
        if form.cleaned_data["owner"]:
            cases = cases.filter(owner=form.cleaned_data["owner"])
        if form.cleaned_data["event"]:
            cases = cases.filter(event=form.cleaned_data["event"])
    elif form.is_bound:
        cases = cases.none()
    movable = None
    if not is_organiser(request.user):
        movable = set(Membership.objects.filter(person_id=request.user.pk).values_list("organisation_id", flat=True))
    return render(
        request,
        "pipeline/board.html",
        {"form": form, "columns": board_columns(cases.distinct(), movable, timezone.now(), timezone.localdate())},
    )


@login_required
def case_detail(request: HttpRequest, pk: int) -> HttpResponse:
    """One case with its full history, its follow-up tasks and its landing checklist."""
    case = get_case_for_user(request.user, pk)
    can_manage = request.user.has_perm("pipeline.manage_case", case)
    people = eligible_owners(case.district) if can_manage else User.objects.none()
    return render(
        request,
        "pipeline/case.html",
        {
            "case": case,
            "history": case.history.select_related("by"),
            "can_move": request.user.has_perm("pipeline.move_case", case),
            "can_manage": can_manage,
            "next_stage": next_stage(case.stage),
            "reopen_stage": reopen_stage(case),
            "dropped": case.stage == Stage.DROPPED,
            "tasks": case.tasks.select_related("assignee", "done_by"),
            "today": timezone.localdate(),
            "checklist": case.checklist.select_related("done_by"),
            "step_statuses": StepStatus.choices,
            "task_form": TaskForm(people=people),
            "owner_form": OwnerForm(people=people, initial={"owner": case.owner_id}),
            "delete_form": DeleteForm(),
        },
    )


def _managed_case(request: HttpRequest, pk: int) -> Case:
    """The case if the person may see it (else 404) and work on it (else 403)."""
    case = get_case_for_user(request.user, pk)
    if not request.user.has_perm("pipeline.manage_case", case):
        raise PermissionDenied
    return case


def _back(case: Case) -> HttpResponseRedirect:
    return HttpResponseRedirect(reverse("pipeline:case", args=[case.pk]))


@login_required
@require_POST
def owner(request: HttpRequest, pk: int) -> HttpResponse:
    """Give the case to a district member or organiser (or nobody)."""
    case = _managed_case(request, pk)
    form = OwnerForm(request.POST, people=eligible_owners(case.district))
    if not form.is_valid():
        messages.error(request, _("Only members of the district or organisers can own its cases."))
        return _back(case)
    try:
        assign_owner(case, form.cleaned_data["owner"], request.user)
    except PipelineError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, _("The owner has been changed."))
    return _back(case)


@login_required
@require_POST
def add_follow_up(request: HttpRequest, pk: int) -> HttpResponse:
    """Add a follow-up task to the case."""
    case = _managed_case(request, pk)
    form = TaskForm(request.POST, people=eligible_owners(case.district))
    if not form.is_valid():
        for errors in form.errors.values():
            for error in errors:
                messages.error(request, str(error))
        return _back(case)
    try:
        add_task(
            case,
            form.cleaned_data["title"],
            form.cleaned_data["due_on"],
            request.user,
            assignee=form.cleaned_data["assignee"],
        )
    except PipelineError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, _("The task has been added."))
    return _back(case)


@login_required
@require_POST
def complete_follow_up(request: HttpRequest, pk: int, task_pk: int) -> HttpResponse:
    """Mark a follow-up task done."""
    case = _managed_case(request, pk)
    task = get_task_for_user(request.user, case, task_pk)
    try:
        complete_task(task, request.user)
    except PipelineError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, _("The task is done."))
    return _back(case)


@login_required
@require_POST
def step(request: HttpRequest, pk: int, step_pk: int) -> HttpResponse:
    """Change a landing step's status and, when given, its due date."""
    case = _managed_case(request, pk)
    checklist_step = get_step_for_user(request.user, case, step_pk)
    form = StepStatusForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("This change could not be read; please try again."))
        return _back(case)
    try:
        update_step(
            checklist_step, request.user, status=form.cleaned_data["status"], due_on=form.cleaned_data["due_on"]
        )
    except PipelineError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, _("The landing step has been saved."))
    return _back(case)


@login_required
@require_POST
def delete(request: HttpRequest, pk: int) -> HttpResponse:
    """Delete the case softly (it leaves the board; its history stays)."""
    case = get_case_for_user(request.user, pk)
    if not request.user.has_perm("pipeline.delete_case", case):
        raise PermissionDenied
    form = DeleteForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("The reason may have at most 500 characters."))
        return _back(case)
    try:
        delete_case(case, request.user, form.cleaned_data["reason"])
    except PipelineError as error:
        messages.error(request, str(error))
        return _back(case)
    messages.success(request, _("The case has been deleted."))
    return HttpResponseRedirect(reverse("pipeline:board"))


@login_required
@require_POST
def move(request: HttpRequest, pk: int) -> HttpResponse:
    """Move a case one step, drop it with a reason, or reopen it; refusals come back as messages."""
    case = get_case_for_user(request.user, pk)
    if not request.user.has_perm("pipeline.move_case", case):
        raise PermissionDenied
    form = MoveForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("This move could not be read; please try again."))
    else:
        try:
            move_case(
                case,
                form.cleaned_data["to_stage"],
                request.user,
                form.cleaned_data["note"],
                expected_version=form.cleaned_data["version"],
            )
        except PipelineError as error:
            messages.error(request, str(error))
        else:
            messages.success(
                request, _("The case is now at “%(stage)s”.") % {"stage": Stage(form.cleaned_data["to_stage"]).label}
            )
    if request.POST.get("next") == "case":
        return HttpResponseRedirect(reverse("pipeline:case", args=[case.pk]))
    return HttpResponseRedirect(reverse("pipeline:board"))
