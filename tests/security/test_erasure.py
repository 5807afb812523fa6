"""Erasure: the person is anonymised, signed out and closed; signatures on agreements stay."""

from __future__ import annotations

import pytest
from allauth.account.models import EmailAddress
from django.test import Client

from qiao.accounts.models import Membership, User
from qiao.core import translated
from qiao.core.models import AuditEntry
from qiao.deals.domain.drafts import Draft, create_agreement
from qiao.deals.domain.signing import sign_online
from qiao.deals.domain.versions import issue_version
from qiao.deals.models import Signature
from qiao.notifications.models import Notification
from qiao.privacy.domain.consent import give_consent
from qiao.privacy.domain.erasure import erase_person, is_anonymised
from qiao.privacy.enums import REQUIRED_CONSENTS
from qiao.privacy.models import Consent
from tests.factories import MembershipFactory, OrganisationFactory, UserFactory

pytestmark = pytest.mark.django_db

PASSWORD = "correct-horse-battery"


@pytest.fixture
def anna():
    person = UserFactory(
        username="anna", first_name="Anna", last_name="Auerbach", email="anna@auerbach.example", role="company"
    )
    EmailAddress.objects.create(user=person, email=person.email, verified=True, primary=True)
    MembershipFactory(person=person, can_sign=True)
    give_consent(person, REQUIRED_CONSENTS)
    Notification.objects.create(recipient=person, kind="test", subject="Hallo")
    return person


def _erase_through_the_page(client: Client, person: User, password: str = PASSWORD):
    client.force_login(person)
    return client.post("/en/privacy/erase/", {"password": password, "understood": "on"})


def test_erasure_anonymises_and_signs_out(client, anna):
    response = _erase_through_the_page(client, anna)

    assert response.status_code == 302
    assert "_auth_user_id" not in client.session
    anna.refresh_from_db()
    assert (anna.username, anna.first_name, anna.last_name, anna.email) == (f"deleted-{anna.pk}", "", "", "")
    assert (anna.is_active, anna.has_usable_password()) == (False, False)
    assert is_anonymised(anna)
    assert Membership.objects.filter(person=anna).count() == 0
    assert EmailAddress.objects.filter(user=anna).count() == 0
    assert Notification.objects.filter(recipient=anna).count() == 0
    assert Consent.objects.filter(person=anna, withdrawn_at__isnull=True).count() == 0
    assert AuditEntry.objects.filter(action="privacy.erased", object_id=str(anna.pk)).count() == 1


def test_erased_person_cannot_sign_in_with_old_name(client, anna):
    _erase_through_the_page(client, anna)

    response = client.post("/en/accounts/login/", {"login": "anna", "password": PASSWORD})

    assert response.status_code == 200
    assert "_auth_user_id" not in client.session


def test_wrong_password_erases_nothing(client, anna):
    response = _erase_through_the_page(client, anna, password="wrong")

    assert response.status_code == 200
    assert response.context["form"].errors["password"]
    anna.refresh_from_db()
    assert (anna.username, anna.is_active) == ("anna", True)


def test_other_sessions_of_the_person_end(anna):
    other_device = Client()
    other_device.force_login(anna)

    erase_person(anna, actor=anna)

    response = other_device.get("/en/privacy/")
    assert response.status_code == 302


def test_erasure_ends_a_cached_session_too(anna, settings):
    """With sessions in the cache (production's cached_db), the cached copy goes with the row."""
    from importlib import import_module

    from django.core.cache import cache

    settings.SESSION_ENGINE = "qiao.core.sessions.cached_db"
    other_device = Client()
    other_device.force_login(anna)
    key = other_device.session.session_key
    store = import_module(settings.SESSION_ENGINE).SessionStore
    assert cache.get(store.cache_key_prefix + key) is not None

    erase_person(anna, actor=anna)

    assert cache.get(store.cache_key_prefix + key) is None
    assert not store().exists(key)


def test_signature_on_an_agreement_stays_under_the_anonymous_person(anna):
    organiser = UserFactory(role="organiser")
    company = anna.memberships.get().organisation
    park = OrganisationFactory(country="CN", kind="park")
    agreement = create_agreement(
        Draft(
            title=translated.make("de", de="Absichtserklärung"),
            summary=translated.make("de", de="Werk in Shaoxing"),
            parties=[company, park],
        ),
        by=organiser,
    )
    version = issue_version(agreement, by=organiser)
    signature = sign_online(version, agreement.party_links.get(organisation=company), anna, "192.0.2.1")

    erase_person(anna, actor=anna)

    kept = Signature.objects.get(pk=signature.pk)
    assert kept.person_id == anna.pk
    assert (kept.username, kept.sha256) == ("anna", signature.sha256)
    assert str(kept.person) == f"deleted-{anna.pk}"
