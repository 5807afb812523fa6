"""One error shape in the request's language; pagination, filters and ordering, with bad input → 400."""

from __future__ import annotations

import pytest

from tests.factories import ProjectFactory

pytestmark = pytest.mark.django_db


def test_error_body_has_code_message_and_fields(world, api):
    response = api().get("/api/v1/projects/?page_size=500")

    assert response.status_code == 400
    body = response.json()
    assert set(body) == {"code", "message", "fields"}
    assert body["code"] == "invalid_parameter"
    assert list(body["fields"]) == ["page_size"]


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("de", "Unbekannter Abfrageparameter: colour."),
        ("zh-Hans", "未知的查询参数：colour。"),
        ("en", "Unknown query parameter: colour."),
    ],
)
def test_error_message_follows_accept_language(world, api, language, expected):
    response = api(language=language).get("/api/v1/projects/?colour=red")

    assert response.status_code == 400
    assert response.json()["code"] == "unknown_parameter"
    assert response.json()["message"] == expected


def test_drf_messages_are_translated_too(world, api):
    response = api(language="de").get("/api/v1/cases/")

    assert response.status_code == 401
    assert response.json()["message"] == "Anmeldedaten fehlen."


def test_unknown_path_answers_in_the_error_shape(api):
    response = api().get("/api/v1/no-such-thing/")

    assert response.status_code == 404
    assert response.json()["code"] == "not_found"


def test_pagination_pages_through_results(world, api):
    for n in range(5):
        ProjectFactory(key=f"extra-{n}")
    client = api()

    first = client.get("/api/v1/projects/?page_size=2").json()
    third = client.get("/api/v1/projects/?page_size=2&page=3").json()

    assert first["count"] == 6
    assert [p["key"] for p in first["results"]] == ["extra-0", "extra-1"]
    assert [p["key"] for p in third["results"]] == ["extra-4", "public-project"]
    assert third["next"] is None


@pytest.mark.parametrize("query", ["page=0", "page=abc", "page_size=0", "page_size=101", "page=%C2%B2"])
def test_bad_pagination_is_400(world, api, query):
    response = api().get(f"/api/v1/projects/?{query}")

    assert response.status_code == 400
    assert response.json()["code"] == "invalid_parameter"


def test_page_past_the_end_is_404(world, api):
    response = api().get("/api/v1/projects/?page=9")

    assert response.status_code == 404
    assert response.json()["code"] == "page_not_found"


def test_filter_narrows_the_list(world, api):
    ProjectFactory(key="other-project")

    response = api().get("/api/v1/projects/?organisation=company")

    assert [p["key"] for p in response.json()["results"]] == ["public-project"]


@pytest.mark.parametrize("query", ["stage=flying", "organisation=bad%20key", "verified=yes", "stage=lead&stage=met"])
def test_invalid_filter_value_is_400_naming_the_parameter(world, api, query):
    path = "/api/v1/organisations/" if query.startswith("verified") else "/api/v1/projects/"

    response = api().get(f"{path}?{query}")

    assert response.status_code == 400
    assert response.json()["code"] == "invalid_parameter"
    assert list(response.json()["fields"]) == [query.split("=")[0]]


def test_ordering_follows_the_whitelist(world, api):
    ascending = api().get("/api/v1/organisations/?ordering=key").json()["results"]
    descending = api().get("/api/v1/organisations/?ordering=-key").json()["results"]

    assert [o["key"] for o in descending] == [o["key"] for o in reversed(ascending)]


def test_ordering_by_a_field_not_listed_is_400(world, api):
    response = api().get("/api/v1/organisations/?ordering=description")

    assert response.status_code == 400
    assert list(response.json()["fields"]) == ["ordering"]


def test_translated_texts_are_given_per_language(world, api):
    project = api().get("/api/v1/projects/public-project/").json()

    assert set(project["title"]) == {"de"}


def test_nul_characters_are_refused_before_reaching_the_database(world, api):
    listed = api().get("/api/v1/projects/?organisation=a%00b")
    asked = api(world.company_rep).post(
        "/api/v1/meeting-requests/",
        {"event": "summit", "from_organisation": "company", "to_organisation": "district-a", "message": "a\x00b"},
        format="json",
    )

    assert listed.status_code == 400
    assert asked.status_code == 400
    assert list(asked.json()["fields"]) == ["message"]


def test_huge_ids_are_not_found(world, api):
    response = api(world.organiser).get(f"/api/v1/cases/{2**70}/")

    assert response.status_code == 404
    assert response.json()["code"] == "not_found"
