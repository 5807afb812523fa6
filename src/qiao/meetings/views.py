"""Agenda pages for participants and the scheduler page for organisers (thin views)."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from qiao.accounts.rules import is_organiser
from qiao.meetings.access import incoming_for_user, outgoing_for_user
from qiao.meetings.agenda import agenda_ics, counterpart, meetings_for_person, sessions_for_person
from qiao.meetings.domain.requests import MeetingRequestError, request_meeting
from qiao.meetings.domain.runs import ScheduleError, publish_run, start_run
from qiao.meetings.domain.scheduling_adapter import person_id
from qiao.meetings.explanations import unplaced
from qiao.meetings.forms import MeetingRequestForm
from qiao.meetings.models import ScheduleRun
from qiao.meetings.tableplan import plan_csv, plan_pdf, plan_rows
from qiao.projects.access import offers_visible_to, projects_visible_to
from qiao.summits.access import get_event_for_user


@login_required
def agenda(request: HttpRequest) -> HttpResponse:
    language = get_language() or "en"
    rows = [(m, counterpart(m, request.user, language)) for m in meetings_for_person(request.user)]
    published = ScheduleRun.objects.filter(published_at__isnull=False).order_by("-published_at")
    me = person_id(request.user.pk or 0)
    mine = [row for run in published[:5] for row in unplaced(run.result, person=me)]
    return render(
        request,
        "meetings/agenda.html",
        {
            "rows": rows,
            "sessions": sessions_for_person(request.user),
            "incoming": incoming_for_user(request.user)[:50],
            "outgoing": outgoing_for_user(request.user)[:50],
            "unplaced": mine,
        },
    )


@login_required
def agenda_file(request: HttpRequest) -> HttpResponse:
    response = HttpResponse(agenda_ics(request.user, get_language() or "en"), content_type="text/calendar")
    response["Content-Disposition"] = 'attachment; filename="qiao-agenda.ics"'
    return response


def _organiser_event(request: HttpRequest, key: str):  # type: ignore[no-untyped-def]
    if not is_organiser(request.user):
        raise PermissionDenied
    return get_event_for_user(request.user, key)


@login_required
def scheduler(request: HttpRequest, key: str) -> HttpResponse:
    event = _organiser_event(request, key)
    runs = list(event.schedule_runs.select_related("started_by")[:20])
    for run in runs:
        if run.status == ScheduleRun.Status.RUNNING:
            elapsed = (timezone.now() - run.updated_at).total_seconds()
            run.progress = min(99, int(100 * elapsed / max(run.seconds, 1)))
    busy = any(run.status in (ScheduleRun.Status.QUEUED, ScheduleRun.Status.RUNNING) for run in runs)
    latest = next((run for run in runs if run.status == ScheduleRun.Status.DONE), None)
    return render(
        request,
        "meetings/scheduler.html",
        {
            "event": event,
            "runs": runs,
            "busy": busy,
            "latest": latest,
            "unplaced": unplaced(latest.result) if latest else [],
        },
    )


@login_required
@require_POST
def scheduler_start(request: HttpRequest, key: str) -> HttpResponse:
    event = _organiser_event(request, key)
    try:
        seconds = int(request.POST.get("seconds", "30"))
        start_run(event, request.user, seconds=seconds)
    except (ValueError, ScheduleError) as error:
        messages.error(request, str(error) if isinstance(error, ScheduleError) else "?")
    return HttpResponseRedirect(reverse("meetings:scheduler", args=[event.key]))


@login_required
@require_POST
def scheduler_publish(request: HttpRequest, key: str, run_pk: int) -> HttpResponse:
    event = _organiser_event(request, key)
    run = get_object_or_404(ScheduleRun, pk=run_pk, event=event)
    try:
        publish_run(run, request.user)
    except ScheduleError as error:
        messages.error(request, str(error))
    return HttpResponseRedirect(reverse("meetings:scheduler", args=[event.key]))


@login_required
def table_plan(request: HttpRequest, key: str, run_pk: int, fmt: str) -> HttpResponse:
    """The published run's table plan per slot, as printable PDF or as CSV."""
    event = _organiser_event(request, key)
    run = get_object_or_404(ScheduleRun, pk=run_pk, event=event, published_at__isnull=False)
    language = get_language() or "en"
    rows = plan_rows(run, language)
    filename = f"qiao-{event.key}-run{run.pk}-tables"
    if fmt == "csv":
        response = HttpResponse(plan_csv(rows), content_type="text/csv; charset=utf-8")
    elif fmt == "pdf":
        response = HttpResponse(plan_pdf(run, rows, language), content_type="application/pdf")
    else:
        raise Http404
    response["Content-Disposition"] = f'attachment; filename="{filename}.{fmt}"'
    return response


@login_required
def request_new(request: HttpRequest) -> HttpResponse:
    """Ask another organisation for a meeting; from a match page the counterpart is filled in."""
    language = get_language() or "en"
    query = request.GET
    # Most requests come from an organisation's page or a match list and name neither.
    project_key, offer_key = query.get("project", ""), query.get("offer", "")
    project = projects_visible_to(request.user).filter(key=project_key).first() if project_key else None
    offer = offers_visible_to(request.user).filter(key=offer_key).first() if offer_key else None
    initial = {"to_organisation": query.get("to", "")}
    form = MeetingRequestForm(request.POST or None, request.user, language, initial=initial)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            request_meeting(
                requester=request.user,
                event=data["event"],
                from_organisation=data["from_organisation"],
                to_organisation=data["to_organisation"],
                priority=data["priority"],
                message=data["message"],
                project=project,
                offer=offer,
                from_match=query.get("from_match") == "1",
            )
        except MeetingRequestError as refused:
            form.add_error(None, str(refused))
        else:
            messages.success(request, _("Your meeting request was sent."))
            return HttpResponseRedirect(reverse("meetings:agenda"))
    status = 422 if request.method == "POST" else 200
    return render(
        request, "meetings/request_form.html", {"form": form, "project": project, "offer": offer}, status=status
    )
