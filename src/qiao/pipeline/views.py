"""The investment pipeline's board and case timeline (thin: the rules live in pipeline.domain)."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from qiao.accounts.models import Membership, User
from qiao.accounts.rules import is_organiser
from qiao.pipeline.access import cases_visible_to, get_case_for_user
from qiao.pipeline.domain.board import board_columns
from qiao.pipeline.domain.cases import PipelineError, move_case, reopen_stage
from qiao.pipeline.enums import Stage, next_stage
from qiao.pipeline.forms import BoardFilterForm, MoveForm


@login_required
def board(request: HttpRequest) -> HttpResponse:
    """Columns of cases by stage, filtered by sector, owner and summit."""
    cases = cases_visible_to(request.user).order_by("stage_since", "pk")
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
        {"form": form, "columns": board_columns(cases.distinct(), movable, timezone.now())},
    )


@login_required
def case_detail(request: HttpRequest, pk: int) -> HttpResponse:
    """One case with its full history, oldest move first."""
    case = get_case_for_user(request.user, pk)
    return render(
        request,
        "pipeline/case.html",
        {
            "case": case,
            "history": case.history.select_related("by"),
            "can_move": request.user.has_perm("pipeline.move_case", case),
            "next_stage": next_stage(case.stage),
            "reopen_stage": reopen_stage(case),
            "dropped": case.stage == Stage.DROPPED,
        },
    )


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
