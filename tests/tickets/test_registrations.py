"""Summit registration: onsite/online, tickets issued once, cancellation keeps a dead ticket."""

import datetime as dt

import pytest

from qiao.core.models import AuditEntry
from qiao.summits.models import Registration
from qiao.tickets.domain.errors import RegistrationError
from qiao.tickets.domain.registrations import (
    MeetingPreferences,
    cancel_event_registration,
    ensure_tickets_for,
    register_for_event,
)
from qiao.tickets.models import Ticket
from tests.factories import EventFactory, UserFactory

pytestmark = pytest.mark.django_db


def test_register_creates_registration_ticket_and_audit(event):
    person = UserFactory()

    registration = register_for_event(person, event, "online")

    assert (registration.event, registration.person, registration.mode) == (event, person, "online")
    assert Ticket.objects.get().registration == registration
    assert list(AuditEntry.objects.order_by("id").values_list("action", flat=True)) == [
        "registration.created",
        "ticket.issued",
    ]


def test_register_again_changes_mode_and_keeps_ticket(event):
    person = UserFactory()
    register_for_event(person, event, "onsite")
    code = Ticket.objects.get().code

    register_for_event(person, event, "online")

    assert Registration.objects.get().mode == "online"
    assert list(Ticket.objects.values_list("code", flat=True)) == [code]
    assert AuditEntry.objects.filter(action="registration.changed").get().data == {
        "mode": "online",
        "previous": {"mode": "onsite"},
    }


@pytest.mark.parametrize("mode", ["", "hybrid", "ONSITE"])
def test_register_refuses_unknown_mode(event, mode):
    with pytest.raises(RegistrationError) as refused:
        register_for_event(UserFactory(), event, mode)

    assert refused.value.code == "mode"
    assert not Registration.objects.exists()


def test_onsite_only_event_refuses_online():
    with pytest.raises(RegistrationError) as refused:
        register_for_event(UserFactory(), EventFactory(hybrid=False), "online")

    assert refused.value.code == "online"


@pytest.mark.parametrize("status", ["draft", "past"])
def test_closed_event_refuses_registration(status):
    with pytest.raises(RegistrationError) as refused:
        register_for_event(UserFactory(), EventFactory(status=status), "onsite")

    assert refused.value.code == "closed"


def test_cancel_deletes_registration_and_cancels_ticket(event, registered):
    person = registered()

    cancel_event_registration(person, event)

    ticket = Ticket.objects.get()
    assert not Registration.objects.exists()
    assert (ticket.registration, ticket.cancelled_at is not None, ticket.is_active) == (None, True, False)


def test_cancel_without_registration_is_refused(event):
    with pytest.raises(RegistrationError) as refused:
        cancel_event_registration(UserFactory(), event)

    assert refused.value.code == "not_registered"


def test_register_after_cancel_issues_a_new_code(event, registered):
    person = registered()
    old = Ticket.objects.get().code
    cancel_event_registration(person, event)

    register_for_event(person, event, "onsite")

    active = Ticket.objects.get(cancelled_at__isnull=True)
    assert active.code != old
    assert Ticket.objects.count() == 2


def test_registrations_made_elsewhere_get_a_ticket(event):
    person = UserFactory()
    Registration.objects.create(event=event, person=person, mode="onsite")

    ensure_tickets_for(person)
    ensure_tickets_for(person)

    assert Ticket.objects.filter(person=person, registration__isnull=False).count() == 1


def test_preferences_are_stored_and_audited(event):
    person = UserFactory()
    wish = MeetingPreferences(dt.time(9, 0), dt.time(17, 30), dt.date(2026, 12, 9), dt.date(2026, 12, 11), 6)

    registration = register_for_event(person, event, "onsite", wish)

    registration.refresh_from_db()
    assert (
        registration.business_hours_start,
        registration.business_hours_end,
        registration.onsite_from,
        registration.onsite_to,
        registration.max_meetings,
    ) == (dt.time(9, 0), dt.time(17, 30), dt.date(2026, 12, 9), dt.date(2026, 12, 11), 6)
    assert AuditEntry.objects.get(action="registration.created").data["max_meetings"] == 6


@pytest.mark.parametrize(
    ("mode", "wish", "code"),
    [
        ("onsite", MeetingPreferences(dt.time(18, 0), dt.time(8, 0)), "business_hours_end"),
        ("onsite", MeetingPreferences(dt.time(9, 0), dt.time(9, 0)), "business_hours_end"),
        ("online", MeetingPreferences(onsite_from=dt.date(2026, 12, 10)), "onsite_from"),
        ("onsite", MeetingPreferences(onsite_from=dt.date(2026, 12, 10), onsite_to=dt.date(2026, 12, 9)), "onsite_to"),
        ("onsite", MeetingPreferences(onsite_from=dt.date(2027, 1, 5)), "onsite_from"),
        ("onsite", MeetingPreferences(max_meetings=0), "max_meetings"),
        ("onsite", MeetingPreferences(max_meetings=500), "max_meetings"),
    ],
)
def test_bad_preferences_are_refused_and_nothing_is_written(event, mode, wish, code):
    with pytest.raises(RegistrationError) as refused:
        register_for_event(UserFactory(), event, mode, wish)

    assert refused.value.code == code
    assert not Registration.objects.exists()
    assert not Ticket.objects.exists()


def test_switching_to_online_drops_days_at_the_venue(event):
    person = UserFactory()
    register_for_event(person, event, "onsite", MeetingPreferences(onsite_from=dt.date(2026, 12, 10)))

    register_for_event(person, event, "online")

    assert Registration.objects.get().onsite_from is None


def test_registration_form_shows_field_error_and_keeps_old_values(client, event, registered):
    person = registered()
    client.force_login(person)

    response = client.post(
        f"/en/tickets/summits/{event.key}/",
        {"mode": "onsite", "business_hours_start": "19:00", "business_hours_end": "07:00", "max_meetings": "x"},
    )

    html = response.content.decode()
    assert response.status_code == 200
    assert "Enter a whole number." in html
    assert Registration.objects.get().business_hours_start == dt.time(8, 0)


def test_registration_form_refusal_from_the_rules_lands_on_its_field(client, event):
    client.force_login(UserFactory())

    response = client.post(
        f"/en/tickets/summits/{event.key}/",
        {"mode": "onsite", "business_hours_start": "19:00", "business_hours_end": "07:00"},
    )

    assert "Business hours must end after they start." in response.content.decode()
    assert not Registration.objects.exists()
