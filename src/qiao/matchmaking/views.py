"""Match pages: a project's or offer's best counterparts, explained; feedback on them."""

from __future__ import annotations

import secrets
import typing
from functools import partial
from types import SimpleNamespace
from typing import Any

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse, HttpResponseBadRequest, HttpResponseRedirect
from django.middleware.csrf import get_token
from django.shortcuts import get_object_or_404, render
from django.template.loader import render_to_string
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from qiao.accounts.rules import is_member, is_organiser
from qiao.core import translated
from qiao.core.shared_values import shared
from qiao.experts.models import Expert
from qiao.matchmaking import explanations
from qiao.matchmaking.domain import engine_adapter as adapter
from qiao.matchmaking.domain.experts import experts_for_project, projects_for_expert
from qiao.matchmaking.domain.feedback import record_feedback
from qiao.matchmaking.domain.filters import MatchFilter, district_of, keeps
from qiao.matchmaking.domain.organisations import event_graph, organisation_matches
from qiao.matchmaking.domain.service import engine_version, query_matches, resolve_matches
from qiao.organisations.models import Organisation
from qiao.projects.access import (
    get_offer_for_user,
    get_project_for_user,
    offers_visible_to,
    projects_visible_to,
    public_offers,
    public_projects,
    sees_only_public,
)
from qiao.projects.enums import ProjectStage
from qiao.projects.models import Offer, Project
from qiao.sectors.models import Sector
from qiao.summits.access import get_event_for_user

LANGUAGE_CHOICES = [("", gettext_lazy("any language")), ("zh", "中文"), ("de", "Deutsch"), ("en", "English")]


def _districts() -> list[str]:
    """The districts (or cities) of Chinese organisations, from the distinct (district, city) pairs."""
    places = Organisation.objects.exclude(country="DE").order_by().values_list("district", "city").distinct()
    return sorted({district_of(SimpleNamespace(district=d, city=c)) for d, c in places} - {""})


class MatchFilterForm(forms.Form):
    """The filters above a match list; every field is optional and validated against known values."""

    sector = forms.ChoiceField(label=gettext_lazy("Sector"), required=False)
    district = forms.ChoiceField(label=gettext_lazy("District or city"), required=False)
    language = forms.ChoiceField(label=gettext_lazy("Written in"), required=False, choices=LANGUAGE_CHOICES)
    stage = forms.ChoiceField(
        label=gettext_lazy("Project stage"),
        required=False,
        choices=[("", gettext_lazy("any stage")), *ProjectStage.choices],
    )

    def __init__(self, data: object, language: str) -> None:
        super().__init__(data)  # type: ignore[arg-type]
        sectors = Sector.objects.order_by("code")
        typing.cast(forms.ChoiceField, self.fields["sector"]).choices = [("", _("any sector"))] + [
            (s.code, f"{s.code} {translated.resolve(s.name, language).text}") for s in sectors
        ]
        districts = shared("match-filter:districts", _districts)
        typing.cast(forms.ChoiceField, self.fields["district"]).choices = [("", _("any district"))] + [
            (d, d) for d in districts
        ]

    def to_filter(self) -> MatchFilter:
        if not self.is_valid():
            return MatchFilter()
        return MatchFilter(
            **{name: self.cleaned_data.get(name) or "" for name in ("sector", "district", "language", "stage")}
        )


def _matches_page(request: HttpRequest, obj: Project | Offer) -> HttpResponse:
    if not request.GET and sees_only_public(request.user):
        content = _shared_matches(request, obj)
        if content is not None:
            return render(request, "matchmaking/matches.html", {"subject": obj, "shared_content": content})
    visible = projects_visible_to(request.user), offers_visible_to(request.user)
    context = _matches_context(request, obj, *visible, can_request=is_member(request.user, obj.organisation))
    return render(request, "matchmaking/matches.html", context)


def _shared_matches(request: HttpRequest, obj: Project | Offer) -> SafeString | None:
    """The unfiltered match list as every reader who sees only public profiles sees it: rendered
    once per engine, catalogue version, language and what the reader may do; None while warming up.

    The CSRF token of the feedback forms is the reader's own: the shared copy holds a random
    marker in its place (user text, escaped, cannot contain it) that is replaced per request.
    """
    version = engine_version()
    if version is None:
        return None
    user: Any = request.user
    can_request = is_member(user, obj.organisation)
    mays = f"{can_request:d}{user.is_authenticated:d}{getattr(user, 'role', '') == 'officer':d}"
    name = f"html:matches:{adapter.profile_id(obj)}:{get_language()}:{mays}:{version}"

    def build() -> tuple[str, str] | None:
        context = _matches_context(request, obj, public_projects(), public_offers(), can_request=can_request)
        if context["warming_up"]:
            return None
        marker = secrets.token_hex(16)
        # Without `request` here: Django's backend would put the lazy token in place of the marker.
        context.update({"csrf_token": marker, "request": request, "user": request.user})
        return marker, render_to_string("matchmaking/_matches_content.html", context)

    built = shared(name, build)
    if built is None:
        return None
    marker, html = built
    return mark_safe(html.replace(marker, get_token(request)))  # noqa: S308 - our own rendering


def _empty_filter_form(language: str) -> str:
    """The filters above every unfiltered match list: the same for all (sectors and districts)."""
    return render_to_string("matchmaking/_filters.html", {"form": MatchFilterForm(None, language), "filtered": False})


def _matches_context(
    request: HttpRequest, obj: Project | Offer, projects: Any, offers: Any, *, can_request: bool
) -> dict[str, object]:
    """What the match page shows of `obj` to a reader who sees these projects and offers (and may
    ask for meetings on its behalf when `can_request`: a member of its organisation)."""
    language = get_language() or "en"
    form, filter_html = None, ""
    if request.GET:
        form = MatchFilterForm(request.GET, language)
        wanted = form.to_filter()
    else:
        wanted = MatchFilter()
        filter_html = shared(f"html:match-filter:{language}", partial(_empty_filter_form, language))
    # A filter hides counterparts, so ask the engine for a larger pool first.
    k = 10
    result = query_matches(obj, k=50 if wanted.active else k)
    context: dict[str, object] = {
        "subject": obj,
        "source_id": adapter.profile_id(obj),
        "warming_up": result is None,
        "form": form,
        "filter_html": mark_safe(filter_html),  # noqa: S308 - rendered by us
        "filtered": wanted.active,
        "can_request": can_request,
    }
    if result is not None:
        names = explanations.sector_names()
        pool = 100 if wanted.active else k
        shown = resolve_matches(
            result, projects, offers, k=pool, with_sectors=wanted.active, cards_only=not wanted.active
        )
        if wanted.active:
            shown = [s for s in shown if keeps(s.target, [x.code for x in s.target.sectors.all()], wanted)]
        shown = shown[:k]
        context["rows"] = [
            {
                "target": item.target,
                "target_id": adapter.profile_id(item.target),
                "is_project": isinstance(item.target, Project),
                "rank": position,
                "score": round(item.match.score, 3),
                "why": explanations.render(item.match.explanation, names),
            }
            for position, item in enumerate(shown, start=1)
        ]
        context["not_matchable"] = result.not_matchable
    return context


def project_matches(request: HttpRequest, key: str) -> HttpResponse:
    return _matches_page(request, get_project_for_user(request.user, key))


def offer_matches(request: HttpRequest, key: str) -> HttpResponse:
    return _matches_page(request, get_offer_for_user(request.user, key))


@login_required
@require_POST
def feedback(request: HttpRequest) -> HttpResponse:
    """Record relevant / not relevant for one shown match."""
    source, target = request.POST.get("source", ""), request.POST.get("target", "")
    verdict = request.POST.get("relevant")
    try:
        rank, score = int(request.POST.get("rank", "")), float(request.POST.get("score", ""))
    except ValueError:
        return HttpResponseBadRequest(_("Invalid feedback."))
    valid_ids = adapter.parse_profile_id(source) is not None and adapter.parse_profile_id(target) is not None
    if not valid_ids or verdict not in ("yes", "no"):
        return HttpResponseBadRequest(_("Invalid feedback."))
    record_feedback(request.user, source, target, verdict == "yes", rank, score)
    messages.success(request, _("Thank you — your feedback was recorded."))
    back = request.POST.get("next", "/")
    if not url_has_allowed_host_and_scheme(back, allowed_hosts={request.get_host()}):
        back = "/"
    return HttpResponseRedirect(back)


def organisation_matches_page(request: HttpRequest, key: str) -> HttpResponse:
    """An organisation's best counterpart organisations, each with the pair of profiles that links them."""
    organisation = get_object_or_404(Organisation, key=key)
    form = MatchFilterForm(request.GET or None, get_language() or "en")
    wanted = form.to_filter() if request.GET else MatchFilter()
    found = organisation_matches(
        organisation,
        projects_visible_to(request.user),
        offers_visible_to(request.user),
        keep=(lambda s: keeps(s.target, [x.code for x in s.target.sectors.all()], wanted)) if wanted.active else None,
    )
    rows = []
    for item in found or []:
        rows.append(
            {
                "organisation": item.organisation,
                "ours": item.ours,
                "theirs": item.best.target,
                "score": round(item.best.match.score, 3),
                "pairs": item.pairs,
                "why": explanations.render(item.best.match.explanation, explanations.sector_names()),
            }
        )
    return render(
        request,
        "matchmaking/organisation_matches.html",
        {
            "organisation": organisation,
            "rows": rows,
            "warming_up": found is None,
            "form": form,
            "filtered": wanted.active,
        },
    )


@login_required
def match_graph(request: HttpRequest, key: str) -> HttpResponse:
    """The organisers' view of who matches whom among an event's organisations."""
    if not is_organiser(request.user):
        raise PermissionDenied
    event = get_event_for_user(request.user, key)
    graph = event_graph(event, get_language() or "en")
    return render(
        request, "matchmaking/match_graph.html", {"event": event, "graph": graph, "warming_up": graph is None}
    )


def _sector_codes(obj: Any) -> list[str]:
    return [sector.code for sector in obj.sectors.all()]


def _explained(items: list[Any]) -> list[dict[str, object]]:
    names = explanations.sector_names()
    return [
        {
            "target": item.target,
            "score": round(item.match.score, 3),
            "why": explanations.render(item.match.explanation, names),
        }
        for item in items
    ]


@login_required
def project_experts(request: HttpRequest, key: str) -> HttpResponse:
    """Think-tank experts ranked by fit to a project: for organisers and district officers, who ask for reviews."""
    if not (is_organiser(request.user) or getattr(request.user, "role", "") == "officer"):
        raise PermissionDenied
    project = get_project_for_user(request.user, key)
    found = experts_for_project(project)
    context = {"project": project, "rows": _explained(found or []), "warming_up": found is None}
    return render(request, "matchmaking/project_experts.html", context)


@login_required
def expert_projects(request: HttpRequest, key: str) -> HttpResponse:
    """Projects that fit an expert's fields and biography: for organisers and the expert."""
    expert = get_object_or_404(Expert, key=key)
    if not (is_organiser(request.user) or expert.person_id == request.user.pk):
        raise PermissionDenied
    form = MatchFilterForm(request.GET or None, get_language() or "en")
    wanted = form.to_filter() if request.GET else MatchFilter()
    found = projects_for_expert(expert, projects_visible_to(request.user), k=50 if wanted.active else 10)
    kept = [m for m in found or [] if keeps(m.target, _sector_codes(m.target), wanted)][:10]
    context = {
        "expert": expert,
        "rows": _explained(kept),
        "warming_up": found is None,
        "form": form,
        "filtered": wanted.active,
    }
    return render(request, "matchmaking/expert_projects.html", context)
