"""API tokens: shown once, stored as a hash, revocable, audited; the account page."""

from __future__ import annotations

import hashlib

import pytest
from django.urls import reverse
from rest_framework.test import APIClient

from qiao.api.domain.tokens import TokenError, create_token, revoke_token
from qiao.api.models import ApiToken
from qiao.core.models import AuditEntry
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def test_create_token_stores_only_the_hash_of_the_secret():
    user = UserFactory()

    created = create_token(user, "CRM sync")

    stored = ApiToken.objects.get(pk=created.token.pk)
    assert stored.secret_hash == hashlib.sha256(created.secret.encode()).hexdigest()
    assert created.secret.startswith(f"qiao_{stored.prefix}_")
    assert created.secret not in {stored.secret_hash, stored.prefix, stored.name}
    assert AuditEntry.objects.filter(action="api.token_created", object_id=str(stored.pk)).count() == 1


def test_create_token_without_name_is_refused():
    with pytest.raises(TokenError) as refused:
        create_token(UserFactory(), "   ")

    assert refused.value.code == "name"
    assert ApiToken.objects.count() == 0


def test_token_authenticates_and_notes_last_use():
    user = UserFactory(username="alice")
    created = create_token(user, "script")
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Bearer {created.secret}")

    response = client.get("/api/v1/agenda/")

    assert response.status_code == 200
    assert ApiToken.objects.get(pk=created.token.pk).last_used_at is not None


def test_revoked_token_is_refused_with_401_and_code():
    user = UserFactory()
    created = create_token(user, "old")
    revoke_token(created.token, user)
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Bearer {created.secret}")

    response = client.get("/api/v1/agenda/")

    assert response.status_code == 401
    assert response.json()["code"] == "authentication_failed"
    assert AuditEntry.objects.filter(action="api.token_revoked").count() == 1


def test_token_with_wrong_secret_is_refused():
    created = create_token(UserFactory(), "real")
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Bearer {created.secret[:-2]}xx")

    assert client.get("/api/v1/agenda/").status_code == 401


def test_anonymous_request_to_personal_endpoint_is_401():
    response = APIClient().get("/api/v1/agenda/")

    assert response.status_code == 401
    assert response.json()["code"] == "not_authenticated"
    assert response["WWW-Authenticate"].startswith("Bearer")


def test_token_page_shows_the_secret_once(client):
    user = UserFactory()
    client.force_login(user)
    url = reverse("api_tokens:list")

    created = client.post(url, {"name": "Export"})
    token = ApiToken.objects.get(user=user)
    again = client.get(url)

    assert created.status_code == 200
    secret = created.context["secret"]
    assert secret.startswith(f"qiao_{token.prefix}_")
    assert secret in created.content.decode()
    assert token.secret_hash == hashlib.sha256(secret.encode()).hexdigest()
    assert secret not in again.content.decode()
    assert token.prefix in again.content.decode()


def test_token_page_refuses_an_empty_name(client):
    client.force_login(UserFactory())

    response = client.post(reverse("api_tokens:list"), {"name": ""})

    assert response.status_code == 422
    assert ApiToken.objects.count() == 0


def test_token_page_revokes_only_own_tokens(client):
    owner, other = UserFactory(), UserFactory()
    mine = create_token(owner, "mine").token
    theirs = create_token(other, "theirs").token
    client.force_login(owner)

    revoked = client.post(reverse("api_tokens:revoke", args=[mine.pk]))
    refused = client.post(reverse("api_tokens:revoke", args=[theirs.pk]))

    assert revoked.status_code == 302
    assert refused.status_code == 404
    assert ApiToken.objects.get(pk=mine.pk).revoked_at is not None
    assert ApiToken.objects.get(pk=theirs.pk).revoked_at is None


def test_token_page_needs_sign_in(client):
    response = client.get(reverse("api_tokens:list"))

    assert response.status_code == 302
