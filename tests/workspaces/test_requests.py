"""Meeting requests answered from the workspace."""

import pytest

from qiao.meetings.domain.requests import request_meeting
from tests.factories import UserFactory
from tests.workspaces.conftest import organisation_of

pytestmark = pytest.mark.django_db


@pytest.fixture
def request_to_officer(company, officer, event):
    return request_meeting(
        requester=company,
        event=event,
        from_organisation=organisation_of(company),
        to_organisation=organisation_of(officer),
    )


def test_officer_sees_request_in_and_accepts_it(client, officer, request_to_officer):
    client.force_login(officer)
    assert "Waiting for an answer" in client.get("/en/workspace/").content.decode()

    response = client.post(f"/en/workspace/requests/{request_to_officer.pk}/accept/")

    assert response.status_code == 302
    request_to_officer.refresh_from_db()
    assert (request_to_officer.status, request_to_officer.answered_by) == ("accepted", officer)


def test_officer_declines_with_reason(client, officer, request_to_officer):
    client.force_login(officer)

    client.post(f"/en/workspace/requests/{request_to_officer.pk}/decline/", {"reason": "No land left"})

    request_to_officer.refresh_from_db()
    assert (request_to_officer.status, request_to_officer.reason) == ("declined", "No land left")


def test_requester_cannot_accept_own_request_and_gets_a_message(client, company, request_to_officer):
    client.force_login(company)

    response = client.post(f"/en/workspace/requests/{request_to_officer.pk}/accept/", follow=True)

    request_to_officer.refresh_from_db()
    assert request_to_officer.status == "pending"
    assert "Only the invited organisation can answer this request." in response.content.decode()


def test_requester_withdraws(client, company, request_to_officer):
    client.force_login(company)

    client.post(f"/en/workspace/requests/{request_to_officer.pk}/withdraw/")

    request_to_officer.refresh_from_db()
    assert request_to_officer.status == "withdrawn"


def test_outsider_gets_404_for_someone_elses_request(client, request_to_officer):
    client.force_login(UserFactory(role="company"))

    response = client.post(f"/en/workspace/requests/{request_to_officer.pk}/accept/")

    assert response.status_code == 404
    request_to_officer.refresh_from_db()
    assert request_to_officer.status == "pending"


def test_unknown_answer_is_404(client, officer, request_to_officer):
    client.force_login(officer)

    assert client.post(f"/en/workspace/requests/{request_to_officer.pk}/maybe/").status_code == 404
