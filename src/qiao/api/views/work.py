"""Investment cases (read, move through the pipeline domain), review requests and agreements."""

from __future__ import annotations

from django.db.models import QuerySet
from django.http import Http404
from django.utils.translation import gettext as _
from drf_spectacular.utils import extend_schema
from rest_framework.permissions import IsAuthenticated
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from qiao.api import serializers as s
from qiao.api.errors import ApiError
from qiao.api.filters import Filter, field_filter
from qiao.api.views.base import MAX_PK, DetailView, FilteredListView, no_query
from qiao.deals.access import agreements_readable_by
from qiao.deals.enums import AgreementKind
from qiao.deals.models import Agreement
from qiao.pipeline.access import cases_visible_to, get_case_for_user
from qiao.pipeline.domain.cases import move_case
from qiao.pipeline.enums import Stage
from qiao.pipeline.models import Case
from qiao.reviews.access import get_request_for_user, requests_visible_to
from qiao.reviews.models import ReviewRequest


def _pk(value: int) -> int:
    if value > MAX_PK:
        raise ApiError("not_found", _("Not found."), 404)
    return value


class CaseList(FilteredListView):
    """Investment cases: organisers all, district members their district's, companies their projects'."""

    permission_classes = [IsAuthenticated]
    serializer_class = s.CaseSerializer
    api_filters = (
        field_filter("stage", "stage", "The case's stage.", kind="choice", choices=Stage.values),
        field_filter("district", "district__key", "The district's organisation key."),
        field_filter("project", "project__key", "The project's key."),
        field_filter("event", "event__key", "The event the case came from."),
    )
    api_ordering = ("stage_since", "created_at", "updated_at")
    default_ordering = ("-stage_since", "pk")

    def visible(self) -> QuerySet[Case]:
        return cases_visible_to(self.request.user)


class CaseDetail(DetailView):
    permission_classes = [IsAuthenticated]
    serializer_class = s.CaseDetailSerializer

    def fetch(self) -> Case:
        return get_case_for_user(self.request.user, _pk(self.kwargs["pk"]))


class CaseMove(APIView):  # type: ignore[misc]  # DRF ships no types
    permission_classes = [IsAuthenticated]

    @extend_schema(request=s.CaseMoveSerializer, responses={200: s.CaseDetailSerializer})
    def post(self, request: Request, pk: int) -> Response:
        """Move a case one stage on, drop it (with a reason in `note`) or reopen it (webhook case.stage_changed)."""
        no_query(request)
        case = get_case_for_user(request.user, _pk(pk))
        if not request.user.has_perm("pipeline.move_case", case):
            raise ApiError("permission_denied", _("You may not move this case."), 403)
        form = s.CaseMoveSerializer(data=request.data)
        form.is_valid(raise_exception=True)
        data = form.validated_data
        moved = move_case(case, data["to_stage"], request.user, data["note"], expected_version=data["version"])
        return Response(s.CaseDetailSerializer(get_case_for_user(request.user, moved.pk)).data)


class ReviewRequestList(FilteredListView):
    """Review requests: organisers all, officers their own, experts those assigned to them, companies theirs."""

    permission_classes = [IsAuthenticated]
    serializer_class = s.ReviewRequestSerializer
    api_filters = (field_filter("project", "project__key", "The reviewed project's key."),)
    api_ordering = ("created_at", "deadline")
    default_ordering = ("-created_at", "-pk")

    def visible(self) -> QuerySet[ReviewRequest]:
        return requests_visible_to(self.request.user)


class ReviewRequestDetail(DetailView):
    permission_classes = [IsAuthenticated]
    serializer_class = s.ReviewRequestSerializer

    def fetch(self) -> ReviewRequest:
        return get_request_for_user(self.request.user, _pk(self.kwargs["pk"]))


class AgreementList(FilteredListView):
    """Agreements: signed intents for everyone, your organisations' agreements, all for organisers."""

    serializer_class = s.AgreementSerializer
    api_filters = (
        field_filter("kind", "kind", "Kind of agreement.", kind="choice", choices=AgreementKind.values),
        field_filter("event", "event__key", "The event it was signed at."),
        field_filter("project", "project__key", "The project it is about."),
        Filter("signed", lambda qs, v: qs.filter(signed_at__isnull=not v), "Signed (true) or not yet (false).", "bool"),
    )
    api_ordering = ("key", "signed_at", "created_at")
    default_ordering = ("key", "pk")

    def visible(self) -> QuerySet[Agreement]:
        return agreements_readable_by(self.request.user).prefetch_related("party_links__organisation")


class AgreementDetail(DetailView):
    serializer_class = s.AgreementSerializer

    def fetch(self) -> Agreement:
        agreement = agreements_readable_by(self.request.user).filter(key=self.kwargs["key"]).first()
        if agreement is None:
            raise Http404(self.kwargs["key"])
        return agreement
