"""Match pages: a project's or offer's best counterparts, explained; feedback on them."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse, HttpResponseBadRequest, HttpResponseRedirect
from django.shortcuts import render
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from qiao.matchmaking import explanations
from qiao.matchmaking.domain import engine_adapter as adapter
from qiao.matchmaking.domain.feedback import record_feedback
from qiao.matchmaking.domain.service import query_matches, resolve_matches
from qiao.projects.access import get_offer_for_user, get_project_for_user, offers_visible_to, projects_visible_to
from qiao.projects.models import Offer, Project


def _matches_page(request: HttpRequest, obj: Project | Offer) -> HttpResponse:
    result = query_matches(obj)
    context: dict[str, object] = {"subject": obj, "source_id": adapter.profile_id(obj), "warming_up": result is None}
    if result is not None:
        names = explanations.sector_names()
        shown = resolve_matches(result, projects_visible_to(request.user), offers_visible_to(request.user))
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
    return render(request, "matchmaking/matches.html", context)


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
