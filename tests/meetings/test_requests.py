import pytest
from django.utils import translation

from qiao.core.models import AuditEntry
from qiao.meetings.access import incoming_for_user, outgoing_for_user, requests_for_user
from qiao.meetings.domain.requests import (
    MeetingRequestError,
    accept_request,
    decline_request,
    request_meeting,
    withdraw_request,
)
from tests.factories import EventFactory, MembershipFactory, OrganisationFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def sides():
    company = MembershipFactory(person=UserFactory(role="company")).person
    officer = MembershipFactory(
        person=UserFactory(role="officer"), organisation=OrganisationFactory(country="CN", kind="government")
    ).person
    return {
        "event": EventFactory(),
        "company": company,
        "company_org": company.memberships.get().organisation,
        "officer": officer,
        "district": officer.memberships.get().organisation,
    }


def _ask(sides, **extra):
    return request_meeting(
        requester=sides["company"],
        event=sides["event"],
        from_organisation=sides["company_org"],
        to_organisation=sides["district"],
        **extra,
    )


def test_request_then_accept_records_who_and_audits_both(sides):
    request = _ask(sides, priority=3, message="  Let us meet about land in Binhai.  ")

    accepted = accept_request(request, by=sides["officer"])

    assert (accepted.status, accepted.answered_by, accepted.message) == (
        "accepted",
        sides["officer"],
        "Let us meet about land in Binhai.",
    )
    assert list(AuditEntry.objects.order_by("id").values_list("action", flat=True)) == [
        "meeting_request.created",
        "meeting_request.accepted",
    ]


def test_decline_keeps_reason(sides):
    declined = decline_request(_ask(sides), by=sides["officer"], reason="No land left this year")

    assert (declined.status, declined.reason) == ("declined", "No land left this year")


def test_only_recipient_can_answer(sides):
    request = _ask(sides)

    with pytest.raises(MeetingRequestError) as error:
        accept_request(request, by=sides["company"])

    assert error.value.code == "not_recipient"


def test_declined_request_cannot_be_accepted_and_message_is_in_german(sides):
    request = decline_request(_ask(sides), by=sides["officer"])

    with translation.override("de"):
        with pytest.raises(MeetingRequestError) as error:
            accept_request(request, by=sides["officer"])

        assert error.value.code == "illegal_transition"
        assert "Abgelehnt" in str(error.value)


def test_duplicate_open_request_is_refused_but_allowed_after_withdrawal(sides):
    first = _ask(sides)
    with pytest.raises(MeetingRequestError) as error:
        _ask(sides)
    withdraw_request(first, by=sides["company"])

    second = _ask(sides)

    assert error.value.code == "duplicate"
    assert second.status == "pending"


def test_request_with_own_organisation_is_refused(sides):
    with pytest.raises(MeetingRequestError) as error:
        request_meeting(
            requester=sides["company"],
            event=sides["event"],
            from_organisation=sides["company_org"],
            to_organisation=sides["company_org"],
        )

    assert error.value.code == "self"


def test_cannot_ask_for_an_organisation_one_is_not_member_of(sides):
    with pytest.raises(MeetingRequestError) as error:
        request_meeting(
            requester=sides["officer"],
            event=sides["event"],
            from_organisation=sides["company_org"],
            to_organisation=sides["district"],
        )

    assert error.value.code == "not_member"


def test_unknown_priority_is_refused(sides):
    with pytest.raises(MeetingRequestError) as error:
        _ask(sides, priority=7)

    assert error.value.code == "priority"


def test_lists_in_and_out_per_person_and_hidden_from_others(sides):
    request = _ask(sides)
    outsider = UserFactory(role="company")

    assert list(outgoing_for_user(sides["company"])) == [request]
    assert list(incoming_for_user(sides["officer"])) == [request]
    assert list(incoming_for_user(sides["company"])) == []
    assert list(requests_for_user(outsider)) == []
    assert list(requests_for_user(UserFactory(role="organiser"))) == [request]
