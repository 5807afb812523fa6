"""Declining an assignment with a reason, and the organiser's choice to reveal reviewers to the company."""

from __future__ import annotations

import pytest
from django.urls import reverse
from django.utils import translation

from qiao.core.models import AuditEntry
from qiao.notifications.models import Notification
from qiao.reviews.domain.requests import (
    ReviewError,
    assign,
    decline_assignment,
    propose_experts,
    request_review,
    set_reveal_reviewers,
)
from qiao.reviews.domain.reviewing import submit_review
from qiao.reviews.enums import AssignmentStatus
from qiao.reviews.models import Assignment
from tests.reviews.test_domain import values

pytestmark = pytest.mark.django_db


@pytest.fixture
def assigned(world):
    request = request_review(world["project"], world["officer"], world["deadline"])
    assignment = assign(request, world["laser"], world["officer"])
    return world | {"request": request, "assignment": assignment}


def _url(name, *args, language="en"):
    with translation.override(language):
        return reverse(f"reviews:{name}", args=args)


def test_decline_marks_the_assignment_and_notifies_the_requester(assigned):
    assigned["officer"].language = "de"
    assigned["officer"].save()

    decline_assignment(assigned["assignment"], assigned["laser"].person, "  Zu viele   Gutachten  ")

    assignment = Assignment.objects.get()
    (note,) = Notification.objects.filter(recipient=assigned["officer"])
    assert (assignment.status, assignment.decline_reason) == (AssignmentStatus.DECLINED, "Zu viele Gutachten")
    assert note.kind == "review_declined"
    assert "Zu viele Gutachten" in note.body
    assert note.url == _url("detail", assigned["request"].pk, language="de")
    assert AuditEntry.objects.filter(action="reviews.decline").count() == 1


def test_decline_without_reason_or_by_someone_else_is_refused_and_nothing_changes(assigned):
    with pytest.raises(ReviewError) as empty:
        decline_assignment(assigned["assignment"], assigned["laser"].person, "   ")
    with pytest.raises(ReviewError):
        decline_assignment(assigned["assignment"], assigned["textile"].person, "not mine")
    with pytest.raises(ReviewError):
        decline_assignment(assigned["assignment"], assigned["laser"].person, "x" * 501)

    assert list(empty.value.errors) == ["reason"]
    assert Assignment.objects.get().status == AssignmentStatus.ASSIGNED
    assert Notification.objects.count() == 0


def test_a_submitted_assignment_cannot_be_declined(assigned):
    submit_review(assigned["assignment"], assigned["laser"].person, values())

    with pytest.raises(ReviewError):
        decline_assignment(assigned["assignment"], assigned["laser"].person, "changed my mind")

    assert Assignment.objects.get().status == AssignmentStatus.SUBMITTED


def test_after_a_decline_another_expert_takes_the_slot(assigned, expert_engine):
    decline_assignment(assigned["assignment"], assigned["laser"].person, "Travelling")

    proposals = propose_experts(assigned["request"], wait=True)
    second = assign(assigned["request"], assigned["textile"], assigned["officer"])

    assert proposals is not None
    laser = next(p for p in proposals if p.expert == assigned["laser"])
    assert (laser.declined, laser.assignable) == (True, False)
    assert second.status == AssignmentStatus.ASSIGNED


def test_declining_on_the_page_hides_the_request_from_the_expert(client, assigned):
    client.force_login(assigned["laser"].person)

    response = client.post(_url("decline", assigned["assignment"].pk), {"reason": "Conflict of dates"})

    assert response.status_code == 302
    assert Assignment.objects.get().decline_reason == "Conflict of dates"
    assert client.get(_url("detail", assigned["request"].pk)).status_code == 404


def test_empty_reason_on_the_page_shows_an_error(client, assigned):
    client.force_login(assigned["laser"].person)

    response = client.post(_url("decline", assigned["assignment"].pk), {"reason": ""})

    assert response.status_code == 200
    assert "Give a reason." in response.content.decode()
    assert Assignment.objects.get().status == AssignmentStatus.ASSIGNED


def test_other_expert_cannot_decline_someone_elses_assignment(client, assigned):
    client.force_login(assigned["textile"].person)

    response = client.post(_url("decline", assigned["assignment"].pk), {"reason": "hijack"})

    assert response.status_code == 404
    assert Assignment.objects.get().status == AssignmentStatus.ASSIGNED


def test_company_sees_reviewer_names_only_after_the_organiser_reveals_them(client, assigned):
    submit_review(assigned["assignment"], assigned["laser"].person, values())
    client.force_login(assigned["company"])
    hidden = client.get(_url("detail", assigned["request"].pk)).content.decode()

    set_reveal_reviewers(assigned["request"], assigned["organiser"], True)
    shown = client.get(_url("detail", assigned["request"].pk)).content.decode()

    assert "Prof. Laser" not in hidden
    assert "Prof. Laser" in shown
    assert "Proven in series production." not in shown  # the names, not the individual reviews


def test_only_organisers_reveal_reviewers(client, assigned):
    with pytest.raises(ReviewError):
        set_reveal_reviewers(assigned["request"], assigned["officer"], True)
    client.force_login(assigned["officer"])

    response = client.post(_url("reveal", assigned["request"].pk), {"reveal": "1"})

    assigned["request"].refresh_from_db()
    assert response.status_code == 404
    assert assigned["request"].reveal_reviewers is False


def test_organiser_reveals_and_hides_on_the_page(client, assigned):
    client.force_login(assigned["organiser"])

    client.post(_url("reveal", assigned["request"].pk), {"reveal": "1"})
    assigned["request"].refresh_from_db()
    revealed = assigned["request"].reveal_reviewers
    client.post(_url("reveal", assigned["request"].pk), {"reveal": "0"})
    assigned["request"].refresh_from_db()

    assert (revealed, assigned["request"].reveal_reviewers) == (True, False)
    assert AuditEntry.objects.filter(action="reviews.reveal").count() == 2
