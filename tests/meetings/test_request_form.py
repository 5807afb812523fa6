"""Asking for a meeting from a match page: the form, its refusals, and what is stored."""

import datetime as dt

import pytest
from django.urls import reverse
from django.utils import timezone, translation

from qiao.core import translated
from qiao.meetings.models import MeetingRequest
from tests.factories import EventFactory, MembershipFactory, OrganisationFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def parties():
    start = timezone.now() + dt.timedelta(days=30)
    event = EventFactory(key="summit-next", status="preparation", starts_at=start, ends_at=start + dt.timedelta(days=1))
    company = MembershipFactory(person=UserFactory(role="company", language="de")).person
    district = OrganisationFactory(country="CN", name=translated.make("zh", zh="越城区", en="Yuecheng District"))
    return {"event": event, "company": company, "district": district}


def _url(lang="en"):
    with translation.override(lang):
        return reverse("meetings:request_new")


def test_request_from_a_match_is_stored_as_pending_with_its_priority(parties, client):
    client.force_login(parties["company"])
    url = f"{_url()}?to={parties['district'].key}&from_match=1"

    form_page = client.get(url).content.decode()
    response = client.post(
        url,
        {
            "event": "summit-next",
            "from_organisation": parties["company"].memberships.get().organisation.key,
            "to_organisation": parties["district"].key,
            "priority": "3",
            "message": "Gern vor Ort in Shaoxing.",
        },
    )

    assert f'value="{parties["district"].key}" selected' in form_page
    assert response.status_code == 302
    stored = MeetingRequest.objects.get()
    assert (stored.priority, stored.status, stored.from_match) == (3, "pending", True)
    assert stored.recipient_organisation == parties["district"]


def test_asking_on_behalf_of_someone_elses_organisation_is_refused_in_the_users_language(parties, client):
    client.force_login(parties["company"])
    other = OrganisationFactory(country="DE")

    response = client.post(
        _url("de"),
        {
            "event": "summit-next",
            "from_organisation": other.key,
            "to_organisation": parties["district"].key,
            "priority": "2",
        },
    )

    assert response.status_code == 422
    assert (
        "Wählen Sie eine gültige Option" in response.content.decode() or "gültige Auswahl" in response.content.decode()
    )
    assert not MeetingRequest.objects.exists()


def test_a_second_open_request_to_the_same_district_is_refused(parties, client):
    client.force_login(parties["company"])
    data = {
        "event": "summit-next",
        "from_organisation": parties["company"].memberships.get().organisation.key,
        "to_organisation": parties["district"].key,
        "priority": "2",
    }
    client.post(_url(), data)
    again = client.post(_url(), data)

    assert again.status_code == 422
    assert "already an open request" in again.content.decode()
    assert MeetingRequest.objects.count() == 1


def test_anonymous_visitors_are_sent_to_sign_in(client):
    assert client.get(_url()).status_code == 302


def test_from_a_match_the_form_offers_only_the_counterpart_not_every_organisation(parties, client):
    others = [OrganisationFactory(country="CN") for _ in range(3)]
    client.force_login(parties["company"])

    from_match = client.get(f"{_url()}?to={parties['district'].key}").content.decode()
    blank = client.get(_url()).content.decode()

    assert f'value="{parties["district"].key}" selected' in from_match
    assert not any(f'value="{org.key}"' in from_match for org in others)
    assert all(f'value="{org.key}"' in blank for org in others)
