"""Tokens and two-factor sign-in: a token may only be minted from a session that passed the second factor."""

from __future__ import annotations

import pytest
from django.urls import reverse
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from qiao.api.domain.tokens import TokenError, create_token
from qiao.api.models import ApiToken
from qiao.core.models import AuditEntry
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def _code(device: TOTPDevice) -> str:
    return f"{totp(device.bin_key, device.step, device.t0, device.digits, device.drift):06d}"


@pytest.fixture
def organiser():
    return UserFactory(username="ma", role="organiser", language="en")


@pytest.fixture
def device(organiser):
    return TOTPDevice.objects.create(user=organiser, name="authenticator", confirmed=True)


def test_unverified_session_cannot_create_a_token(client, organiser, device):
    client.force_login(organiser)

    page = client.get(reverse("api_tokens:list"))
    response = client.post(reverse("api_tokens:list"), {"name": "CRM sync"})

    assert response.status_code == 422
    assert ApiToken.objects.count() == 0
    assert "Confirm a code from your authenticator app before creating a token." in response.content.decode()
    assert reverse("api_tokens:verify") in page.content.decode()
    assert reverse("api_tokens:verify") in response.content.decode()


def test_domain_refuses_a_token_for_an_unverified_person_with_two_factor(organiser, device):
    with pytest.raises(TokenError) as refused:
        create_token(organiser, "script")

    assert refused.value.code == "two_factor"
    assert ApiToken.objects.count() == 0


def test_confirming_a_code_lets_the_session_create_a_token(client, organiser, device):
    client.force_login(organiser)

    verified = client.post(reverse("api_tokens:verify"), {"code": _code(device)})
    response = client.post(reverse("api_tokens:list"), {"name": "CRM sync"})

    assert verified.status_code == 302
    assert verified["Location"] == reverse("api_tokens:list")
    assert client.session["otp_device_id"] == device.persistent_id
    assert response.status_code == 200
    token = ApiToken.objects.get(user=organiser)
    assert f"qiao_{token.prefix}_" in response.content.decode()
    assert AuditEntry.objects.filter(action="api.second_factor_confirmed", actor=organiser).count() == 1


def test_a_wrong_code_keeps_the_session_unverified(client, organiser, device):
    client.force_login(organiser)
    wrong = f"{(int(_code(device)) + 1) % 1_000_000:06d}"

    verified = client.post(reverse("api_tokens:verify"), {"code": wrong})
    response = client.post(reverse("api_tokens:list"), {"name": "CRM sync"})

    assert verified.status_code == 400
    assert verified.context["form"].errors["code"]
    assert "otp_device_id" not in client.session
    assert response.status_code == 422
    assert ApiToken.objects.count() == 0


def test_without_two_factor_no_code_is_needed(client, organiser):
    client.force_login(organiser)

    verify = client.get(reverse("api_tokens:verify"))
    response = client.post(reverse("api_tokens:list"), {"name": "CRM sync"})

    assert verify.status_code == 302
    assert response.status_code == 200
    assert ApiToken.objects.filter(user=organiser).count() == 1
    assert reverse("api_tokens:verify") not in response.content.decode()


def test_unconfirmed_device_does_not_block_tokens(organiser):
    TOTPDevice.objects.create(user=organiser, name="authenticator", confirmed=False)

    assert create_token(organiser, "script").token.user == organiser


def test_token_page_and_api_docs_explain_the_rule(client, organiser):
    client.force_login(organiser)

    tokens = client.get(reverse("api_tokens:list")).content.decode()
    docs = client.get(reverse("api:docs")).content.decode()
    schema = client.get(reverse("api:schema")).json()

    assert "you can only create a token after confirming a code in this session" in tokens
    assert "you can create a token only after confirming a code in the same session" in docs
    assert "two-factor" in schema["components"]["securitySchemes"]["tokenAuth"]["description"]
