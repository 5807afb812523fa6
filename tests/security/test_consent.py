"""Consent at sign-up (processing and, separately, cross-border transfer) and once after sign-in."""

from __future__ import annotations

import pytest

from qiao.accounts.domain.signup import mark_email_verified
from qiao.accounts.models import User
from qiao.core.models import AuditEntry
from qiao.privacy.domain.consent import give_consent, missing_consents, withdraw_consent
from qiao.privacy.enums import REQUIRED_CONSENTS, ConsentKind
from qiao.privacy.models import Consent
from tests.accounts.helpers import signup_data
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def test_signup_records_both_consents_with_version_and_address(client, settings):
    settings.PRIVACY_CONSENT_VERSION = "v7"

    response = client.post("/en/accounts/signup/", signup_data(), REMOTE_ADDR="203.0.113.9")

    assert response.status_code == 302
    user = User.objects.get(username="anna")
    rows = sorted(Consent.objects.filter(person=user).values_list("kind", "version", "ip_address", "withdrawn_at"))
    assert rows == [("cross_border", "v7", "203.0.113.9", None), ("processing", "v7", "203.0.113.9", None)]
    assert missing_consents(user) == []


@pytest.mark.parametrize("left_out", ["consent_processing", "consent_cross_border"])
def test_signup_without_either_consent_is_refused_and_writes_nothing(client, left_out):
    data = signup_data()
    del data[left_out]

    response = client.post("/de/accounts/signup/", data)

    assert response.status_code == 200
    assert response.context["form"].errors[left_out]
    assert not User.objects.filter(username="anna").exists()
    assert Consent.objects.count() == 0


def test_signup_page_explains_cross_border_transfer_in_each_language(client):
    texts = {lang: client.get(f"/{lang}/accounts/signup/").content.decode() for lang in ("en", "de", "zh-hans")}

    words = {
        lang: [w for w in ("PIPL", "across borders", "grenzüberschreitend", "跨境") if w in texts[lang]]
        for lang in texts
    }
    assert words == {
        "en": ["PIPL", "across borders"],
        "de": ["PIPL", "grenzüberschreitend"],
        "zh-hans": ["PIPL", "跨境"],
    }


def _signed_in_without_consent(client, **extra):
    user = UserFactory(username="bert", language="de", **extra)
    mark_email_verified(user)
    response = client.post("/en/accounts/login/", {"login": "bert", "password": "correct-horse-battery"})
    return user, response


def test_existing_person_is_asked_once_after_sign_in(client):
    user, response = _signed_in_without_consent(client)

    assert response.status_code == 302
    assert response["Location"] == "/de/privacy/consent/?next=%2Fde%2Fworkspace%2F"
    assert int(client.session["_auth_user_id"]) == user.pk


def test_consent_page_records_and_returns_to_the_page_asked_for(client):
    user, _response = _signed_in_without_consent(client)

    response = client.post(
        "/de/privacy/consent/",
        {"consent_processing": "on", "consent_cross_border": "on", "next": "/de/workspace/"},
    )

    assert response.status_code == 302
    assert response["Location"] == "/de/workspace/"
    assert sorted(Consent.objects.filter(person=user).values_list("kind", flat=True)) == ["cross_border", "processing"]
    assert AuditEntry.objects.filter(action="privacy.consent_given", object_id=str(user.pk)).count() == 1
    client.logout()
    again = client.post("/en/accounts/login/", {"login": "bert", "password": "correct-horse-battery"})
    assert again["Location"] == "/de/workspace/"


def test_consent_page_ignores_a_foreign_next_address(client):
    _signed_in_without_consent(client)

    response = client.post(
        "/en/privacy/consent/",
        {"consent_processing": "on", "consent_cross_border": "on", "next": "https://evil.example/"},
    )

    assert response["Location"] == "/en/workspace/"


def test_consent_page_needs_both_boxes(client):
    user, _response = _signed_in_without_consent(client)

    response = client.post("/en/privacy/consent/", {"consent_processing": "on"})

    assert response.status_code == 200
    assert "consent_cross_border" in response.context["form"].errors
    assert Consent.objects.filter(person=user).count() == 0


def test_admin_is_not_blocked_by_missing_consent(client):
    admin = UserFactory(username="root", is_staff=True, is_superuser=True)
    client.force_login(admin)

    assert client.get("/en/admin/").status_code == 200


def test_a_new_text_version_asks_again(settings):
    user = UserFactory()
    give_consent(user, REQUIRED_CONSENTS)
    settings.PRIVACY_CONSENT_VERSION = "2099-01"

    assert missing_consents(user) == [ConsentKind.PROCESSING, ConsentKind.CROSS_BORDER]


def test_withdrawing_marks_the_row_and_asks_again(client):
    user = UserFactory()
    give_consent(user, REQUIRED_CONSENTS)
    client.force_login(user)

    response = client.post("/en/privacy/withdraw/", {"kind": "cross_border"})

    assert response.status_code == 302
    assert Consent.objects.get(person=user, kind="cross_border").withdrawn_at is not None
    assert Consent.objects.get(person=user, kind="processing").withdrawn_at is None
    assert missing_consents(user) == [ConsentKind.CROSS_BORDER]
    assert withdraw_consent(user, "cross_border") == 0


def test_giving_consent_twice_keeps_one_row_per_kind():
    user = UserFactory()

    first = give_consent(user, REQUIRED_CONSENTS, ip_address="127.0.0.1")
    second = give_consent(user, REQUIRED_CONSENTS, ip_address="127.0.0.1")

    assert (len(first), len(second)) == (2, 0)
    assert Consent.objects.filter(person=user).count() == 2
