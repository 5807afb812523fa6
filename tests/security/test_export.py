"""“Download my data”: one JSON file with everything about the person, secrets withheld."""

from __future__ import annotations

import json

import pytest
from django_otp.plugins.otp_totp.models import TOTPDevice

from qiao.core.domain import audit
from qiao.core.models import AuditEntry
from qiao.meetings.models import MeetingRequest
from qiao.notifications.models import Notification
from qiao.privacy.domain.consent import give_consent
from qiao.privacy.domain.export import export_person
from qiao.privacy.enums import REQUIRED_CONSENTS
from qiao.summits.models import Registration
from tests.factories import EventFactory, MembershipFactory, OrganisationFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def anna():
    """A company representative with something in every section."""
    person = UserFactory(username="anna", first_name="Anna", email="anna@auerbach.example", role="company")
    membership = MembershipFactory(person=person, job_title="CEO", can_sign=True)
    event = EventFactory()
    Registration.objects.create(event=event, person=person, mode="onsite")
    MeetingRequest.objects.create(
        event=event,
        requester=person,
        requester_organisation=membership.organisation,
        recipient_organisation=OrganisationFactory(country="CN", kind="park"),
        message="Wir möchten den Park besuchen.",
    )
    Notification.objects.create(recipient=person, kind="test", subject="Willkommen", body="Hallo Anna")
    give_consent(person, REQUIRED_CONSENTS, ip_address="198.51.100.4")
    audit.record_read(UserFactory(username="org", role="organiser"), person, kind="application", fields=["email"])
    TOTPDevice.objects.create(user=person, name="authenticator", confirmed=True)
    return person


def test_download_is_a_json_attachment_with_every_section(client, anna):
    client.force_login(anna)

    response = client.get("/en/privacy/download/")

    assert response.status_code == 200
    assert response["Content-Type"] == "application/json; charset=utf-8"
    assert response["Content-Disposition"] == f'attachment; filename="qiao-data-{anna.pk}.json"'
    data = json.loads(response.content)
    assert data["profile"]["username"] == "anna"
    assert data["profile"]["email"] == "anna@auerbach.example"
    assert [(m["job_title"], m["can_sign"]) for m in data["memberships"]] == [("CEO", True)]
    assert sorted(c["kind"] for c in data["consents"]) == ["cross_border", "processing"]
    assert data["consents"][0]["ip_address"] == "198.51.100.4"
    assert [r["mode"] for r in data["other_records"]["summits.registration"]] == ["onsite"]
    assert [r["message"] for r in data["other_records"]["meetings.meetingrequest"]] == [
        "Wir möchten den Park besuchen."
    ]
    assert [n["subject"] for n in data["other_records"]["notifications.notification"]] == ["Willkommen"]
    assert data["two_factor"] == {"devices": [{"name": "authenticator", "confirmed": True}]}
    reads = [e for e in data["audit_entries_about_you"] if e["action"] == audit.READ_ACTION]
    assert [(e["by"], e["data"]["kind"]) for e in reads] == [("org", "application")]


def test_export_withholds_password_and_authenticator_secret(anna):
    device = TOTPDevice.objects.get(user=anna)

    body = json.dumps(export_person(anna))

    assert anna.password not in body
    assert device.key not in body
    assert "password" not in export_person(anna)["profile"]


def test_download_is_audited(client, anna):
    client.force_login(anna)

    client.get("/de/privacy/download/")

    assert AuditEntry.objects.filter(action="privacy.exported", actor=anna, object_id=str(anna.pk)).count() == 1


def test_download_needs_sign_in(client):
    response = client.get("/en/privacy/download/")

    assert response.status_code == 302
    assert response["Location"].startswith("/en/accounts/login/")


def test_my_data_page_lists_consents_and_retention(client, anna):
    client.force_login(anna)

    response = client.get("/en/privacy/")

    body = response.content.decode()
    assert response.status_code == 200
    assert "Transfer of personal data across borders" in body
    assert "730 days" in body
