"""Password reset: the mail in the person's language, the link, the new password."""

from __future__ import annotations

import pytest
from allauth.account.models import EmailAddress
from django.core import mail

from tests.accounts.helpers import STRONG_PASSWORD, links_in
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def person():
    user = UserFactory(username="wang", email="wang@keqiao.example", language="zh-hans")
    EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    return user


def test_password_reset_mail_and_new_password(client, person):
    response = client.post("/en/accounts/password/reset/", {"email": "wang@keqiao.example"})

    assert response.status_code == 302
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert "密码" in message.subject
    link = next(url for url in links_in(message.body) if "/password/reset/key/" in url)
    assert "/zh-hans/accounts/password/reset/key/" in link

    form_page = client.get(link.split("testserver", 1)[1], follow=True)
    assert form_page.status_code == 200
    set_url = form_page.redirect_chain[-1][0] if form_page.redirect_chain else link.split("testserver", 1)[1]
    done = client.post(set_url, {"password1": STRONG_PASSWORD, "password2": STRONG_PASSWORD})

    assert done.status_code == 302
    person.refresh_from_db()
    assert person.check_password(STRONG_PASSWORD)
    client.logout()
    login = client.post("/en/accounts/login/", {"login": "wang", "password": STRONG_PASSWORD})
    assert int(client.session["_auth_user_id"]) == person.pk
    assert login.status_code == 302


def test_password_reset_refuses_weak_new_password(client, person):
    client.post("/en/accounts/password/reset/", {"email": "wang@keqiao.example"})
    link = next(url for url in links_in(mail.outbox[0].body) if "/password/reset/key/" in url)
    form_page = client.get(link.split("testserver", 1)[1], follow=True)
    set_url = form_page.redirect_chain[-1][0]

    response = client.post(set_url, {"password1": "password", "password2": "password"})

    assert response.status_code == 200
    assert response.context["form"].errors["password1"]
    person.refresh_from_db()
    assert person.check_password("correct-horse-battery")


def test_password_reset_for_unknown_address_is_a_translated_error(client):
    response = client.post("/de/accounts/password/reset/", {"email": "nobody@example.org"})

    assert response.status_code == 200
    assert response.context["form"].errors["email"]
    assert len(mail.outbox) == 0


def test_repeated_reset_requests_are_slowed_down_with_a_translated_page(client, person):
    first = client.post("/de/accounts/password/reset/", {"email": "wang@keqiao.example"})
    for _ in range(5):
        response = client.post("/de/accounts/password/reset/", {"email": "wang@keqiao.example"})

    assert first.status_code == 302
    assert response.status_code == 429
    assert "Zu viele Anfragen" in response.content.decode()
