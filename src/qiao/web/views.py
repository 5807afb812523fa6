"""Thin views: fetch through the access chokepoints, render."""

from __future__ import annotations

import copy
from collections.abc import Callable
from functools import partial as partial_fn
from typing import Any

from django.core.paginator import Paginator
from django.db.models import Prefetch, Q, QuerySet
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect, QueryDict
from django.shortcuts import render
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.cache import patch_vary_headers
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.safestring import mark_safe
from django.views import i18n as i18n_views
from django.views.decorators.http import require_POST

from qiao.core.middleware import TZ_SESSION_KEY
from qiao.core.paging import CountedPaginator
from qiao.core.shared_values import shared
from qiao.core.timezones import is_valid_zone
from qiao.deals.domain.ceremony import publishable
from qiao.deals.models import Agreement, AgreementParty
from qiao.projects.access import (
    count_public_offers,
    count_public_projects,
    count_visible_offers,
    count_visible_projects,
    get_project_for_user,
    offers_beyond_public,
    offers_visible_to,
    projects_beyond_public,
    projects_visible_to,
    public_offers,
    public_projects,
    sees_only_public_offers,
    sees_only_public_projects,
)
from qiao.summits.access import current_event_for_user, events_visible_to, get_event_for_user
from qiao.summits.online import session_rows
from qiao.summits.programme import shared_programme
from qiao.web.filters import OfferFilter, ProjectFilter

PAGE_SIZE = 25
#: A list's page and the part of it shared between readers who see only public rows.
_PROJECT_LIST = ("web/project_list.html", "web/_project_list_content.html")
_OFFER_LIST = ("web/offer_list.html", "web/_offer_list_content.html")


def home(request: HttpRequest) -> HttpResponse:
    event = current_event_for_user(request.user)
    past = events_visible_to(request.user).order_by("-starts_at")
    if event is not None:
        past = past.exclude(pk=event.pk)
    programme = shared_programme(event) if event else None
    return render(
        request,
        "web/home.html",
        {
            "event": event,
            "programme": programme,
            "rows": session_rows(programme, request.user) if programme else [],
            "past_events": past,
        },
    )


def event_detail(request: HttpRequest, key: str) -> HttpResponse:
    event = get_event_for_user(request.user, key)
    programme = shared_programme(event)
    return render(
        request,
        "web/event.html",
        {"event": event, "programme": programme, "rows": session_rows(programme, request.user)},
    )


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


def _filtered_list(
    request: HttpRequest,
    template: str,
    partial: str,
    queryset: QuerySet[Any],
    form: Any,
    unfiltered_count: Callable[[], int],
) -> HttpResponse:
    """The full page, or only the result list when htmx asks (filter form changed).

    Without a filter the count is `unfiltered_count()`, which shares the public part between readers.
    """
    listed = form.apply(queryset)
    paginator: Paginator[Any] = (
        Paginator(listed, PAGE_SIZE) if form.active() else CountedPaginator(listed, PAGE_SIZE, unfiltered_count)
    )
    page = paginator.get_page(request.GET.get("page"))
    context = {"page": page, "filter": form}
    htmx: Any = getattr(request, "htmx", None)
    # Boosted links and history restores (back button) need the whole page.
    wants_partial = bool(htmx) and not htmx.boosted and not htmx.history_restore_request
    response = render(request, partial if wants_partial else template, context)
    patch_vary_headers(response, ["HX-Request"])
    return response


def _plain_request(request: HttpRequest) -> bool:
    """A whole list page asked with no parameter but `page` (no filter, no htmx partial)."""
    return set(request.GET) <= {"page"} and not getattr(request, "htmx", None)


def _shared_list(
    request: HttpRequest,
    name: str,
    template: str,
    content_template: str,
    public: QuerySet[Any],
    form: Callable[[], Any],
    public_count: Callable[[], int],
) -> HttpResponse:
    """The unfiltered list as every reader who sees only public rows sees it (`form()` makes its
    empty filter form, only when the content is rendered).

    Its content (filter form, cards, pager) is rendered once per language and page for all of
    them, until the catalogue changes (qiao.core.shared_values); the page around it is theirs.
    """
    page = CountedPaginator(public, PAGE_SIZE, public_count).get_page(request.GET.get("page"))

    def build() -> str:
        # Rendered against a copy of the request with no parameters, so nothing of this request's
        # query string can reach what other readers get.
        plain = copy.copy(request)
        plain.GET = QueryDict()
        return render_to_string(content_template, {"page": page, "filter": form()}, plain)

    content = shared(f"html:{name}:{translation.get_language()}:page-{page.number}", build)
    response = render(request, template, {"shared_content": mark_safe(content)})  # noqa: S308 - rendered by us
    patch_vary_headers(response, ["HX-Request"])
    return response


def project_list(request: HttpRequest) -> HttpResponse:
    if _plain_request(request) and sees_only_public_projects(request.user):
        public = public_projects()
        empty_form = partial_fn(ProjectFilter, QueryDict(), public, public.none())
        listed = public.prefetch_related("tags", "sectors").order_by("key")
        return _shared_list(request, "projects", *_PROJECT_LIST, listed, empty_form, count_public_projects)
    beyond = projects_beyond_public(request.user)
    visible = projects_visible_to(request.user)
    projects = visible.prefetch_related("tags", "sectors").order_by("key")
    form = ProjectFilter(request.GET, public_projects(), beyond)
    count = partial_fn(count_visible_projects, request.user, beyond)
    return _filtered_list(request, "web/project_list.html", "web/_project_results.html", projects, form, count)


def project_detail(request: HttpRequest, key: str) -> HttpResponse:
    project = get_project_for_user(request.user, key)
    agreements = publishable(project.agreements.all()).order_by("signed_at")
    return render(request, "web/project_detail.html", {"project": project, "agreements": agreements})


def offer_list(request: HttpRequest) -> HttpResponse:
    if _plain_request(request) and sees_only_public_offers(request.user):
        public = public_offers()
        empty_form = partial_fn(OfferFilter, QueryDict(), public, public.none())
        listed = public.prefetch_related("tags").order_by("key")
        return _shared_list(request, "offers", *_OFFER_LIST, listed, empty_form, count_public_offers)
    beyond = offers_beyond_public(request.user)
    visible = offers_visible_to(request.user)
    offers = visible.prefetch_related("tags").order_by("key")
    form = OfferFilter(request.GET, public_offers(), beyond)
    count = partial_fn(count_visible_offers, request.user, beyond)
    return _filtered_list(request, "web/offer_list.html", "web/_offer_results.html", offers, form, count)


def intent_list(request: HttpRequest) -> HttpResponse:
    """Letters of intent and cooperation agreements signed at the summits, newest first."""
    events = events_visible_to(request.user)
    agreements = (
        publishable(Agreement.objects.all())
        .filter(Q(event__isnull=True) | Q(event__in=events))
        .select_related("event", "project")
        .prefetch_related(
            Prefetch("party_links", queryset=AgreementParty.objects.select_related("organisation")), "tags"
        )
        .order_by("-signed_at", "key")
    )
    return render(request, "web/intent_list.html", {"agreements": agreements})


@require_POST
def set_language(request: HttpRequest) -> HttpResponse:
    """Django's set_language, reading `next` in the language of its own /xx/ prefix.

    Django translates `next` after resolving it in the active language, which comes from
    the browser's Accept-Language on this unprefixed URL; a German page asked from an
    English browser would not resolve and the person would stay on the German page.
    """
    next_url = request.POST.get("next", "")
    with translation.override(translation.get_language_from_path(next_url) or translation.get_language()):
        return i18n_views.set_language(request)
