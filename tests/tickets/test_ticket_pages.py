"""Ticket pages: registration page, the ticket with its QR code, the PDF, who may see them."""

import re

import pytest
import segno
from django.db import connection
from django.test.utils import CaptureQueriesContext

from qiao.core import translated
from qiao.summits.models import Registration
from qiao.tickets.domain.codes import display_code
from qiao.tickets.domain.seats import register_for_session
from qiao.tickets.models import SessionRegistration, Ticket
from tests.factories import EventFactory, SessionFactory, UserFactory
from tests.pdf_files import assert_chinese_is_embedded, text_of

pytestmark = pytest.mark.django_db


def _dark_modules_of_svg(svg_path: str) -> set[tuple[int, int]]:
    """Read segno's path back ("M4 4.5h7m1 0h1…": runs of dark modules per row)."""
    dark, x, y = set(), 0.0, 0.0
    for command, numbers in re.findall(r"([MmHh])([-\d. ]+)", svg_path):
        values = [float(v) for v in numbers.split()]
        if command == "M":
            x, y = values
        elif command == "m":
            x, y = x + values[0], y + values[1]
        else:
            dark.update((int(x) + i, int(y - 0.5)) for i in range(int(values[0])))
            x += values[0]
    return dark


def _dark_modules_of(text: str, border: int = 4) -> set[tuple[int, int]]:
    matrix = segno.make(text, error="M", micro=False).matrix
    return {(col + border, row + border) for row, line in enumerate(matrix) for col, bit in enumerate(line) if bit}


def test_register_page_registers_and_shows_ticket_link(client, event):
    person = UserFactory()
    client.force_login(person)

    response = client.post(f"/en/tickets/summits/{event.key}/", {"mode": "onsite"}, follow=True)

    ticket = Ticket.objects.get(person=person)
    assert Registration.objects.get(person=person).mode == "onsite"
    assert f"/en/tickets/ticket/{ticket.pk}/" in response.content.decode()


@pytest.mark.parametrize("mode", ["", "teleport", "x" * 5000])
def test_register_page_refuses_bad_mode_with_message(client, event, mode):
    client.force_login(UserFactory())

    response = client.post(f"/en/tickets/summits/{event.key}/", {"mode": mode})

    assert response.status_code == 200
    assert "Choose onsite or online attendance." in response.content.decode()
    assert not Registration.objects.exists()


def test_register_page_shows_waiting_position_and_onsite_only_refusal(client, registered, visit, event):
    for _ in range(2):
        register_for_session(registered(), visit)
    person = registered()
    online = registered(mode="online")
    client.force_login(person)

    client.post(f"/en/tickets/sessions/{visit.pk}/register/")
    page = client.get(f"/en/tickets/summits/{event.key}/").content.decode()
    client.force_login(online)
    refused = client.post(f"/en/tickets/sessions/{visit.pk}/register/", follow=True).content.decode()

    assert "Waiting list, position 1" in page
    assert "Site visits take place onsite only." in refused
    assert not SessionRegistration.objects.filter(person=online).exists()


def test_my_registrations_lists_ticket_and_waiting_position(client, registered, visit):
    for _ in range(3):
        register_for_session(registered(), visit)
    person = registered()
    register_for_session(person, visit)
    client.force_login(person)

    html = client.get("/en/tickets/").content.decode()

    ticket = Ticket.objects.get(person=person)
    assert f"/en/tickets/ticket/{ticket.pk}/ticket.pdf" in html
    assert "Waiting list, position 2" in html


def test_ticket_page_shows_code_and_qr_encoding_exactly_that_code(client, registered):
    person = registered()
    ticket = Ticket.objects.get(person=person)
    client.force_login(person)

    html = client.get(f"/en/tickets/ticket/{ticket.pk}/").content.decode()

    qr = re.search(r'<svg viewBox="[^"]+" class="ticket-qr">.*?</svg>', html, re.S).group(0)
    path = re.search(r'<path class="ticket-qr__modules"[^>]* d="([^"]+)"', qr).group(1)
    assert display_code(ticket.code) in html
    assert _dark_modules_of_svg(path) == _dark_modules_of(display_code(ticket.code))
    assert "style=" not in html.split('<main id="main"', 1)[1]
    assert re.findall(r"<script(?![^>]*\bsrc=)", html) == []  # no inline script


def test_other_person_cannot_see_my_ticket_or_pdf(client, registered):
    ticket = Ticket.objects.get(person=registered())
    client.force_login(UserFactory())

    assert client.get(f"/en/tickets/ticket/{ticket.pk}/").status_code == 404
    assert client.get(f"/en/tickets/ticket/{ticket.pk}/ticket.pdf").status_code == 404


def test_organiser_may_see_any_ticket(client, registered, organiser):
    ticket = Ticket.objects.get(person=registered())
    client.force_login(organiser)

    assert client.get(f"/en/tickets/ticket/{ticket.pk}/").status_code == 200


def test_anonymous_visitor_is_sent_to_sign_in(client, registered):
    ticket = Ticket.objects.get(person=registered())

    response = client.get(f"/en/tickets/ticket/{ticket.pk}/")

    assert response.status_code == 302
    assert "login" in response["Location"]


def test_ticket_pdf_has_code_holder_and_event_in_holder_language(client):
    event = EventFactory(name=translated.make("de", de="Deutsch-Chinesischer Gipfel", en="Sino-German Summit"))
    person = UserFactory(first_name="Lea", last_name="Wagner", display_name_zh="瓦格纳", language="de")
    client.force_login(person)
    client.post(f"/en/tickets/summits/{event.key}/", {"mode": "online"})
    ticket = Ticket.objects.get(person=person)

    response = client.get(f"/en/tickets/ticket/{ticket.pk}/ticket.pdf")

    assert response["Content-Type"] == "application/pdf"
    text = text_of(response.content)
    assert display_code(ticket.code) in text
    assert "Lea Wagner" in text
    assert "瓦格纳" in text
    assert_chinese_is_embedded(response.content)
    assert "Deutsch-Chinesischer Gipfel" in text
    assert "Online" in text


def _queries(client, url):
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_register_page_query_count_does_not_grow_with_sessions(client, registered, event):
    person = registered()
    client.force_login(person)
    url = f"/en/tickets/summits/{event.key}/"
    register_for_session(person, SessionFactory(event=event, capacity=1))
    one = _queries(client, url)

    for _ in range(2):
        session = SessionFactory(event=event, capacity=1)
        register_for_session(registered(), session)
        register_for_session(person, session)

    assert _queries(client, url) == one


def test_my_registrations_query_count_does_not_grow_with_seats(client, registered, event):
    person = registered()
    client.force_login(person)
    register_for_session(person, SessionFactory(event=event, capacity=1))
    one = _queries(client, "/en/tickets/")

    for _ in range(2):
        session = SessionFactory(event=event, capacity=1)
        register_for_session(registered(), session)
        register_for_session(person, session)

    assert _queries(client, "/en/tickets/") == one


def test_event_page_links_to_registration(client, event):
    html = client.get(f"/en/summits/{event.key}/").content.decode()

    assert f'href="/en/tickets/summits/{event.key}/"' in html


def test_past_event_page_has_no_registration_link(client):
    past = EventFactory(status="past")

    html = client.get(f"/en/summits/{past.key}/").content.decode()

    assert f"/en/tickets/summits/{past.key}/" not in html


def test_cannot_cancel_someone_elses_seat(client, registered, visit):
    seat = register_for_session(registered(), visit)
    client.force_login(registered())

    response = client.post(f"/en/tickets/seats/{seat.pk}/cancel/")

    assert response.status_code == 404
    assert SessionRegistration.objects.get(pk=seat.pk).status == "confirmed"


def test_cancel_page_cancels_registration_and_seat(client, registered, visit, event):
    person = registered()
    register_for_session(person, visit)
    client.force_login(person)

    response = client.post(f"/en/tickets/summits/{event.key}/cancel/", follow=True)

    assert "Your registration is cancelled." in response.content.decode()
    assert not Registration.objects.filter(person=person).exists()
    assert SessionRegistration.objects.get(person=person).status == "cancelled"


def test_cancel_page_needs_post(client, registered, event):
    client.force_login(registered())

    assert client.get(f"/en/tickets/summits/{event.key}/cancel/").status_code == 405
    assert Registration.objects.count() == 1


def test_draft_event_registration_page_is_404_for_participants(client):
    draft = EventFactory(status="draft")
    client.force_login(UserFactory())

    assert client.get(f"/en/tickets/summits/{draft.key}/").status_code == 404
