"""Reading personal data through a page writes an audit row per person read about."""

from __future__ import annotations

import pytest

from qiao.accounts.domain.signup import enrol
from qiao.core.domain import audit
from qiao.core.models import AuditEntry
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def _reads() -> list[tuple[str | None, str, str]]:
    return [
        (entry.actor.username if entry.actor else None, entry.object_id, entry.data["kind"])
        for entry in AuditEntry.objects.filter(action=audit.READ_ACTION).order_by("object_id")
    ]


def test_application_queue_audits_each_applicant_shown(client):
    organiser = UserFactory(username="org", role="organiser")
    officer = UserFactory(username="liu", role="officer", approved=False)
    expert = UserFactory(username="weber", role="expert", approved=False)
    for person in (officer, expert):
        enrol(person, role=person.role, language="en", time_zone="Asia/Shanghai")
    client.force_login(organiser)

    response = client.get("/en/accounts/applications/")

    assert response.status_code == 200
    assert sorted(_reads()) == sorted([("org", str(officer.pk), "application"), ("org", str(expert.pk), "application")])
    entry = AuditEntry.objects.filter(action=audit.READ_ACTION).first()
    assert entry.data["fields"] == ["email", "name"]


def test_refused_reader_leaves_no_read_row(client):
    client.force_login(UserFactory(role="company"))

    response = client.get("/en/accounts/applications/")

    assert response.status_code == 403
    assert _reads() == []


def test_admin_person_page_audits_the_read(client):
    admin = UserFactory(username="root", is_staff=True, is_superuser=True)
    person = UserFactory(username="anna")
    client.force_login(admin)

    response = client.get(f"/en/admin/accounts/user/{person.pk}/change/")

    assert response.status_code == 200
    assert _reads() == [("root", str(person.pk), "admin")]


def test_record_read_outside_a_transaction_and_for_anonymous_readers(django_user_model):
    person = UserFactory(username="anna")

    entries = audit.record_read(None, person, kind="api", fields=["email"])

    assert len(entries) == 1
    assert _reads() == [(None, str(person.pk), "api")]
    assert AuditEntry.objects.get().object_type == "accounts.user"


def _expert(person):
    from qiao.core import translated
    from qiao.experts.models import Expert

    return Expert.objects.create(
        key="weber",
        person=person,
        name=translated.make("de", de="Prof. Weber"),
        country="DE",
        bio=translated.make("de", de="Lasertechnik."),
        contact_email="weber@uni.example",
    )


def test_organiser_reading_an_expert_contact_is_audited(client):
    expert = _expert(UserFactory(username="weber", role="expert"))
    client.force_login(UserFactory(username="org", role="organiser"))

    response = client.get(f"/en/experts/{expert.key}/")

    assert "weber@uni.example" in response.content.decode()
    assert _reads() == [("org", str(expert.pk), "expert_contact")]


def test_public_expert_page_without_contact_writes_no_read_row(client):
    expert = _expert(UserFactory(username="weber", role="expert"))

    response = client.get(f"/en/experts/{expert.key}/")

    assert "weber@uni.example" not in response.content.decode()
    assert _reads() == []


def test_expert_reading_their_own_contact_is_not_a_read_of_someone_else(client):
    person = UserFactory(username="weber", role="expert")
    expert = _expert(person)
    client.force_login(person)

    client.get(f"/en/experts/{expert.key}/")

    assert _reads() == []
