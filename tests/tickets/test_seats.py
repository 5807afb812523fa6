"""Seats in sessions: capacity, the waiting list and moving up when a seat is freed."""

import pytest

from qiao.core.models import AuditEntry
from qiao.notifications.models import Notification
from qiao.tickets.domain.errors import RegistrationError
from qiao.tickets.domain.registrations import cancel_event_registration, register_for_event
from qiao.tickets.domain.seats import (
    cancel_seat,
    register_for_session,
    seat_summary,
    seats_for_person,
    waiting_position,
)
from qiao.tickets.models import SessionRegistration
from tests.factories import EventFactory, SessionFactory, UserFactory

pytestmark = pytest.mark.django_db


def _statuses(session):
    return list(SessionRegistration.objects.filter(session=session).order_by("id").values_list("status", flat=True))


def test_register_confirms_while_seats_remain_then_waits_with_position(registered, visit):
    people = [registered() for _ in range(4)]

    seats = [register_for_session(person, visit) for person in people]

    assert [seat.status for seat in seats] == ["confirmed", "confirmed", "waiting", "waiting"]
    assert [waiting_position(seat) for seat in seats] == [None, None, 1, 2]
    assert seat_summary(visit).free == 0


def test_unlimited_session_confirms_everyone(registered, event):
    forum = SessionFactory(event=event, capacity=None)

    seats = [register_for_session(registered(), forum) for _ in range(5)]

    assert {seat.status for seat in seats} == {"confirmed"}
    assert seat_summary(forum).free is None


def test_cancel_confirmed_promotes_first_waiting_and_renumbers(registered, visit):
    people = [registered() for _ in range(5)]
    seats = [register_for_session(person, visit) for person in people]

    cancel_seat(seats[0], by=people[0])

    assert _statuses(visit) == ["cancelled", "confirmed", "confirmed", "waiting", "waiting"]
    refreshed = [SessionRegistration.objects.get(pk=seat.pk) for seat in seats]
    assert refreshed[2].promoted_at is not None
    assert [waiting_position(seat) for seat in refreshed] == [None, None, None, 1, 2]
    assert list(
        AuditEntry.objects.filter(action="session_registration.promoted").values_list("object_id", flat=True)
    ) == [str(seats[2].pk)]


def test_cancel_waiting_place_does_not_promote_and_renumbers(registered, visit):
    seats = [register_for_session(registered(), visit) for _ in range(5)]

    cancel_seat(seats[2], by=seats[2].person)

    refreshed = [SessionRegistration.objects.get(pk=seat.pk) for seat in seats]
    assert [seat.status for seat in refreshed] == ["confirmed", "confirmed", "cancelled", "waiting", "waiting"]
    assert [waiting_position(seat) for seat in refreshed[3:]] == [1, 2]


def test_repeated_cancellations_never_overfill(registered, visit):
    seats = [register_for_session(registered(), visit) for _ in range(6)]

    for seat in seats[:3]:
        cancel_seat(SessionRegistration.objects.get(pk=seat.pk), by=seat.person)
        assert seat_summary(visit).confirmed <= visit.capacity

    assert _statuses(visit) == ["cancelled", "cancelled", "cancelled", "confirmed", "confirmed", "waiting"]


def test_cancelling_a_stale_copy_twice_is_refused_and_promotes_once(registered, visit):
    seats = [register_for_session(registered(), visit) for _ in range(4)]
    stale = SessionRegistration.objects.get(pk=seats[0].pk)

    cancel_seat(seats[0], by=seats[0].person)
    with pytest.raises(RegistrationError) as refused:
        cancel_seat(stale, by=stale.person)

    assert refused.value.code == "cancelled"
    assert _statuses(visit) == ["cancelled", "confirmed", "confirmed", "waiting"]


def test_same_person_cannot_register_twice(registered, visit):
    person = registered()
    register_for_session(person, visit)

    with pytest.raises(RegistrationError) as refused:
        register_for_session(person, visit)

    assert refused.value.code == "duplicate"
    assert SessionRegistration.objects.filter(person=person).count() == 1


def test_person_may_register_again_after_cancelling(registered, visit):
    person = registered()
    cancel_seat(register_for_session(person, visit), by=person)

    again = register_for_session(person, visit)

    assert again.status == "confirmed"
    assert SessionRegistration.objects.filter(person=person).count() == 2


def test_online_registrant_is_refused_for_site_visit(registered, visit):
    online = registered(mode="online")

    with pytest.raises(RegistrationError) as refused:
        register_for_session(online, visit)

    assert refused.value.code == "onsite_only"
    assert "onsite only" in str(refused.value)
    assert not SessionRegistration.objects.exists()


def test_online_registrant_may_join_an_online_session(registered, event):
    connection = SessionFactory(event=event, kind="online", online=True, capacity=10)

    seat = register_for_session(registered(mode="online"), connection)

    assert seat.status == "confirmed"


def test_unregistered_person_must_register_for_summit_first(visit):
    with pytest.raises(RegistrationError) as refused:
        register_for_session(UserFactory(), visit)

    assert refused.value.code == "not_registered"


def test_past_event_is_closed(visit, registered):
    person = registered()
    visit.event.status = "past"
    visit.event.save()

    with pytest.raises(RegistrationError) as refused:
        register_for_session(person, visit)

    assert refused.value.code == "closed"


def test_promoted_person_is_told_in_their_language(registered, visit):
    first = registered()
    register_for_session(first, visit)
    register_for_session(registered(), visit)
    waiting_person = registered(language="de", email="wartend@qiao.example")
    register_for_session(waiting_person, visit)

    cancel_seat(SessionRegistration.objects.get(person=first), by=first)

    told = Notification.objects.get()
    assert (told.recipient, told.kind, told.url) == (waiting_person, "waitlist_promoted", "/de/tickets/")
    assert told.subject.endswith(visit.title["de"]["text"])  # rendered in the person's language


def test_cancelling_a_waiting_place_tells_nobody(registered, visit):
    seats = [register_for_session(registered(), visit) for _ in range(3)]

    cancel_seat(seats[2], by=seats[2].person)

    assert not Notification.objects.exists()


def test_cancel_event_registration_gives_up_seats_and_promotes(registered, visit, event):
    leaving = registered()
    register_for_session(leaving, visit)
    stays = registered()
    register_for_session(stays, visit)
    waiting = registered()
    register_for_session(waiting, visit)

    cancel_event_registration(leaving, event)

    assert SessionRegistration.objects.get(person=leaving).status == "cancelled"
    assert SessionRegistration.objects.get(person=waiting).status == "confirmed"


def test_switching_to_online_with_site_visit_is_refused(registered, visit, event):
    person = registered()
    register_for_session(person, visit)

    with pytest.raises(RegistrationError) as refused:
        register_for_event(person, event, "online")

    assert refused.value.code == "site_visits"
    assert person.registrations.get().mode == "onsite"


def test_seats_for_person_lists_waiting_positions_across_events(registered, visit):
    person = registered()
    for _ in range(2):
        register_for_session(registered(), visit)
    register_for_session(person, visit)
    other_event_session = SessionFactory(event=EventFactory(), capacity=None)
    register_for_event(person, other_event_session.event, "online")
    register_for_session(person, other_event_session)

    listed = [(seat.session_id, position) for seat, position in seats_for_person(person)]

    assert sorted(listed) == sorted([(visit.pk, 1), (other_event_session.pk, None)])


def test_more_seats_move_the_waiting_list_up(registered, visit, django_capture_on_commit_callbacks):
    seats = [register_for_session(registered(), visit) for _ in range(5)]

    with django_capture_on_commit_callbacks(execute=True):
        visit.capacity = 4
        visit.save()

    assert _statuses(visit) == ["confirmed", "confirmed", "confirmed", "confirmed", "waiting"]
    assert waiting_position(SessionRegistration.objects.get(pk=seats[4].pk)) == 1
    assert Notification.objects.filter(kind="waitlist_promoted").count() == 2


def test_fewer_seats_never_remove_confirmed_people(registered, visit, django_capture_on_commit_callbacks):
    for _ in range(3):
        register_for_session(registered(), visit)

    with django_capture_on_commit_callbacks(execute=True):
        visit.capacity = 1
        visit.save()

    assert _statuses(visit) == ["confirmed", "confirmed", "waiting"]


def test_newcomer_never_jumps_the_waiting_list(registered, visit):
    seats = [register_for_session(registered(), visit) for _ in range(3)]
    type(visit).objects.filter(pk=visit.pk).update(capacity=3)  # more seats, no signal ran

    newcomer = register_for_session(registered(), visit)

    assert SessionRegistration.objects.get(pk=seats[2].pk).status == "confirmed"
    assert (newcomer.status, waiting_position(newcomer)) == ("waiting", 1)
