"""Thin views: each role's workspace and the forms reached from it."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Prefetch, Q, QuerySet
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from qiao.accounts.rules import is_company_rep, is_officer, is_organiser
from qiao.meetings.access import requests_for_user
from qiao.meetings.domain.requests import MeetingRequestError, accept_request, decline_request, withdraw_request
from qiao.organisations.models import Organisation
from qiao.projects.access import get_offer_to_change, get_project_to_change, projects_visible_to
from qiao.projects.domain.editing import save_offer, save_project
from qiao.projects.domain.moderation import ModerationError, moderation_queue, publish_project, reject_project
from qiao.projects.enums import Moderation
from qiao.projects.forms import OfferForm, ProfileForm, ProjectForm
from qiao.projects.models import Offer, Project
from qiao.summits.access import get_event_for_user
from qiao.summits.models import Event, Session, Speaker, Talk
from qiao.workspaces.domain.dashboards import build
from qiao.workspaces.domain.programme import save_session, save_speaker, save_talk
from qiao.workspaces.forms import DeclineForm, RejectForm, SessionForm, SpeakerForm, TalkForm


def _home() -> HttpResponseRedirect:
    return HttpResponseRedirect(reverse("workspaces:home"))


def _require_organiser(request: HttpRequest) -> None:
    if not is_organiser(request.user):
        raise PermissionDenied


def _add_model_errors(form: Any, error: ValidationError) -> None:
    """Errors the model found after the form passed: attach to the form, never a 500."""
    if hasattr(error, "error_dict"):
        for field, problems in error.error_dict.items():
            form.add_error(field if field in form.fields else None, problems)
    else:
        form.add_error(None, error)


@login_required
def home(request: HttpRequest) -> HttpResponse:
    space = build(request.user, get_language() or "en")
    return render(request, "workspaces/home.html", {"space": space, "reject_form": RejectForm()})


def _member_organisations(request: HttpRequest) -> QuerySet[Organisation]:
    return Organisation.objects.filter(memberships__person=request.user.pk).order_by("key")


def _profile_page(
    request: HttpRequest,
    form_class: type[ProfileForm],
    obj: Project | Offer | None,
    kind: str,
) -> HttpResponse:
    organisations = _member_organisations(request) if obj is None else None
    if organisations is not None and not organisations.exists():
        messages.error(request, _("Your account is not linked to an organisation yet; please ask the organisers."))
        return _home()
    form = form_class(request.POST or None, instance=obj, organisations=organisations)
    if request.method == "POST" and form.is_valid():
        organisation = obj.organisation if obj is not None else form.cleaned_data["organisation"]
        try:
            saved: Project | Offer
            if kind == "project":
                assert obj is None or isinstance(obj, Project)
                saved = save_project(by=request.user, data=form.to_input(), organisation=organisation, project=obj)
            else:
                assert obj is None or isinstance(obj, Offer)
                saved = save_offer(by=request.user, data=form.to_input(), organisation=organisation, offer=obj)
        except ValidationError as error:
            _add_model_errors(form, error)
        else:
            if isinstance(saved, Project) and saved.moderation == Moderation.SUBMITTED:
                messages.success(request, _("Saved. The organisers will check the project before it is shown."))
            else:
                messages.success(request, _("Saved."))
            return _home()
    return render(request, "workspaces/profile_form.html", {"form": form, "subject": obj, "kind": kind})


@login_required
def project_create(request: HttpRequest) -> HttpResponse:
    if not is_company_rep(request.user):
        raise PermissionDenied
    return _profile_page(request, ProjectForm, None, "project")


@login_required
def project_edit(request: HttpRequest, key: str) -> HttpResponse:
    return _profile_page(request, ProjectForm, get_project_to_change(request.user, key), "project")


@login_required
def offer_create(request: HttpRequest) -> HttpResponse:
    if not is_officer(request.user):
        raise PermissionDenied
    return _profile_page(request, OfferForm, None, "offer")


@login_required
def offer_edit(request: HttpRequest, key: str) -> HttpResponse:
    return _profile_page(request, OfferForm, get_offer_to_change(request.user, key), "offer")


@login_required
@require_POST
def answer_request(request: HttpRequest, pk: int, answer: str) -> HttpResponse:
    meeting_request = get_object_or_404(requests_for_user(request.user), pk=pk)
    try:
        if answer == "accept":
            accept_request(meeting_request, request.user)
        elif answer == "decline":
            form = DeclineForm(request.POST)
            reason = form.cleaned_data["reason"] if form.is_valid() else ""
            decline_request(meeting_request, request.user, reason)
        elif answer == "withdraw":
            withdraw_request(meeting_request, request.user)
        else:
            raise Http404(answer)
    except MeetingRequestError as refused:
        messages.error(request, str(refused))
    else:
        messages.success(request, _("Your answer is saved."))
    return HttpResponseRedirect(reverse("workspaces:home") + "#requests")


@login_required
def moderation(request: HttpRequest) -> HttpResponse:
    _require_organiser(request)
    rejected = Project.objects.select_related("organisation").filter(moderation=Moderation.REJECTED)
    return render(
        request,
        "workspaces/moderation.html",
        {"queue": moderation_queue(), "rejected": rejected.order_by("-updated_at")[:50], "reject_form": RejectForm()},
    )


@login_required
@require_POST
def moderate(request: HttpRequest, key: str, decision: str) -> HttpResponse:
    _require_organiser(request)
    project = get_object_or_404(projects_visible_to(request.user), key=key)
    try:
        if decision == "publish":
            publish_project(project, request.user)
        elif decision == "reject":
            form = RejectForm(request.POST)
            if not form.is_valid():
                for problems in form.errors.values():
                    for problem in problems:
                        messages.error(request, str(problem))
                return HttpResponseRedirect(reverse("workspaces:moderation"))
            reject_project(project, request.user, form.cleaned_data["reason"])
        else:
            raise Http404(decision)
    except ModerationError as refused:
        messages.error(request, str(refused))
    else:
        messages.success(request, _("The decision is saved."))
    return HttpResponseRedirect(reverse("workspaces:moderation"))


def _organiser_event(request: HttpRequest, key: str) -> Event:
    _require_organiser(request)
    return get_event_for_user(request.user, key)


@login_required
def event_setup(request: HttpRequest, key: str) -> HttpResponse:
    event = _organiser_event(request, key)
    talks = Talk.objects.select_related("speaker").order_by("order")
    sessions = event.sessions.prefetch_related(Prefetch("talks", queryset=talks)).order_by("starts_at", "key")
    # This summit's speakers, and new ones who have no talk anywhere yet.
    speakers = Speaker.objects.filter(Q(talks__session__event=event) | Q(talks__isnull=True)).distinct().order_by("key")
    return render(
        request,
        "workspaces/event_setup.html",
        {"event": event, "sessions": sessions, "speakers": speakers, "all_speakers": Speaker.objects.count()},
    )


def _setup_url(event: Event) -> str:
    return reverse("workspaces:event_setup", args=[event.key])


@login_required
def session_edit(request: HttpRequest, key: str, pk: int | None = None) -> HttpResponse:
    event = _organiser_event(request, key)
    session = get_object_or_404(Session, pk=pk, event=event) if pk is not None else None
    form = SessionForm(request.POST or None, event=event, instance=session)
    if request.method == "POST" and form.is_valid():
        starts_at, ends_at = form.times()
        values = {
            name: form.cleaned_data[name]
            for name in ("key", "kind", "title", "venue", "online", "online_link", "capacity")
        }
        values.update(starts_at=starts_at, ends_at=ends_at)
        try:
            save_session(event=event, by=request.user, values=values, session=session)
        except ValidationError as error:
            _add_model_errors(form, error)
        else:
            messages.success(request, _("Saved."))
            return HttpResponseRedirect(_setup_url(event))
    return render(request, "workspaces/setup_form.html", {"form": form, "event": event, "subject": session})


@login_required
def speaker_edit(request: HttpRequest, key: str, pk: int | None = None) -> HttpResponse:
    event = _organiser_event(request, key)
    speaker = get_object_or_404(Speaker, pk=pk) if pk is not None else None
    form = SpeakerForm(request.POST or None, instance=speaker)
    if request.method == "POST" and form.is_valid():
        try:
            save_speaker(by=request.user, values=dict(form.cleaned_data), speaker=speaker)
        except ValidationError as error:
            _add_model_errors(form, error)
        else:
            messages.success(request, _("Saved."))
            return HttpResponseRedirect(_setup_url(event))
    return render(request, "workspaces/setup_form.html", {"form": form, "event": event, "subject": speaker})


@login_required
def talk_edit(request: HttpRequest, key: str, session_pk: int, pk: int | None = None) -> HttpResponse:
    event = _organiser_event(request, key)
    session = get_object_or_404(Session, pk=session_pk, event=event)
    talk = get_object_or_404(Talk, pk=pk, session=session) if pk is not None else None
    form = TalkForm(request.POST or None, session=session, instance=talk)
    if request.method == "POST" and form.is_valid():
        try:
            save_talk(session=session, by=request.user, values=dict(form.cleaned_data), talk=talk)
        except ValidationError as error:
            _add_model_errors(form, error)
        else:
            messages.success(request, _("Saved."))
            return HttpResponseRedirect(_setup_url(event))
    return render(
        request, "workspaces/setup_form.html", {"form": form, "event": event, "subject": talk, "session": session}
    )
