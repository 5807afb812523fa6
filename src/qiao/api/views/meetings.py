"""Meeting requests (ask, answer, withdraw through the meetings domain) and the person's agenda."""

from __future__ import annotations

from django.db.models import QuerySet
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from drf_spectacular.utils import extend_schema
from rest_framework import status
from rest_framework.permissions import IsAuthenticated
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from qiao.api import serializers as s
from qiao.api.errors import ApiError
from qiao.api.filters import Filter, field_filter
from qiao.api.views.base import MAX_PK, DetailView, FilteredListView, no_query
from qiao.meetings.access import requests_for_user
from qiao.meetings.agenda import counterpart, meetings_for_person, sessions_for_person
from qiao.meetings.domain.requests import accept_request, decline_request, request_meeting, withdraw_request
from qiao.meetings.enums import RequestStatus
from qiao.meetings.models import MeetingRequest
from qiao.organisations.models import Organisation
from qiao.projects.access import offers_visible_to, projects_visible_to
from qiao.summits.access import events_visible_to
from qiao.summits.enums import EventStatus

#: What a meeting request's answer shows of the people involved (see AuditedRead).
MEETING_REQUEST_PERSONAL = ("message", "reason")


class MeetingRequestList(FilteredListView):
    """Meeting requests your organisations sent or received (organisers: all). POST asks for a meeting."""

    permission_classes = [IsAuthenticated]
    serializer_class = s.MeetingRequestSerializer
    # The requester's message and the recipient's reason are people's words: each read is audited.
    audit_kind = "api_meeting_request"
    personal_fields = MEETING_REQUEST_PERSONAL
    api_filters = (
        field_filter("status", "status", "Request status.", kind="choice", choices=RequestStatus.values),
        field_filter("event", "event__key", "The event's key."),
        Filter("direction", lambda qs, v: qs, "incoming or outgoing (for you).", "choice", ("incoming", "outgoing")),
    )
    api_ordering = ("created_at", "priority")
    default_ordering = ("-created_at", "-pk")

    def visible(self) -> QuerySet[MeetingRequest]:
        requests = requests_for_user(self.request.user)
        direction = self.request.query_params.get("direction")
        if direction == "incoming":
            requests = requests.filter(recipient_organisation__memberships__person=self.request.user)
        elif direction == "outgoing":
            requests = requests.filter(requester_organisation__memberships__person=self.request.user)
        return requests.distinct()

    @extend_schema(request=s.MeetingRequestCreateSerializer, responses={201: s.MeetingRequestSerializer})
    def post(self, request: Request) -> Response:
        no_query(request)
        form = s.MeetingRequestCreateSerializer(data=request.data)
        form.is_valid(raise_exception=True)
        data = form.validated_data
        user = request.user
        event = (
            events_visible_to(user)
            .filter(key=data["event"], ends_at__gte=timezone.now())
            .filter(status__in=[EventStatus.PREPARATION, EventStatus.PUBLISHED])
            .first()
        )
        problems: dict[str, list[str]] = {}
        if event is None:
            problems["event"] = [_("No upcoming event has this key.")]
        mine = Organisation.objects.filter(memberships__person=user, key=data["from_organisation"]).first()
        if mine is None:
            problems["from_organisation"] = [_("You can only ask on behalf of your own organisation.")]
        other = Organisation.objects.filter(key=data["to_organisation"]).first()
        if other is None:
            problems["to_organisation"] = [_("No organisation has this key.")]
        project = projects_visible_to(user).filter(key=data.get("project", "")).first() if "project" in data else None
        if "project" in data and project is None:
            problems["project"] = [_("No project you may see has this key.")]
        offer = offers_visible_to(user).filter(key=data.get("offer", "")).first() if "offer" in data else None
        if "offer" in data and offer is None:
            problems["offer"] = [_("No offer you may see has this key.")]
        if problems:
            raise ApiError("invalid", _("Some of the data sent is not valid."), fields=problems)
        assert event is not None
        assert mine is not None
        assert other is not None
        created = request_meeting(
            requester=user,
            event=event,
            from_organisation=mine,
            to_organisation=other,
            priority=int(data["priority"]),
            message=data["message"],
            project=project,
            offer=offer,
        )
        return Response(s.MeetingRequestSerializer(created).data, status=status.HTTP_201_CREATED)


def _request_for(request: Request, pk: int) -> MeetingRequest:
    found = requests_for_user(request.user).filter(pk=pk).first() if pk <= MAX_PK else None
    if found is None:
        raise ApiError("not_found", _("Not found."), 404)
    return found


class MeetingRequestDetail(DetailView):
    permission_classes = [IsAuthenticated]
    serializer_class = s.MeetingRequestSerializer
    audit_kind = "api_meeting_request"
    personal_fields = MEETING_REQUEST_PERSONAL

    def fetch(self) -> MeetingRequest:
        return _request_for(self.request, self.kwargs["pk"])


class MeetingRequestAccept(APIView):  # type: ignore[misc]  # DRF ships no types
    permission_classes = [IsAuthenticated]

    @extend_schema(request=None, responses={200: s.MeetingRequestSerializer})
    def post(self, request: Request, pk: int) -> Response:
        """Accept a pending request to your organisation (confirms the meeting; webhook meeting.confirmed)."""
        no_query(request)
        answered = accept_request(_request_for(request, pk), request.user)
        return Response(s.MeetingRequestSerializer(answered).data)


class MeetingRequestDecline(APIView):  # type: ignore[misc]  # DRF ships no types
    permission_classes = [IsAuthenticated]

    @extend_schema(request=s.DeclineSerializer, responses={200: s.MeetingRequestSerializer})
    def post(self, request: Request, pk: int) -> Response:
        """Decline a pending request to your organisation, with an optional reason."""
        no_query(request)
        form = s.DeclineSerializer(data=request.data)
        form.is_valid(raise_exception=True)
        answered = decline_request(_request_for(request, pk), request.user, form.validated_data["reason"])
        return Response(s.MeetingRequestSerializer(answered).data)


class MeetingRequestWithdraw(APIView):  # type: ignore[misc]  # DRF ships no types
    permission_classes = [IsAuthenticated]

    @extend_schema(request=None, responses={200: s.MeetingRequestSerializer})
    def post(self, request: Request, pk: int) -> Response:
        """Withdraw a request your organisation sent."""
        no_query(request)
        withdrawn = withdraw_request(_request_for(request, pk), request.user)
        return Response(s.MeetingRequestSerializer(withdrawn).data)


class Agenda(APIView):  # type: ignore[misc]  # DRF ships no types
    permission_classes = [IsAuthenticated]

    @extend_schema(responses={200: s.AgendaSerializer})
    def get(self, request: Request) -> Response:
        """Your agenda: the sessions you attend and your published 1:1 meetings (read-only)."""
        no_query(request)
        user = request.user
        language = get_language() or "en"
        sessions = [
            {
                "event": item.session.event.key,
                "key": item.session.key,
                "title": item.session.title,
                "starts_at": item.session.starts_at,
                "ends_at": item.session.ends_at,
                "online": item.session.online,
                "join_link": item.join_link,
            }
            for item in sessions_for_person(user)
        ]
        meetings = [
            {
                "request": meeting.request_id,
                "event": meeting.run.event.key,
                "starts_at": meeting.slot.starts_at,
                "ends_at": meeting.slot.ends_at,
                "mode": meeting.mode,
                "table": meeting.table,
                "counterpart": counterpart(meeting, user, language),
                "video_link": meeting.video_link,
            }
            for meeting in meetings_for_person(user)
        ]
        return Response(s.AgendaSerializer({"sessions": sessions, "meetings": meetings}).data)
