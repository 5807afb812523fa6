"""API lists and matches shared between readers who see only public rows: the same answer for
them, a reader's own hidden rows only for that reader, whichever came first, fresh after a change."""

from __future__ import annotations

import pytest

from qiao.core import translated
from tests.factories import MembershipFactory, OrganisationFactory, ProjectFactory, UserFactory

pytestmark = pytest.mark.django_db


def _keys(response) -> list[str]:
    assert response.status_code == 200, response.content
    return [item["key"] for item in response.json()["results"]]


def _member_with_hidden_project(api):
    organisation = OrganisationFactory()
    person = UserFactory(role="company")
    MembershipFactory(person=person, organisation=organisation)
    ProjectFactory(key="zz-hidden", organisation=organisation, visibility="private")
    return api(person)


def test_public_readers_share_pages_and_the_owner_of_a_hidden_project_does_not(api):
    for number in range(3):
        ProjectFactory(key=f"p-{number}")
    outsider, owner = api(UserFactory(role="company")), _member_with_hidden_project(api)

    before = outsider.get("/api/v1/projects/").json()
    mine = owner.get("/api/v1/projects/").json()
    after = api(UserFactory(role="expert")).get("/api/v1/projects/").json()

    assert [p["key"] for p in before["results"]] == ["p-0", "p-1", "p-2"]
    assert before["count"] == 3
    assert [p["key"] for p in mine["results"]] == ["p-0", "p-1", "p-2", "zz-hidden"]
    assert mine["count"] == 4
    assert after == before


def test_page_and_page_size_are_part_of_the_shared_answer(api):
    for number in range(5):
        ProjectFactory(key=f"p-{number}")
    reader = api(UserFactory())

    assert _keys(reader.get("/api/v1/projects/?page_size=2")) == ["p-0", "p-1"]
    second = reader.get("/api/v1/projects/?page_size=2&page=2").json()
    assert [p["key"] for p in second["results"]] == ["p-2", "p-3"]
    assert second["next"].endswith("page=3&page_size=2")
    assert second["count"] == 5
    assert _keys(reader.get("/api/v1/projects/?page=1")) == [f"p-{n}" for n in range(5)]
    assert reader.get("/api/v1/projects/?page=4&page_size=2").status_code == 404


def test_a_change_shows_at_once_and_a_filter_is_never_answered_from_the_shared_page(api):
    project = ProjectFactory(key="p-0", title=translated.make("de", de="Alt"))
    ProjectFactory(key="p-1", kind="technology")
    reader = api(UserFactory())
    assert reader.get("/api/v1/projects/").json()["results"][0]["title"]["de"] == "Alt"

    project.title = translated.make("de", de="Neu")
    project.save()

    assert reader.get("/api/v1/projects/").json()["results"][0]["title"]["de"] == "Neu"
    assert _keys(reader.get("/api/v1/projects/?kind=technology")) == ["p-1"]


def test_bad_parameters_still_get_their_message(api):
    reader = api(UserFactory())
    assert reader.get("/api/v1/projects/?page=0").status_code == 400
    assert reader.get("/api/v1/offers/?page_size=101").status_code == 400
