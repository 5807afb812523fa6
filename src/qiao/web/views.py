"""Thin views: fetch through the access chokepoints, render."""

from __future__ import annotations

from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_POST

from qiao.core.middleware import TZ_SESSION_KEY
from qiao.core.timezones import is_valid_zone
from qiao.experts.models import Expert
from qiao.projects.access import get_project_for_user, offers_visible_to, projects_visible_to
from qiao.summits.access import current_event_for_user, events_visible_to, get_event_for_user
from qiao.summits.programme import programme_for

PAGE_SIZE = 25


def home(request: HttpRequest) -> HttpResponse:
    event = current_event_for_user(request.user)
    past = events_visible_to(request.user).order_by("-starts_at")
    if event is not None:
        past = past.exclude(pk=event.pk)
    return render(
        request,
        "web/home.html",
        {"event": event, "programme": programme_for(event) if event else None, "past_events": past},
    )


def event_detail(request: HttpRequest, key: str) -> HttpResponse:
    event = get_event_for_user(request.user, key)
    return render(request, "web/event.html", {"event": event, "programme": programme_for(event)})


@require_POST
def set_time_zone(request: HttpRequest) -> HttpResponse:
    """Remember the reader's time zone for this browser session (profile wins when signed in)."""
    zone = request.POST.get("time_zone", "")
    if is_valid_zone(zone):
        request.session[TZ_SESSION_KEY] = zone
    target = request.POST.get("next", "/")
    if not url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
        target = "/"
    return HttpResponseRedirect(target)


def project_list(request: HttpRequest) -> HttpResponse:
    projects = projects_visible_to(request.user).prefetch_related("tags").order_by("key")
    page = Paginator(projects, PAGE_SIZE).get_page(request.GET.get("page"))
    return render(request, "web/project_list.html", {"page": page})


def project_detail(request: HttpRequest, key: str) -> HttpResponse:
    project = get_project_for_user(request.user, key)
    return render(request, "web/project_detail.html", {"project": project})


def offer_list(request: HttpRequest) -> HttpResponse:
    offers = offers_visible_to(request.user).prefetch_related("tags").order_by("key")
    page = Paginator(offers, PAGE_SIZE).get_page(request.GET.get("page"))
    return render(request, "web/offer_list.html", {"page": page})


def expert_list(request: HttpRequest) -> HttpResponse:
    experts = Expert.objects.filter(available=True).prefetch_related("fields").order_by("key")
    page = Paginator(experts, PAGE_SIZE).get_page(request.GET.get("page"))
    return render(request, "web/expert_list.html", {"page": page})
