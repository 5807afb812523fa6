"""The dashboards do not issue one query per row (1 item vs 3 items)."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from qiao.meetings.domain.requests import request_meeting
from tests.factories import EventFactory, MembershipFactory, OrganisationFactory, ProjectFactory, UserFactory
from tests.workspaces.conftest import organisation_of

pytestmark = pytest.mark.django_db


def _queries(client, user):
    client.force_login(user)
    with CaptureQueriesContext(connection) as captured:
        assert client.get("/en/workspace/").status_code == 200
    return len(captured)


def _add_rows(company, event, n):
    for _ in range(n):
        ProjectFactory(organisation=organisation_of(company), moderation="submitted")
        district = OrganisationFactory(country="CN", kind="park")
        officer = MembershipFactory(person=UserFactory(role="officer"), organisation=district).person
        request_meeting(
            requester=officer, event=event, from_organisation=district, to_organisation=organisation_of(company)
        )


def test_company_dashboard_query_count_does_not_grow_with_rows(client, company):
    event = EventFactory()
    _add_rows(company, event, 1)
    one = _queries(client, company)
    _add_rows(company, event, 2)

    assert _queries(client, company) == one


def test_organiser_dashboard_query_count_does_not_grow_with_queue(client, organiser, company):
    EventFactory()
    ProjectFactory(moderation="submitted")
    one = _queries(client, organiser)
    ProjectFactory(moderation="submitted")
    ProjectFactory(moderation="submitted")

    assert _queries(client, organiser) == one
