"""Every endpoint fetches through the apps' chokepoints: each role sees exactly what the pages show it."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.django_db


def keys(response, field="key"):
    assert response.status_code == 200, response.content
    return sorted(item[field] for item in response.json()["results"])


def test_anonymous_sees_only_public_projects(world, api):
    assert keys(api().get("/api/v1/projects/")) == ["public-project"]
    assert api().get("/api/v1/projects/private-project/").status_code == 404


def test_member_sees_own_private_project(world, api):
    rep = api(world.company_rep)

    assert keys(rep.get("/api/v1/projects/")) == ["private-project", "public-project"]
    assert rep.get("/api/v1/projects/private-project/").json()["key"] == "private-project"


def test_organiser_sees_every_project(world, api):
    assert keys(api(world.organiser).get("/api/v1/projects/")) == ["private-project", "public-project"]


def test_district_sees_only_its_own_cases(world, api):
    officer = api(world.officer_a)

    assert keys(officer.get("/api/v1/cases/"), "id") == [world.case_a.pk]
    assert officer.get(f"/api/v1/cases/{world.case_b.pk}/").status_code == 404
    assert officer.get(f"/api/v1/cases/{world.case_a.pk}/").json()["district"] == "district-a"


def test_company_sees_the_cases_of_its_projects(world, api):
    assert keys(api(world.company_rep).get("/api/v1/cases/"), "id") == sorted([world.case_a.pk, world.case_b.pk])


def test_visitor_sees_no_cases_and_anonymous_must_sign_in(world, api):
    assert keys(api(world.visitor).get("/api/v1/cases/"), "id") == []
    assert api().get("/api/v1/cases/").status_code == 401


def test_expert_sees_only_assigned_review_requests(world, api):
    expert = api(world.expert_person)

    assert keys(expert.get("/api/v1/review-requests/"), "id") == [world.review_assigned.pk]
    assert expert.get(f"/api/v1/review-requests/{world.review_other.pk}/").status_code == 404


def test_organiser_sees_all_review_requests(world, api):
    listed = keys(api(world.organiser).get("/api/v1/review-requests/"), "id")

    assert listed == sorted([world.review_assigned.pk, world.review_other.pk])


def test_anonymous_sees_only_signed_intents(world, api):
    assert keys(api().get("/api/v1/agreements/")) == ["signed-intent"]
    assert api().get("/api/v1/agreements/draft-contract/").status_code == 404


def test_party_member_sees_its_unsigned_agreement(world, api):
    response = api(world.officer_a).get("/api/v1/agreements/draft-contract/")

    assert response.status_code == 200
    assert response.json()["parties"] == ["company", "district-a"]


def test_organisations_and_offers_are_public(world, api):
    assert "district-a" in keys(api().get("/api/v1/organisations/"))
    assert keys(api().get("/api/v1/offers/")) == ["park-offer"]


def test_draft_events_are_hidden_from_everyone_but_organisers(world, api):
    world.event.status = "draft"
    world.event.save()

    assert keys(api().get("/api/v1/events/")) == []
    assert keys(api(world.organiser).get("/api/v1/events/")) == ["summit"]
