"""The check-in desk: admit once, refuse clearly, only for staff."""

import pytest

from qiao.core.models import AuditEntry
from qiao.tickets.domain.checkin import check_in, checkin_figures
from qiao.tickets.domain.codes import display_code
from qiao.tickets.domain.registrations import cancel_event_registration, register_for_event
from qiao.tickets.enums import CheckInOutcome
from qiao.tickets.models import CheckIn, Ticket
from tests.factories import EventFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def desk(client, event, organiser):
    client.force_login(organiser)
    return lambda code: client.post(f"/en/tickets/checkin/{event.key}/", {"code": code})


def _code_of(person):
    return Ticket.objects.get(person=person, cancelled_at__isnull=True).code


def test_checkin_admits_and_records_who(desk, registered, organiser):
    person = registered(first_name="Wang", last_name="Fang")

    response = desk(display_code(_code_of(person)))

    checkin = CheckIn.objects.get()
    assert response.status_code == 200
    assert "Checked in: Wang Fang, Onsite" in response.content.decode()
    assert (checkin.ticket.person, checkin.by) == (person, organiser)
    assert AuditEntry.objects.filter(action="ticket.checked_in").count() == 1


def test_second_checkin_is_refused_with_time_and_staff(desk, registered, organiser):
    code = _code_of(registered())
    desk(code)

    response = desk(code)

    html = response.content.decode()
    assert response.status_code == 409
    assert "Already checked in at" in html
    assert f"by {organiser}" in html
    assert CheckIn.objects.count() == 1


def test_ticket_for_other_event_is_refused(desk, registered):
    other = EventFactory(name={"en": {"text": "Summit of Elsewhere", "status": "original"}})
    stranger = UserFactory()
    register_for_event(stranger, other, "onsite")

    response = desk(_code_of(stranger))

    assert response.status_code == 409
    assert "This ticket is for Summit of Elsewhere." in response.content.decode()
    assert not CheckIn.objects.exists()


def test_unknown_code_is_refused(desk):
    response = desk("QIAO-ABCDE-23456")

    assert response.status_code == 409
    assert "Unknown code." in response.content.decode()
    assert not CheckIn.objects.exists()


def test_cancelled_registration_is_refused(desk, registered, event):
    person = registered()
    code = _code_of(person)
    cancel_event_registration(person, event)

    response = desk(code)

    assert response.status_code == 409
    assert "was cancelled" in response.content.decode()
    assert not CheckIn.objects.exists()


def test_lowercase_and_spaced_code_is_normalised(desk, registered):
    code = _code_of(registered())

    response = desk(f"  qiao {code[:5].lower()} {code[5:].lower()} ")

    assert response.status_code == 200
    assert CheckIn.objects.count() == 1


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("", "Enter or scan a ticket code."),
        ("   ", "Enter or scan a ticket code."),
        ("X" * 500, "This is too long for a ticket code"),
        ("hello", "is not a ticket code"),
    ],
)
def test_bad_input_gets_a_clear_message(desk, typed, message):
    response = desk(typed)

    assert response.status_code == 400
    assert message in response.content.decode()


def test_desk_page_has_one_autofocus_field(client, event, organiser):
    client.force_login(organiser)

    html = client.get(f"/en/tickets/checkin/{event.key}/").content.decode()

    assert html.count("autofocus") == 1
    assert 'name="code"' in html


@pytest.mark.parametrize("role", ["visitor", "company", "officer", "expert"])
def test_non_staff_gets_403(client, event, registered, role):
    code = _code_of(registered())
    client.force_login(UserFactory(role=role, approved=True))

    response = client.post(f"/en/tickets/checkin/{event.key}/", {"code": code})

    assert response.status_code == 403
    assert not CheckIn.objects.exists()


def test_is_staff_user_may_check_in(client, event, registered):
    code = _code_of(registered())
    client.force_login(UserFactory(is_staff=True))

    response = client.post(f"/en/tickets/checkin/{event.key}/", {"code": code})

    assert response.status_code == 200
    assert CheckIn.objects.count() == 1


def test_checkin_index_goes_to_current_event(client, event, organiser):
    client.force_login(organiser)

    response = client.get("/en/tickets/checkin/")

    assert response["Location"] == f"/en/tickets/checkin/{event.key}/"


def test_checkin_figures_count_by_mode(event, registered, organiser):
    onsite = [registered() for _ in range(3)]
    online = registered(mode="online")
    for person in [onsite[0], onsite[1], online]:
        assert check_in(event, _code_of(person), by=organiser).outcome == CheckInOutcome.CHECKED_IN

    figures = checkin_figures(event)

    assert (
        figures.registered,
        figures.checked_in,
        figures.registered_onsite,
        figures.registered_online,
        figures.checked_in_onsite,
        figures.checked_in_online,
    ) == (4, 3, 3, 1, 2, 1)


@pytest.mark.parametrize(
    ("lang", "expected"),
    [("de", "Eingecheckt: Wang Fang"), ("zh-hans", "签到成功：Wang Fang"), ("en", "Checked in: Wang Fang")],
)
def test_checkin_answers_in_the_desk_language(client, event, registered, organiser, lang, expected):
    code = _code_of(registered(first_name="Wang", last_name="Fang"))
    client.force_login(organiser)

    response = client.post(f"/{lang}/tickets/checkin/{event.key}/", {"code": code})

    assert expected in response.content.decode()


def test_checkin_in_the_domain_refuses_second_scan_without_second_row(event, registered, organiser):
    code = _code_of(registered())

    first = check_in(event, code, by=organiser)
    second = check_in(event, code.lower(), by=UserFactory(is_staff=True))

    assert (first.outcome, second.outcome) == (CheckInOutcome.CHECKED_IN, CheckInOutcome.ALREADY)
    assert second.checkin == first.checkin
    assert CheckIn.objects.count() == 1
