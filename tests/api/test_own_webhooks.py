"""A person's own webhooks on the account pages: add (secret shown once), list, delete, address rule."""

from __future__ import annotations

import pytest
from django.urls import reverse

from qiao.api.domain.own_webhooks import WebhookError, check_url
from qiao.api.models import Webhook
from qiao.core.models import AuditEntry
from tests.factories import MembershipFactory, OrganisationFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def member():
    organisation = OrganisationFactory(key="maschinenbau")
    return MembershipFactory(organisation=organisation, person__username="anna", person__role="company").person


def _add(client, **data):
    body = {"url": "https://hooks.example.com/qiao", "events": ["meeting.confirmed"], "organisation": "maschinenbau"}
    body.update(data)
    return client.post(reverse("api_tokens:webhooks"), body)


def test_member_adds_a_webhook_and_sees_the_secret_once(client, member):
    client.force_login(member)

    response = _add(client, events=["meeting.confirmed", "agreement.signed"])
    again = client.get(reverse("api_tokens:webhooks"))

    assert response.status_code == 200
    hook = Webhook.objects.get()
    assert (hook.url, hook.created_by, hook.organisation.key) == (
        "https://hooks.example.com/qiao",
        member,
        "maschinenbau",
    )
    assert hook.events == ["agreement.signed", "meeting.confirmed"]
    assert hook.secret in response.content.decode()
    assert again.status_code == 200
    assert hook.secret not in again.content.decode()
    assert "https://hooks.example.com/qiao" in again.content.decode()
    entry = AuditEntry.objects.get(action="api.webhook_created")
    assert (entry.actor, entry.object_id) == (member, str(hook.pk))
    assert hook.secret not in str(entry.data)


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("http://hooks.example.com/qiao", "Webhook addresses must start with https://."),
        ("https://127.0.0.1/hook", "Webhooks cannot be sent to local or private network addresses."),
        ("https://10.1.2.3/hook", "Webhooks cannot be sent to local or private network addresses."),
        ("https://localhost/hook", "Webhooks cannot be sent to local or private network addresses."),
        ("https://[::1]/hook", "Webhooks cannot be sent to local or private network addresses."),
        ("https://user:pw@hooks.example.com/", "Do not put a user name or password into the address."),
        ("ftp://hooks.example.com/", "Enter a complete web address starting with https://."),
        ("hooks.example.com", "Enter a complete web address starting with https://."),
        ("https://hooks.example.com:port/", "Enter a complete web address."),
    ],
)
def test_invalid_address_is_refused_with_a_message(client, member, url, message):
    client.force_login(member)

    response = _add(client, url=url)

    assert response.status_code == 422
    assert response.context["form"].errors["url"] == [message]
    assert Webhook.objects.count() == 0


def test_plain_http_to_loopback_is_allowed_only_with_debug(settings):
    settings.DEBUG = True
    assert check_url(" http://localhost:8001/hook ") == "http://localhost:8001/hook"
    settings.DEBUG = False
    with pytest.raises(WebhookError):
        check_url("http://localhost:8001/hook")


def test_events_must_come_from_the_list(client, member):
    client.force_login(member)

    unknown = _add(client, events=["project.deleted"])
    none = _add(client, events=[])

    assert unknown.status_code == 422
    assert unknown.context["form"].errors["events"]
    assert none.context["form"].errors["events"]
    assert Webhook.objects.count() == 0


def test_only_own_organisations_and_only_organisers_may_receive_everything(client, member):
    OrganisationFactory(key="other-company")
    client.force_login(member)

    foreign = _add(client, organisation="other-company")
    everything = _add(client, organisation="")

    assert foreign.context["form"].errors["organisation"]
    assert everything.context["form"].errors["organisation"]
    assert Webhook.objects.count() == 0


def test_organiser_may_add_a_webhook_for_every_event(client):
    organiser = UserFactory(username="org", role="organiser")
    client.force_login(organiser)

    response = _add(client, organisation="")

    assert response.status_code == 200
    assert Webhook.objects.get().organisation is None


def test_person_without_organisation_is_told_why_there_is_no_form(client):
    client.force_login(UserFactory(role="company"))

    response = client.get(reverse("api_tokens:webhooks"))

    assert response.status_code == 200
    assert response.context["may_add"] is False
    assert "once you belong to an organisation" in response.content.decode()


def test_delete_own_webhook_but_not_another_persons(client, member):
    other = MembershipFactory(organisation=member.memberships.get().organisation, person__username="ben").person
    mine = Webhook.objects.create(
        url="https://a.example.com/", secret="s1", events=["meeting.confirmed"], created_by=member
    )
    theirs = Webhook.objects.create(
        url="https://b.example.com/", secret="s2", events=["meeting.confirmed"], created_by=other
    )
    client.force_login(member)

    listed = client.get(reverse("api_tokens:webhooks")).content.decode()
    deleted = client.post(reverse("api_tokens:webhook_delete", args=[mine.pk]))
    refused = client.post(reverse("api_tokens:webhook_delete", args=[theirs.pk]))

    assert "https://a.example.com/" in listed
    assert "https://b.example.com/" not in listed
    assert deleted.status_code == 302
    assert refused.status_code == 404
    assert list(Webhook.objects.values_list("pk", flat=True)) == [theirs.pk]
    entry = AuditEntry.objects.get(action="api.webhook_deleted")
    assert (entry.actor, entry.object_id) == (member, str(mine.pk))


def test_webhook_pages_need_sign_in(client):
    assert client.get(reverse("api_tokens:webhooks")).status_code == 302
    assert Webhook.objects.count() == 0


def test_profile_links_to_the_token_page(client, member):
    client.force_login(member)

    response = client.get(reverse("accounts:profile"))

    assert reverse("api_tokens:list") in response.content.decode()


@pytest.mark.parametrize(
    ("url", "accepted"),
    [
        ("https://hooks.partner.example/qiao", True),
        ("https://10.0.0.7/qiao", False),
        ("https://localhost/qiao", False),
        ("http://hooks.partner.example/qiao", False),
    ],
)
def test_the_admins_webhook_form_keeps_the_address_rule(rf, url, accepted):
    from django.contrib import admin

    from qiao.api.models import Webhook
    from tests.factories import UserFactory

    request = rf.get("/")
    request.user = UserFactory(is_staff=True, is_superuser=True)
    form_class = admin.site._registry[Webhook].get_form(request)
    data = {"url": url, "secret": "s" * 32, "events": '["case.stage_changed"]', "active": "on"}
    form = form_class(data={**data, "created_by": request.user.pk})

    assert form.is_valid() is accepted, form.errors
    if not accepted:
        assert "url" in form.errors
        assert Webhook.objects.count() == 0
