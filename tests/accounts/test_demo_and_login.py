"""Demo accounts sign in through allauth; sign-in lands in the person's own language."""

from __future__ import annotations

import pytest
from allauth.account.models import EmailAddress

from qiao.accounts.domain.signup import mark_email_verified
from qiao.privacy.domain.consent import give_consent
from qiao.privacy.enums import REQUIRED_CONSENTS
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def test_mark_email_verified_is_idempotent_and_lets_demo_account_sign_in(client):
    user = UserFactory(username="officer", email="officer@qiao.example", language="zh-hans")

    first = mark_email_verified(user)
    second = mark_email_verified(user)
    response = client.post("/en/accounts/login/", {"login": "officer", "password": "correct-horse-battery"})

    assert (first, second) == (True, False)
    assert EmailAddress.objects.filter(user=user, verified=True, primary=True).count() == 1
    assert response.status_code == 302
    assert int(client.session["_auth_user_id"]) == user.pk


def test_sign_in_lands_in_the_person_language(client):
    user = UserFactory(username="anna", language="de")
    mark_email_verified(user)

    response = client.post("/en/accounts/login/", {"login": "anna", "password": "correct-horse-battery"})

    assert response.status_code == 302
    assert response["Location"].startswith("/de/")


def test_sign_in_follows_a_safe_next_address(client):
    user = UserFactory(username="anna", language="de")
    mark_email_verified(user)
    give_consent(user, REQUIRED_CONSENTS)

    response = client.post(
        "/en/accounts/login/", {"login": "anna", "password": "correct-horse-battery", "next": "/en/projects/"}
    )

    assert response["Location"] == "/en/projects/"


def test_wrong_password_does_not_sign_in(client):
    user = UserFactory(username="anna")
    mark_email_verified(user)

    response = client.post("/de/accounts/login/", {"login": "anna", "password": "wrong"})

    assert response.status_code == 200
    assert "_auth_user_id" not in client.session
    assert "Benutzername und/oder Passwort sind nicht korrekt." in response.content.decode()
