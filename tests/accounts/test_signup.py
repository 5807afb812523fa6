"""Signing up per role, verifying the e-mail address, and bad input answered without a record."""

from __future__ import annotations

import pytest
from allauth.account.models import EmailAddress
from django.core import mail
from django.core.cache import cache

from qiao.accounts.enums import ApplicationStatus, Role
from qiao.accounts.models import Application, User
from qiao.accounts.rules import is_expert, is_officer
from qiao.core.models import AuditEntry
from tests.accounts.helpers import STRONG_PASSWORD, links_in, signup_data
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("role", "approved", "status"),
    [
        (Role.COMPANY, True, ApplicationStatus.APPROVED),
        (Role.VISITOR, True, ApplicationStatus.APPROVED),
        (Role.OFFICER, False, ApplicationStatus.PENDING),
        (Role.EXPERT, False, ApplicationStatus.PENDING),
    ],
)
def test_signup_per_role_sets_approval_and_application(client, role, approved, status):
    response = client.post("/en/accounts/signup/", signup_data(role=role))

    assert response.status_code == 302
    assert response["Location"] == "/en/accounts/confirm-email/"
    user = User.objects.get(username="anna")
    assert (user.role, user.approved) == (role, approved)
    assert (user.language, user.time_zone) == ("de", "Europe/Berlin")
    assert (user.first_name, user.last_name) == ("Anna", "Auerbach")
    application = Application.objects.get(person=user)
    assert (application.role, application.status) == (role, status)
    assert application.organisation_name == "Auerbach Lasersysteme GmbH"
    assert AuditEntry.objects.filter(action="account.signed_up", object_id=str(user.pk)).count() == 1


def test_signup_mail_is_in_the_chosen_language_not_the_page_language(client):
    client.post("/en/accounts/signup/", signup_data(language="de"))

    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["anna@auerbach.example"]
    assert message.subject == "[Qiao] Bitte bestätigen Sie Ihre E-Mail-Adresse"
    assert "/de/accounts/confirm-email/" in message.body


def test_signup_mail_in_chinese_for_chinese_officer(client):
    client.post("/de/accounts/signup/", signup_data(role="officer", language="zh-hans", time_zone="Asia/Shanghai"))

    message = mail.outbox[0]
    assert "确认" in message.subject
    assert "/zh-hans/accounts/confirm-email/" in message.body


def test_verification_link_confirms_address_and_signs_in(client):
    client.post("/en/accounts/signup/", signup_data())
    link = next(url for url in links_in(mail.outbox[0].body) if "confirm-email" in url)
    path = link.split("testserver", 1)[1]

    page = client.get(path)
    response = client.post(path)

    assert page.status_code == 200
    assert response.status_code == 302
    assert EmailAddress.objects.get(email="anna@auerbach.example").verified is True
    assert client.get("/en/accounts/profile/").status_code == 200


def test_unverified_person_cannot_sign_in_and_gets_a_new_mail(client):
    client.post("/en/accounts/signup/", signup_data())
    mail.outbox.clear()
    cache.clear()  # allauth waits a few minutes before it sends the same address another mail

    response = client.post("/en/accounts/login/", {"login": "anna", "password": STRONG_PASSWORD})

    assert response.status_code == 302
    assert response["Location"] == "/en/accounts/confirm-email/"
    assert "_auth_user_id" not in client.session
    assert len(mail.outbox) == 1


@pytest.mark.parametrize("login", ["company-rep", "rep@qiao.example"])
def test_verified_person_signs_in_by_username_or_email(client, login):
    user = UserFactory(username="company-rep", email="rep@qiao.example", role=Role.COMPANY, language="de")
    EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)

    response = client.post("/en/accounts/login/", {"login": login, "password": "correct-horse-battery"})

    assert response.status_code == 302
    assert int(client.session["_auth_user_id"]) == user.pk
    assert client.cookies["django_language"].value == "de"


def test_officer_cannot_act_until_approved(client):
    client.post("/en/accounts/signup/", signup_data(role="officer"))
    client.post("/en/accounts/signup/", signup_data(role="expert", username="ben", email="ben@example.org"))

    officer = User.objects.get(username="anna")
    expert = User.objects.get(username="ben")

    assert is_officer(officer) is False
    assert is_expert(expert) is False


def _assert_nothing_created():
    assert User.objects.count() == 0
    assert Application.objects.count() == 0
    assert EmailAddress.objects.count() == 0
    assert len(mail.outbox) == 0


def test_signup_refuses_injected_organiser_role_in_german(client):
    response = client.post("/de/accounts/signup/", signup_data(role="organiser"))

    assert response.status_code == 200
    assert "Bitte eine gültige Auswahl treffen" in response.content.decode()
    _assert_nothing_created()


def test_signup_refuses_unknown_time_zone_in_chinese(client):
    response = client.post("/zh-hans/accounts/signup/", signup_data(time_zone="Mars/Olympus_Mons"))

    assert response.status_code == 200
    assert "不是有效的时区" in response.content.decode()
    _assert_nothing_created()


def test_signup_refuses_taken_email_in_german(client):
    UserFactory(username="first", email="anna@auerbach.example")

    response = client.post("/de/accounts/signup/", signup_data(email="Anna@Auerbach.example"))

    assert response.status_code == 200
    assert "E-Mail-Adresse" in response.context["form"].errors["email"][0]
    assert User.objects.count() == 1
    assert Application.objects.count() == 0
    assert len(mail.outbox) == 0


def test_signup_refuses_weak_password_in_german(client):
    response = client.post("/de/accounts/signup/", signup_data(password1="12345678", password2="12345678"))

    assert response.status_code == 200
    errors = " ".join(response.context["form"].errors["password1"])
    assert "Passwort" in errors
    _assert_nothing_created()


def test_signup_refuses_unknown_language(client):
    response = client.post("/en/accounts/signup/", signup_data(language="fr"))

    assert response.status_code == 200
    assert "language" in response.context["form"].errors
    _assert_nothing_created()


def test_signup_form_defaults_to_page_language_and_its_zone(client):
    form = client.get("/de/accounts/signup/").context["form"]

    assert form.fields["language"].initial == "de"
    assert form.fields["time_zone"].initial == "Europe/Berlin"
    assert "organiser" not in dict(form.fields["role"].choices)
