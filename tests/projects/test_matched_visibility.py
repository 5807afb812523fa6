"""'Matched parties only' projects: seen by the company's accepted partners, nobody else outside it (issue 9)."""

from __future__ import annotations

from typing import Any

import pytest
from django.contrib.auth.models import AnonymousUser
from django.db import connection
from django.test.utils import CaptureQueriesContext

from qiao.meetings.models import MeetingRequest
from qiao.projects.access import (
    offers_of_member,
    offers_visible_to,
    projects_of_member,
    projects_visible_to,
    public_projects,
)
from tests.api.conftest import client_for
from tests.factories import (
    EventFactory,
    MembershipFactory,
    OfferFactory,
    OrganisationFactory,
    ProjectFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db

MATCHED_HINT = "Matched parties only: shown to the company"


@pytest.fixture
def owner(company):
    return MembershipFactory(organisation=company, person__role="company").person


@pytest.fixture
def matched(company):
    return ProjectFactory(organisation=company, visibility="matched")


def _request(asking: Any, asked: Any, status: str, by: Any = None, event: Any = None) -> MeetingRequest:
    """A meeting request from `asking` to `asked` in this state (answered by `by` unless pending)."""
    requester = by or MembershipFactory(organisation=asking).person
    return MeetingRequest.objects.create(
        event=event or EventFactory(),
        requester=requester,
        requester_organisation=asking,
        recipient_organisation=asked,
        status=status,
        answered_by=None if status == "pending" else requester,
    )


def _sees(user: Any, project: Any) -> bool:
    return projects_visible_to(user).filter(pk=project.pk).exists()


def test_partner_the_company_accepted_sees_page_list_and_api(client, district, officer, company, owner, matched):
    _request(district, company, "accepted", by=officer)
    client.force_login(officer)

    page = client.get(f"/en/projects/{matched.key}/")
    listed = client.get("/en/projects/")
    api = client_for(officer)

    assert page.status_code == 200
    assert matched in list(listed.context["page"].object_list)
    assert matched.key in [item["key"] for item in api.get("/api/v1/projects/").json()["results"]]
    assert api.get(f"/api/v1/projects/{matched.key}/").json()["key"] == matched.key


def test_request_the_company_sent_and_the_district_accepted_also_counts(district, officer, company, owner, matched):
    _request(company, district, "accepted", by=owner)

    assert _sees(officer, matched)


@pytest.mark.parametrize("status", ["pending", "declined", "withdrawn"])
def test_request_not_standing_accepted_grants_nothing(client, status, district, officer, company, matched):
    _request(district, company, status, by=officer)
    client.force_login(officer)

    assert not _sees(officer, matched)
    assert client.get(f"/en/projects/{matched.key}/").status_code == 404
    assert client_for(officer).get(f"/api/v1/projects/{matched.key}/").status_code == 404


def test_other_district_and_partners_of_other_companies_do_not_see_it(district, company, matched):
    _request(district, company, "accepted")
    other_district = OrganisationFactory(kind="government", country="CN")
    other_officer = MembershipFactory(organisation=other_district, person__role="officer").person
    # Accepted partner of another company only: that does not open this company's projects.
    _request(other_district, OrganisationFactory(kind="company"), "accepted", by=other_officer)

    assert not _sees(other_officer, matched)


def test_anonymous_and_visitor_do_not_see_it(client, district, company, matched):
    _request(district, company, "accepted")
    visitor = UserFactory(role="visitor")

    assert not _sees(AnonymousUser(), matched)
    assert not _sees(visitor, matched)
    assert client.get(f"/en/projects/{matched.key}/").status_code == 404
    assert client_for().get(f"/api/v1/projects/{matched.key}/").status_code == 404


def test_private_project_stays_with_owner_and_organisers(district, officer, company, owner):
    private = ProjectFactory(organisation=company, visibility="private")
    _request(district, company, "accepted", by=officer)

    assert not _sees(officer, private)
    assert _sees(owner, private)
    assert _sees(UserFactory(role="organiser"), private)


@pytest.mark.parametrize(
    "state", [{"stage": "draft"}, {"stage": "withdrawn"}, {"moderation": "submitted"}, {"moderation": "rejected"}]
)
def test_partner_sees_matched_project_only_once_it_is_published(state, district, officer, company, owner):
    unpublished = ProjectFactory(organisation=company, visibility="matched", **state)
    _request(district, company, "accepted", by=officer)

    assert not _sees(officer, unpublished)
    assert _sees(owner, unpublished)


def test_partner_may_not_edit_the_project(client, district, officer, company, matched):
    _request(district, company, "accepted", by=officer)
    client.force_login(officer)

    assert client.get(f"/en/workspace/projects/{matched.key}/edit/").status_code == 404


def test_no_duplicates_for_two_organisations_and_several_accepted_requests(company, owner, matched):
    public = ProjectFactory(organisation=company, visibility="public")
    officer = UserFactory(role="officer")
    first, second = OrganisationFactory(kind="government"), OrganisationFactory(kind="park")
    own = []
    for organisation in (first, second):
        MembershipFactory(person=officer, organisation=organisation)
        _request(organisation, company, "accepted", by=officer)
        _request(company, organisation, "accepted", by=owner)
        own.append(ProjectFactory(organisation=organisation, visibility="private"))
    offers = [OfferFactory(organisation=first), OfferFactory(organisation=second, published=False)]

    keys = list(projects_visible_to(officer).filter(organisation=company).values_list("key", flat=True))
    api = client_for(officer).get("/api/v1/projects/", {"organisation": company.key}).json()

    assert keys == sorted([matched.key, public.key])
    assert sorted(item["key"] for item in api["results"]) == keys
    own_keys = sorted(project.key for project in own)
    assert list(
        projects_visible_to(officer).filter(organisation__in=[first, second]).values_list("key", flat=True)
    ) == (own_keys)
    assert projects_of_member(officer).count() == 2
    assert list(projects_of_member(officer).values_list("key", flat=True)) == own_keys
    assert offers_of_member(officer).count() == 2
    assert offers_visible_to(officer).filter(pk__in=[offer.pk for offer in offers]).count() == 2


def test_matched_project_never_in_the_public_exhibition(client, district, company, matched):
    _request(district, company, "accepted")
    stranger = MembershipFactory(organisation=OrganisationFactory(kind="government"), person__role="officer").person
    client.force_login(stranger)

    assert matched not in list(public_projects())
    assert matched not in list(client.get("/en/projects/").context["page"].object_list)


def test_lists_need_no_distinct_and_no_join_with_memberships(district, officer, company, matched):
    _request(district, company, "accepted", by=officer)

    with CaptureQueriesContext(connection) as queries:
        list(projects_visible_to(officer))
        list(offers_visible_to(officer))
        list(projects_of_member(officer))
        list(offers_of_member(officer))

    sql = [query["sql"].upper() for query in queries.captured_queries]
    assert len(sql) == 4
    assert not [query for query in sql if "DISTINCT" in query]
    # The only join is the organisation (select_related); memberships are read in subqueries.
    assert [query.count(" JOIN ") for query in sql] == [1, 1, 1, 1]


def test_visibility_hint_explains_who_sees_a_matched_project(client, owner, company, matched):
    public = ProjectFactory(organisation=company, visibility="public")
    client.force_login(owner)

    assert MATCHED_HINT in client.get(f"/en/projects/{matched.key}/").content.decode()
    assert MATCHED_HINT not in client.get(f"/en/projects/{public.key}/").content.decode()
    assert "Nur für Partner" in client.get(f"/de/projects/{matched.key}/").content.decode()


def test_public_part_plus_the_readers_part_is_what_they_see_and_count(client, district, officer, company, owner):
    from django.contrib.auth.models import AnonymousUser

    from qiao.projects.access import count_visible_projects, projects_beyond_public

    _request(district, company, "accepted", by=officer)
    ProjectFactory(organisation=company, visibility="matched")  # the officer's company is a partner
    ProjectFactory(organisation=company, visibility="private")
    ProjectFactory.create_batch(3, visibility="public")
    organiser = UserFactory(role="organiser", is_staff=True)
    for person in (officer, owner, organiser, UserFactory(role="visitor"), AnonymousUser()):
        visible = set(projects_visible_to(person))
        assert set(public_projects()) | set(projects_beyond_public(person)) == visible
        assert count_visible_projects(person) == len(visible)
    client.force_login(owner)
    before = client.get("/en/projects/").context["page"].paginator.count
    ProjectFactory(visibility="public")  # renews the shared public count
    after = client.get("/en/projects/").context["page"].paginator.count

    assert after == before + 1 == len(projects_visible_to(owner))
