"""Organisers invite experts by e-mail; the link links the signed-in person to the profile."""

from __future__ import annotations

import datetime as dt

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone, translation

from qiao.accounts.enums import Role
from qiao.core import translated
from qiao.core.models import AuditEntry
from qiao.experts.domain.invitations import InvitationError, accept_invitation, find_invitation, invite_expert
from qiao.experts.models import Expert, Invitation
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture(autouse=True)
def _immediate_tasks(settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"


@pytest.fixture
def expert(db):
    return Expert.objects.create(
        key="anna-weber",
        name=translated.make("de", de="Anna Weber"),
        country="DE",
        languages=["de", "en"],
        bio=translated.make("de", de="Lasertechnik."),
    )


@pytest.fixture
def organiser(db):
    return UserFactory(role=Role.ORGANISER)


def _accept_url(token, language="en"):
    with translation.override(language):
        return reverse("experts:accept", args=[token])


def test_invitation_sends_a_german_mail_with_a_link(expert, organiser):
    invitation = invite_expert(expert, "anna@uni.example", organiser)

    (message,) = mail.outbox
    assert message.to == ["anna@uni.example"]
    assert message.subject == "Einladung in den Expertenbeirat von Qiao"
    assert _accept_url(invitation.token, "de") in message.body
    assert len(invitation.token) >= 40
    assert invitation.expires_at - invitation.created_at >= dt.timedelta(days=13)
    assert AuditEntry.objects.filter(action="experts.invite").count() == 1


@pytest.mark.parametrize("email", ["", "not-an-address", "a@b"])
def test_bad_address_is_refused_and_nothing_sent(expert, organiser, email):
    with pytest.raises(InvitationError) as refused:
        invite_expert(expert, email, organiser)

    assert list(refused.value.errors) == ["email"]
    assert (Invitation.objects.count(), len(mail.outbox)) == (0, 0)


def test_only_organisers_invite(expert):
    for person in (UserFactory(role=Role.OFFICER), UserFactory(role=Role.EXPERT)):
        with pytest.raises(InvitationError):
            invite_expert(expert, "anna@uni.example", person)

    assert Invitation.objects.count() == 0


def test_accepting_links_the_person_and_gives_the_expert_role(expert, organiser):
    invitation = invite_expert(expert, "anna@uni.example", organiser)
    person = UserFactory(role=Role.VISITOR, approved=False)

    accept_invitation(invitation.token, person)

    expert.refresh_from_db()
    person.refresh_from_db()
    invitation.refresh_from_db()
    assert expert.person == person
    assert (person.role, person.approved) == (Role.EXPERT, True)
    assert invitation.accepted_by == person


def test_used_expired_and_unknown_tokens_are_refused_with_clear_messages(expert, organiser):
    used = invite_expert(expert, "anna@uni.example", organiser)
    accept_invitation(used.token, UserFactory(role=Role.VISITOR))
    other = Expert.objects.create(
        key="b", name=translated.make("en", en="B"), country="DE", languages=["en"], bio=translated.make("en", en="b")
    )
    expired = invite_expert(other, "b@uni.example", organiser, now=timezone.now() - dt.timedelta(days=15))

    with translation.override("en"):
        messages = []
        for token in (used.token, expired.token, "nonsense"):
            with pytest.raises(InvitationError) as refused:
                accept_invitation(token, UserFactory(role=Role.VISITOR))
            messages.append(refused.value.message)

    assert messages[0] == "This invitation was already accepted."
    assert messages[1].startswith("This invitation expired on ")
    assert messages[2].startswith("This invitation link is not valid.")
    other.refresh_from_db()
    assert other.person is None


def test_organisers_and_officers_keep_their_role(expert, organiser):
    invitation = invite_expert(expert, "anna@uni.example", organiser)
    officer = UserFactory(role=Role.OFFICER)

    with pytest.raises(InvitationError):
        accept_invitation(invitation.token, officer)

    expert.refresh_from_db()
    officer.refresh_from_db()
    assert (expert.person, officer.role) == (None, Role.OFFICER)
    assert find_invitation(invitation.token) == invitation  # still open


def test_a_person_with_another_expert_profile_cannot_take_a_second(expert, organiser):
    person = UserFactory(role=Role.EXPERT)
    Expert.objects.create(
        key="own",
        person=person,
        name=translated.make("en", en="Own"),
        country="DE",
        languages=["en"],
        bio=translated.make("en", en="x"),
    )
    invitation = invite_expert(expert, "anna@uni.example", organiser)

    with pytest.raises(InvitationError):
        accept_invitation(invitation.token, person)

    expert.refresh_from_db()
    assert expert.person is None


def test_anonymous_visitor_is_asked_to_sign_in_and_then_accepts(client, expert, organiser):
    invitation = invite_expert(expert, "anna@uni.example", organiser)
    url = _accept_url(invitation.token)

    anonymous = client.get(url).content.decode()
    person = UserFactory(role=Role.VISITOR)
    client.force_login(person)
    accepted = client.post(url)

    assert "/accounts/login/?next=" in anonymous
    assert accepted.status_code == 302
    expert.refresh_from_db()
    assert expert.person == person


def test_expired_link_page_says_so(client, expert, organiser):
    invitation = invite_expert(expert, "anna@uni.example", organiser, now=timezone.now() - dt.timedelta(days=30))

    response = client.get(_accept_url(invitation.token))

    assert response.status_code == 410
    assert "This invitation expired on" in response.content.decode()


def test_organiser_invites_on_the_experts_page(client, expert, organiser):
    client.force_login(organiser)
    with translation.override("en"):
        url = reverse("experts:invite", args=[expert.key])

    good = client.post(url, {"email": "anna@uni.example"}, follow=True)
    bad = client.post(url, {"email": "nope"}, follow=True)

    assert "The invitation was sent to anna@uni.example." in good.content.decode()
    assert "Enter a valid e-mail address." in bad.content.decode()
    assert Invitation.objects.count() == 1


def test_non_organiser_cannot_invite_on_the_page(client, expert):
    client.force_login(UserFactory(role=Role.OFFICER))
    with translation.override("en"):
        url = reverse("experts:invite", args=[expert.key])

    response = client.post(url, {"email": "anna@uni.example"})

    assert response.status_code == 404
    assert Invitation.objects.count() == 0
