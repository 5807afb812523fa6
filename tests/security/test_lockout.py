"""Sign-in lockout (django-axes): a name is locked on one address after repeated failures."""

from __future__ import annotations

import datetime as dt

import pytest
from axes.models import AccessAttempt
from django.test import Client

from qiao.accounts.domain.signup import mark_email_verified
from qiao.privacy.domain.consent import give_consent
from qiao.privacy.enums import REQUIRED_CONSENTS
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

PASSWORD = "correct-horse-battery"


@pytest.fixture(autouse=True)
def _lockout_settings(settings):
    # allauth's own rate limit would answer before axes does; these tests are about axes.
    settings.ACCOUNT_RATE_LIMITS = False
    settings.AXES_FAILURE_LIMIT = 5
    settings.AXES_COOLOFF_TIME = 0.25


@pytest.fixture
def anna():
    user = UserFactory(username="anna", language="de")
    mark_email_verified(user)
    give_consent(user, REQUIRED_CONSENTS)
    return user


def _sign_in(client: Client, password: str, login: str = "anna", language: str = "en"):
    return client.post(f"/{language}/accounts/login/", {"login": login, "password": password})


def test_fifth_failure_locks_the_account_with_a_translated_page(client, anna):
    for _ in range(4):
        assert _sign_in(client, "wrong").status_code == 200

    response = _sign_in(client, "wrong", language="de")

    assert response.status_code == 429
    assert "accounts/locked_out.html" in [t.name for t in response.templates]
    assert "Anmeldung gesperrt" in response.content.decode()
    assert "15 Minuten" in response.content.decode()


def test_locked_account_refuses_the_right_password(client, anna):
    for _ in range(5):
        _sign_in(client, "wrong")

    response = _sign_in(client, PASSWORD)

    assert response.status_code == 429
    assert "_auth_user_id" not in client.session


def test_lockout_ignores_the_case_of_the_name(client, anna):
    for login in ("anna", "ANNA", "Anna", "aNNa", "anna"):
        _sign_in(client, "wrong", login=login)

    assert _sign_in(client, PASSWORD).status_code == 429


def test_success_before_the_limit_resets_the_count(client, anna):
    for _ in range(4):
        _sign_in(client, "wrong")
    assert _sign_in(client, PASSWORD).status_code == 302
    client.logout()

    for _ in range(4):
        _sign_in(client, "wrong")
    response = _sign_in(client, PASSWORD)

    assert response.status_code == 302
    assert int(client.session["_auth_user_id"]) == anna.pk


def test_lockout_of_one_name_leaves_another_name_free(client, anna):
    bert = UserFactory(username="bert")
    mark_email_verified(bert)
    give_consent(bert, REQUIRED_CONSENTS)
    for _ in range(5):
        _sign_in(client, "wrong")

    response = _sign_in(client, PASSWORD, login="bert")

    assert response.status_code == 302
    assert int(client.session["_auth_user_id"]) == bert.pk


def test_lockout_ends_after_the_cool_off_time(client, anna):
    for _ in range(5):
        _sign_in(client, "wrong")
    AccessAttempt.objects.update(attempt_time=dt.datetime.now(dt.UTC) - dt.timedelta(minutes=16))

    response = _sign_in(client, PASSWORD)

    assert response.status_code == 302
    assert int(client.session["_auth_user_id"]) == anna.pk


def test_test_client_login_without_a_request_still_works(client, anna):
    assert client.login(username="anna", password=PASSWORD) is True
    assert client.login(username="anna", password="wrong") is False
