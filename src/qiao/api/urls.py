"""The REST API, version 1, without a language prefix (Accept-Language picks the messages' language)."""

from django.urls import URLPattern, URLResolver, path, re_path

from qiao.api import docs
from qiao.api.errors import not_found
from qiao.api.views import catalogue, meetings, trade, work

app_name = "api"
urlpatterns: list[URLPattern | URLResolver] = [
    path("openapi.json", docs.schema_view, name="schema"),
    path("docs/", docs.docs_page, name="docs"),
    path("organisations/", catalogue.OrganisationList.as_view(), name="organisations"),
    path("organisations/<slug:key>/", catalogue.OrganisationDetail.as_view(), name="organisation"),
    path("events/", catalogue.EventList.as_view(), name="events"),
    path("events/<slug:key>/", catalogue.EventDetail.as_view(), name="event"),
    path("projects/", catalogue.ProjectList.as_view(), name="projects"),
    path("projects/<slug:key>/", catalogue.ProjectDetail.as_view(), name="project"),
    path("projects/<slug:key>/matches/", catalogue.ProjectMatches.as_view(), name="project_matches"),
    path("offers/", catalogue.OfferList.as_view(), name="offers"),
    path("offers/<slug:key>/", catalogue.OfferDetail.as_view(), name="offer"),
    path("offers/<slug:key>/matches/", catalogue.OfferMatches.as_view(), name="offer_matches"),
    path("meeting-requests/", meetings.MeetingRequestList.as_view(), name="meeting_requests"),
    path("meeting-requests/<int:pk>/", meetings.MeetingRequestDetail.as_view(), name="meeting_request"),
    path("meeting-requests/<int:pk>/accept/", meetings.MeetingRequestAccept.as_view(), name="meeting_request_accept"),
    path(
        "meeting-requests/<int:pk>/decline/", meetings.MeetingRequestDecline.as_view(), name="meeting_request_decline"
    ),
    path(
        "meeting-requests/<int:pk>/withdraw/",
        meetings.MeetingRequestWithdraw.as_view(),
        name="meeting_request_withdraw",
    ),
    path("agenda/", meetings.Agenda.as_view(), name="agenda"),
    path("agreements/", work.AgreementList.as_view(), name="agreements"),
    path("agreements/<slug:key>/", work.AgreementDetail.as_view(), name="agreement"),
    path("cases/", work.CaseList.as_view(), name="cases"),
    path("cases/<int:pk>/", work.CaseDetail.as_view(), name="case"),
    path("cases/<int:pk>/move/", work.CaseMove.as_view(), name="case_move"),
    path("review-requests/", work.ReviewRequestList.as_view(), name="review_requests"),
    path("review-requests/<int:pk>/", work.ReviewRequestDetail.as_view(), name="review_request"),
    path("trade/series/", trade.TradePairList.as_view(), name="trade_pairs"),
    path("trade/series/<slug:reporter>/<slug:partner>/", trade.TradeSeries.as_view(), name="trade_series"),
    # Anything else under /api/v1/ answers in the API's error shape.
    re_path(r"^.*$", not_found, name="not_found"),
]
