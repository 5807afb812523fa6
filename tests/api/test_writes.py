"""Writes go through the domain verbs and the rules: case moves and meeting requests."""

from __future__ import annotations

import pytest

from qiao.core.models import AuditEntry
from qiao.meetings.models import MeetingRequest
from qiao.pipeline.models import Case

pytestmark = pytest.mark.django_db


def move(client, case, **data):
    return client.post(f"/api/v1/cases/{case.pk}/move/", data, format="json")


def test_district_officer_moves_a_case(world, api):
    response = move(api(world.officer_a), world.case_a, to_stage="contacted", version=1)

    assert response.status_code == 200
    assert response.json()["stage"] == "contacted"
    assert [h["to_stage"] for h in response.json()["history"]] == ["lead", "contacted"]
    assert AuditEntry.objects.filter(action="pipeline.case_moved", object_id=str(world.case_a.pk)).count() == 1


def test_company_rep_may_see_but_not_move_a_case(world, api):
    response = move(api(world.company_rep), world.case_a, to_stage="contacted", version=1)

    assert response.status_code == 403
    assert response.json()["code"] == "permission_denied"
    assert Case.objects.get(pk=world.case_a.pk).stage == "lead"


def test_other_district_cannot_reach_the_case(world, api):
    assert move(api(world.officer_b), world.case_a, to_stage="contacted", version=1).status_code == 404


def test_stale_version_is_a_conflict(world, api):
    client = api(world.officer_a)
    move(client, world.case_a, to_stage="contacted", version=1)

    response = move(client, world.case_a, to_stage="met", version=1)

    assert response.status_code == 409
    assert response.json()["code"] == "pipeline.version"


def test_skipping_a_stage_is_refused_with_the_domain_message(world, api):
    response = move(api(world.officer_a, language="de"), world.case_a, to_stage="met", version=1)

    assert response.status_code == 400
    assert response.json()["code"] == "pipeline.stage"
    assert "Kontaktiert" in response.json()["message"] or "kommt später" in response.json()["message"]


def test_missing_fields_are_listed(world, api):
    response = move(api(world.officer_a), world.case_a)

    assert response.status_code == 400
    assert response.json()["code"] == "invalid"
    assert sorted(response.json()["fields"]) == ["to_stage", "version"]


def ask(client, world, **extra):
    data = {"event": "summit", "from_organisation": "company", "to_organisation": "district-a", **extra}
    return client.post("/api/v1/meeting-requests/", data, format="json")


def test_company_asks_and_district_accepts(world, api):
    asked = ask(api(world.company_rep), world, priority=3, project="public-project")
    pk = asked.json()["id"]

    accepted = api(world.officer_a).post(f"/api/v1/meeting-requests/{pk}/accept/")

    assert asked.status_code == 201
    assert asked.json()["project"] == "public-project"
    assert accepted.status_code == 200
    assert accepted.json()["status"] == "accepted"
    assert AuditEntry.objects.filter(action="meeting_request.accepted", object_id=str(pk)).count() == 1


def test_asker_cannot_accept_its_own_request(world, api):
    client = api(world.company_rep)
    pk = ask(client, world).json()["id"]

    response = client.post(f"/api/v1/meeting-requests/{pk}/accept/")

    assert response.status_code == 403
    assert response.json()["code"] == "meeting_request.not_recipient"
    assert MeetingRequest.objects.get(pk=pk).status == "pending"


def test_declined_request_cannot_be_accepted(world, api):
    pk = ask(api(world.company_rep), world).json()["id"]
    officer = api(world.officer_a)
    officer.post(f"/api/v1/meeting-requests/{pk}/decline/", {"reason": "Full"}, format="json")

    response = officer.post(f"/api/v1/meeting-requests/{pk}/accept/")

    assert response.status_code == 409
    assert response.json()["code"] == "meeting_request.illegal_transition"


def test_asking_for_another_organisation_is_refused(world, api):
    response = ask(api(world.visitor), world)

    assert response.status_code == 400
    assert list(response.json()["fields"]) == ["from_organisation"]
    assert MeetingRequest.objects.count() == 0


def test_meeting_requests_are_visible_to_both_sides_only(world, api):
    pk = ask(api(world.company_rep), world).json()["id"]

    assert api(world.officer_a).get(f"/api/v1/meeting-requests/{pk}/").status_code == 200
    assert api(world.officer_b).get(f"/api/v1/meeting-requests/{pk}/").status_code == 404
    incoming = api(world.officer_a).get("/api/v1/meeting-requests/?direction=incoming").json()
    assert [r["id"] for r in incoming["results"]] == [pk]


def test_agenda_lists_nothing_for_a_new_person(world, api):
    response = api(world.visitor).get("/api/v1/agenda/")

    assert response.json() == {"sessions": [], "meetings": []}
