"""The organisers' approval queue: who may see it, and what approving or rejecting does."""

from __future__ import annotations

import pytest
from django.core import mail
from django.db import connection
from django.test.utils import CaptureQueriesContext

from qiao.accounts.domain.approvals import ApprovalError, approve_application, reject_application
from qiao.accounts.domain.signup import enrol
from qiao.accounts.enums import ApplicationStatus, Role
from qiao.accounts.models import Application
from qiao.accounts.rules import is_expert, is_officer
from qiao.core.models import AuditEntry
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def _applicant(role=Role.OFFICER, language="zh-hans", **kwargs):
    user = UserFactory(approved=False, language=language, **kwargs)
    enrol(user, role=role, language=language, time_zone="Asia/Shanghai", organisation_name="柯桥区商务局")
    return Application.objects.get(person=user)


@pytest.fixture
def organiser():
    return UserFactory(role=Role.ORGANISER, approved=True)


def test_queue_lists_pending_applicants_for_organiser(client, organiser):
    pending = _applicant()
    decided = _applicant(role=Role.EXPERT)
    decided.status = ApplicationStatus.APPROVED
    decided.save()
    client.force_login(organiser)

    response = client.get("/en/accounts/applications/")

    assert response.status_code == 200
    assert [a.pk for a in response.context["applications"]] == [pending.pk]
    assert "柯桥区商务局" in response.content.decode()


@pytest.mark.parametrize("role", [Role.COMPANY, Role.OFFICER, Role.EXPERT, Role.VISITOR])
def test_queue_is_forbidden_to_everyone_but_organisers(client, role):
    client.force_login(UserFactory(role=role, approved=True))

    assert client.get("/en/accounts/applications/").status_code == 403


def test_unapproved_organiser_cannot_decide(client):
    application = _applicant()
    client.force_login(UserFactory(role=Role.ORGANISER, approved=False))

    response = client.post(f"/en/accounts/applications/{application.pk}/decide/", {"decision": "approve"})

    assert response.status_code == 403
    application.refresh_from_db()
    assert application.status == ApplicationStatus.PENDING


def test_queue_sends_anonymous_reader_to_sign_in(client):
    response = client.get("/en/accounts/applications/")

    assert response.status_code == 302
    assert response["Location"].startswith("/en/accounts/login/")


def test_queue_query_count_does_not_grow_with_applicants(client, organiser):
    client.force_login(organiser)
    _applicant()
    with CaptureQueriesContext(connection) as one:
        client.get("/en/accounts/applications/")
    _applicant()
    _applicant(role=Role.EXPERT)
    with CaptureQueriesContext(connection) as three:
        client.get("/en/accounts/applications/")

    assert len(three) == len(one)


def test_approval_lets_officer_act_and_mails_them_in_chinese(client, organiser, django_capture_on_commit_callbacks):
    application = _applicant(email="li@keqiao.example")
    client.force_login(organiser)

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"/en/accounts/applications/{application.pk}/decide/", {"decision": "approve"})

    assert response.status_code == 302
    application.refresh_from_db()
    person = application.person
    assert application.status == ApplicationStatus.APPROVED
    assert application.decided_by == organiser
    assert is_officer(person) is True
    assert AuditEntry.objects.filter(action="account.approved", object_id=str(person.pk)).count() == 1
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["li@keqiao.example"]
    assert "批准" in mail.outbox[0].subject
    assert "http://testserver/zh-hans/accounts/login/" in mail.outbox[0].body


def test_rejection_needs_a_reason(client, organiser):
    application = _applicant()
    client.force_login(organiser)

    response = client.post(
        f"/de/accounts/applications/{application.pk}/decide/", {"decision": "reject", "reason": "  "}, follow=True
    )

    application.refresh_from_db()
    assert application.status == ApplicationStatus.PENDING
    assert "Bitte geben Sie einen Grund für die Ablehnung an." in response.content.decode()
    assert AuditEntry.objects.filter(action="account.rejected").count() == 0


def test_rejection_makes_a_visitor_and_mails_the_reason_in_german(organiser, django_capture_on_commit_callbacks):
    application = _applicant(role=Role.EXPERT, language="de", email="hans@example.org")

    with django_capture_on_commit_callbacks(execute=True):
        reject_application(application, organiser, "Kein Bezug zur Fertigungsindustrie.")

    application.refresh_from_db()
    person = application.person
    assert application.status == ApplicationStatus.REJECTED
    assert application.reason == "Kein Bezug zur Fertigungsindustrie."
    assert (person.role, person.approved) == (Role.VISITOR, True)
    assert is_expert(person) is False
    assert "Kein Bezug zur Fertigungsindustrie." in mail.outbox[0].body
    assert "Ihr Konto" in mail.outbox[0].body


def test_application_cannot_be_decided_twice(organiser):
    application = _applicant()
    approve_application(application, organiser)

    with pytest.raises(ApprovalError) as error:
        reject_application(application, organiser, "Too late")

    assert error.value.code == "decided"
    application.refresh_from_db()
    assert application.status == ApplicationStatus.APPROVED


def test_only_organisers_may_decide_in_the_domain():
    application = _applicant()

    with pytest.raises(ApprovalError) as error:
        approve_application(application, UserFactory(role=Role.COMPANY))

    assert error.value.code == "not_organiser"


@pytest.mark.parametrize(("role", "shown"), [(Role.ORGANISER, True), (Role.COMPANY, False), (Role.OFFICER, False)])
def test_user_menu_links_the_queue_for_organisers_only(client, role, shown):
    client.force_login(UserFactory(role=role, approved=True))

    html = client.get("/en/accounts/profile/").content.decode()

    assert ('href="/en/accounts/applications/"' in html) is shown
