"""Reading personal data through the API writes one audit row per object shown, in one insert."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from qiao.api import urls as api_urls
from qiao.api.views.base import AuditedRead
from qiao.core.domain import audit
from qiao.core.models import AuditEntry
from qiao.meetings.models import MeetingRequest

pytestmark = pytest.mark.django_db

# Field names that carry people's data; an operation showing one must declare it (AuditedRead).
PERSONAL_NAMES = {"message", "reason", "email", "contact_email", "contact_name", "phone", "requester", "answered_by"}


def _request(world, to, message):
    return MeetingRequest.objects.create(
        event=world.event,
        requester=world.company_rep,
        requester_organisation=world.company,
        recipient_organisation=to,
        message=message,
    )


def _reads():
    return [
        (entry.actor.username if entry.actor else None, entry.object_type, entry.object_id, entry.data)
        for entry in AuditEntry.objects.filter(action=audit.READ_ACTION).order_by("object_id")
    ]


def _audit_inserts(queries):
    return [q["sql"] for q in queries if q["sql"].startswith("INSERT") and "core_auditentry" in q["sql"]]


def test_listing_meeting_requests_audits_each_one_shown_in_one_insert(world, api):
    first = _request(world, world.district_a, "Hello from Hamburg")
    second = _request(world, world.district_b, "Guten Tag")
    client = api(world.company_rep)

    with CaptureQueriesContext(connection) as queries:
        response = client.get("/api/v1/meeting-requests/")

    assert response.status_code == 200
    assert {r["message"] for r in response.json()["results"]} == {"Hello from Hamburg", "Guten Tag"}
    data = {"kind": "api_meeting_request", "fields": ["message", "reason"]}
    assert _reads() == sorted(
        [
            ("rep", "meetings.meetingrequest", str(first.pk), data),
            ("rep", "meetings.meetingrequest", str(second.pk), data),
        ],
        key=lambda row: row[2],
    )
    assert len(_audit_inserts(queries.captured_queries)) == 1


def test_only_the_page_shown_is_audited(world, api):
    _request(world, world.district_a, "one")
    _request(world, world.district_b, "two")

    response = api(world.company_rep).get("/api/v1/meeting-requests/?page_size=1")

    shown = [r["id"] for r in response.json()["results"]]
    assert len(shown) == 1
    assert [row[2] for row in _reads()] == [str(shown[0])]


def test_reading_one_meeting_request_audits_it(world, api):
    found = _request(world, world.district_a, "Hello")

    response = api(world.officer_a).get(f"/api/v1/meeting-requests/{found.pk}/")

    assert response.status_code == 200
    assert _reads() == [
        (
            "officer-a",
            "meetings.meetingrequest",
            str(found.pk),
            {"kind": "api_meeting_request", "fields": ["message", "reason"]},
        )
    ]


def test_refused_and_missing_reads_write_no_audit_row(world, api):
    found = _request(world, world.district_a, "Hello")

    hidden = api(world.officer_b).get(f"/api/v1/meeting-requests/{found.pk}/")
    missing = api(world.officer_a).get(f"/api/v1/meeting-requests/{found.pk + 1000}/")
    anonymous = api().get(f"/api/v1/meeting-requests/{found.pk}/")
    bad_query = api(world.officer_a).get("/api/v1/meeting-requests/?colour=red")

    assert [hidden.status_code, missing.status_code, anonymous.status_code] == [404, 404, 401]
    assert bad_query.status_code == 400
    assert _reads() == []


def test_an_empty_list_writes_no_audit_row(world, api):
    _request(world, world.district_a, "Hello")

    response = api(world.visitor).get("/api/v1/meeting-requests/")

    assert response.json()["results"] == []
    assert _reads() == []


@pytest.mark.parametrize(
    "path",
    ["/api/v1/projects/", "/api/v1/projects/public-project/", "/api/v1/organisations/", "/api/v1/cases/"],
)
def test_operations_without_personal_data_write_no_audit_row(world, api, path):
    _request(world, world.district_a, "Hello")

    response = api(world.organiser).get(path)

    assert response.status_code == 200
    assert _reads() == []


def _read_views():
    for pattern in api_urls.urlpatterns:
        view = getattr(pattern.callback, "view_class", None)
        serializer = getattr(view, "serializer_class", None)
        if view is not None and serializer is not None:
            yield pattern.name, view, set(serializer().fields)


def test_every_operation_showing_personal_fields_declares_them():
    declared = {}
    for name, view, fields in _read_views():
        personal = fields & PERSONAL_NAMES
        if personal:
            assert issubclass(view, AuditedRead), name
            assert view.audit_kind, name
            assert set(view.personal_fields) == personal, name
            declared[name] = view.audit_kind
        else:
            assert not getattr(view, "audit_kind", ""), name

    assert declared == {"meeting_requests": "api_meeting_request", "meeting_request": "api_meeting_request"}
