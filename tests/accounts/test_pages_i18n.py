"""Every account page in German and Chinese: no English UI words left, Qiao's look kept."""

from __future__ import annotations

import re

import pytest
from allauth.account.models import EmailAddress, EmailConfirmationHMAC
from allauth.account.utils import user_pk_to_url_str
from django.contrib.auth.tokens import default_token_generator

from qiao.accounts.enums import Role
from tests.accounts.helpers import visible_text
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

# English UI words, also inside Chinese text ("Email地址"), where \b would not see them.
ENGLISH_WORDS = re.compile(
    r"(?<![A-Za-z])(password|sign up|sign in|sign out|forgot|username|email|remember|confirm|reset|profile|"
    r"language|time zone|save|approve|reject|verify|required|role)(?![A-Za-z])|E-mail",
    re.IGNORECASE,
)
LANGUAGES = ["de", "zh-hans"]

ANONYMOUS_PAGES = [
    "accounts/login/",
    "accounts/signup/",
    "accounts/password/reset/",
    "accounts/password/reset/done/",
    "accounts/password/reset/key/done/",
    "accounts/confirm-email/",
    "accounts/confirm-email/not-a-key/",
    "accounts/password/reset/key/1-bad-token/",
]
SIGNED_IN_PAGES = [
    "accounts/logout/",
    "accounts/profile/",
    "accounts/email/",
    "accounts/password/change/",
]


def _english_left(html: str) -> list[str]:
    return sorted({match.group(0) for match in ENGLISH_WORDS.finditer(visible_text(html))} - {"E-Mail"})


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("page", ANONYMOUS_PAGES)
def test_anonymous_account_page_has_no_english(client, language, page):
    response = client.get(f"/{language}/{page}")

    assert response.status_code == 200
    html = response.content.decode()
    assert f'<html lang="{language}">' in html
    assert 'class="site-header"' in html
    assert _english_left(html) == []


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("page", SIGNED_IN_PAGES)
def test_signed_in_account_page_has_no_english(client, language, page):
    user = UserFactory(email="li@keqiao.example")
    EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    client.force_login(user)

    response = client.get(f"/{language}/{page}")

    assert response.status_code == 200
    assert _english_left(response.content.decode()) == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_approval_queue_has_no_english(client, language):
    client.force_login(UserFactory(role=Role.ORGANISER))
    applicant = UserFactory(approved=False)
    from qiao.accounts.domain.signup import enrol

    enrol(applicant, role=Role.EXPERT, language="en", time_zone="Europe/Berlin")

    response = client.get(f"/{language}/accounts/applications/")

    assert response.status_code == 200
    assert _english_left(response.content.decode()) == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_confirmation_and_new_password_pages_have_no_english(client, language):
    user = UserFactory(email="li@keqiao.example")
    address = EmailAddress.objects.create(user=user, email=user.email, verified=False, primary=True)
    key = EmailConfirmationHMAC(address).key
    token = default_token_generator.make_token(user)

    confirm = client.get(f"/{language}/accounts/confirm-email/{key}/")
    reset = client.get(f"/{language}/accounts/password/reset/key/{user_pk_to_url_str(user)}-{token}/", follow=True)

    assert confirm.status_code == 200
    assert confirm.context["can_confirm"] is True
    assert _english_left(confirm.content.decode()) == []
    assert reset.status_code == 200
    assert "password1" in reset.context["form"].fields
    assert _english_left(reset.content.decode()) == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_german_and_chinese_login_error_is_translated(client, language):
    response = client.post(f"/{language}/accounts/login/", {"login": "nobody", "password": "wrong-password"})

    assert response.status_code == 200
    assert response.context["form"].non_field_errors()
    assert _english_left(response.content.decode()) == []


def test_login_page_has_autocomplete_and_labels(client):
    html = client.get("/en/accounts/login/").content.decode()

    assert 'autocomplete="current-password"' in html
    assert 'autocomplete="username' in html or 'autocomplete="email' in html
    assert '<label for="id_password"' in html
