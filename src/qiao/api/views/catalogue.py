"""Organisations, events, projects, offers and their matches."""

from __future__ import annotations

from typing import Any

from django.db.models import QuerySet
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, extend_schema
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from qiao.api import serializers as s
from qiao.api.errors import ApiError, ErrorSerializer
from qiao.api.filters import check_known, field_filter
from qiao.api.pagination import positive_int
from qiao.api.views.base import DetailView, FilteredListView, PublicRows
from qiao.core.shared_values import shared
from qiao.matchmaking.domain import engine_adapter as adapter
from qiao.matchmaking.domain.service import engine_version, query_matches, resolve_matches
from qiao.organisations.enums import OrganisationKind
from qiao.organisations.models import Organisation
from qiao.projects.access import (
    count_public_offers,
    count_public_projects,
    get_offer_for_user,
    get_project_for_user,
    offers_visible_to,
    projects_visible_to,
    public_offers,
    public_projects,
    sees_only_public,
    sees_only_public_offers,
    sees_only_public_projects,
)
from qiao.projects.enums import OfferKind, ProjectKind, ProjectStage
from qiao.projects.models import Offer, Project
from qiao.summits.access import events_visible_to, get_event_for_user
from qiao.summits.enums import EventStatus
from qiao.summits.models import Event


class OrganisationList(FilteredListView):
    """Organisations taking part (public)."""

    serializer_class = s.OrganisationSerializer
    api_filters = (
        field_filter("kind", "kind", "Kind of organisation.", kind="choice", choices=OrganisationKind.values),
        field_filter("country", "country", "ISO 3166-1 alpha-2 country code, e.g. DE."),
        field_filter("verified", "verified", "Verified by the organisers.", kind="bool"),
    )
    api_ordering = ("key", "created_at")
    default_ordering = ("key", "pk")

    def visible(self) -> QuerySet[Organisation]:
        return Organisation.objects.all()


class OrganisationDetail(DetailView):
    serializer_class = s.OrganisationSerializer

    def fetch(self) -> Organisation:
        found = Organisation.objects.filter(key=self.kwargs["key"]).first()
        if found is None or not self.request.user.has_perm("organisations.view_organisation", found):
            raise ApiError("not_found", _("Not found."), 404)
        return found


class EventList(FilteredListView):
    """Summits you may see (drafts only for organisers)."""

    serializer_class = s.EventSerializer
    api_filters = (field_filter("status", "status", "Event status.", kind="choice", choices=EventStatus.values),)
    api_ordering = ("starts_at", "key")
    default_ordering = ("-starts_at", "pk")

    def visible(self) -> QuerySet[Event]:
        return events_visible_to(self.request.user)


class EventDetail(DetailView):
    serializer_class = s.EventSerializer

    def fetch(self) -> Event:
        return get_event_for_user(self.request.user, self.kwargs["key"])


class ProjectList(FilteredListView):
    """Projects you may see: public ones, your organisations', all for organisers."""

    serializer_class = s.ProjectSerializer
    api_filters = (
        field_filter("organisation", "organisation__key", "The owning organisation's key."),
        field_filter("kind", "kind", "Kind of project.", kind="choice", choices=ProjectKind.values),
        field_filter("stage", "stage", "Stage of the project.", kind="choice", choices=ProjectStage.values),
        field_filter("sector", "sectors__code", "A NACE sector code, e.g. C28."),
    )
    api_ordering = ("key", "created_at", "updated_at")
    default_ordering = ("key", "pk")

    def visible(self) -> QuerySet[Project]:
        # No DISTINCT: the chokepoint has no joins, and a sector code matches one sector row per project.
        return projects_visible_to(self.request.user).prefetch_related("sectors")

    def public_rows(self) -> PublicRows:
        rows = public_projects().prefetch_related("sectors")
        return PublicRows("projects", rows, sees_only_public_projects, count_public_projects)


class ProjectDetail(DetailView):
    serializer_class = s.ProjectSerializer

    def fetch(self) -> Project:
        return get_project_for_user(self.request.user, self.kwargs["key"])


class OfferList(FilteredListView):
    """Offers you may see: published ones, your organisations', all for organisers."""

    serializer_class = s.OfferSerializer
    api_filters = (
        field_filter("organisation", "organisation__key", "The owning organisation's key."),
        field_filter("kind", "kind", "Kind of offer.", kind="choice", choices=OfferKind.values),
        field_filter("sector", "sectors__code", "A NACE sector code, e.g. C28."),
    )
    api_ordering = ("key", "created_at", "updated_at")
    default_ordering = ("key", "pk")

    def visible(self) -> QuerySet[Offer]:
        return offers_visible_to(self.request.user).prefetch_related("sectors")

    def public_rows(self) -> PublicRows:
        rows = public_offers().prefetch_related("sectors")
        return PublicRows("offers", rows, sees_only_public_offers, count_public_offers)


class OfferDetail(DetailView):
    serializer_class = s.OfferSerializer

    def fetch(self) -> Offer:
        return get_offer_for_user(self.request.user, self.kwargs["key"])


MATCH_PARAMS = [
    OpenApiParameter(
        "limit",
        OpenApiTypes.INT,
        OpenApiParameter.QUERY,
        description="How many matches, 1 to 50 (default 10).",
    )
]
MATCH_RESPONSES = {
    200: s.MatchSerializer(many=True),
    503: OpenApiResponse(ErrorSerializer, description="The matching engine is starting; retry shortly."),
}


def _matches(request: Request, obj: Project | Offer) -> Response:
    """The answer; for a reader who sees only public profiles, one shared per engine and catalogue version."""
    check_known(request, {"limit"})
    limit = positive_int(request, "limit", 10, maximum=50)
    version = engine_version()
    data: list[dict[str, Any]] | None = None
    if version is not None and sees_only_public(request.user):
        name = f"api:matches:{adapter.profile_id(obj)}:{limit}:{get_language()}:{version}"
        data = shared(name, lambda: _match_data(obj, limit, public_projects(), public_offers()))
    else:
        data = _match_data(obj, limit, projects_visible_to(request.user), offers_visible_to(request.user))
    if data is None:
        raise ApiError("matching_unavailable", _("Matching is starting up; please try again shortly."), 503)
    return Response(data)


def _match_data(obj: Project | Offer, limit: int, projects: Any, offers: Any) -> list[dict[str, Any]] | None:
    result = query_matches(obj, k=limit)
    if result is None:
        return None
    shown = resolve_matches(result, projects, offers, k=limit, cards_only=True)
    data = [
        {
            "kind": "project" if isinstance(m.target, Project) else "offer",
            "key": m.target.key,
            "title": m.target.title,
            "rank": m.match.rank,
            "score": m.match.score,
            "explanation": m.match.explanation.to_dict(),
        }
        for m in shown
    ]
    return [dict(row) for row in s.MatchSerializer(data, many=True).data]


class ProjectMatches(APIView):  # type: ignore[misc]  # DRF ships no types
    @extend_schema(operation_id="projects_matches", parameters=MATCH_PARAMS, responses=MATCH_RESPONSES, filters=False)
    def get(self, request: Request, key: str) -> Response:
        """The best counterparts for a project you may see, explained; only what you may see is listed."""
        return _matches(request, get_project_for_user(request.user, key))


class OfferMatches(APIView):  # type: ignore[misc]  # DRF ships no types
    @extend_schema(operation_id="offers_matches", parameters=MATCH_PARAMS, responses=MATCH_RESPONSES, filters=False)
    def get(self, request: Request, key: str) -> Response:
        """The best counterparts for an offer you may see, explained."""
        return _matches(request, get_offer_for_user(request.user, key))
