"""J2 and J3: tickets. A visitor registers onsite, joins the waiting list of a full site visit and
is promoted when a seat is given up; the check-in desk admits a ticket once and refuses it twice."""

from __future__ import annotations

import pytest

from qiao.accounts.models import User
from qiao.demo.summit2026 import EVENT_KEY as SUMMIT_2026
from qiao.summits.models import Event, Registration, Session
from tests.browser.harness import allow_problem, assert_no_english, log_in, reverse_in, run_axe, settle, sign_in, visit

SITE_VISIT = "site-visit-binhai"


def _seat_status(person: User, session: Session) -> str:
    from qiao.tickets.models import SessionRegistration

    return SessionRegistration.objects.exclude(status="cancelled").get(person=person, session=session).status


def _no_english(page, language: str) -> None:
    """English pages are the source language; German and Chinese ones must show no English UI."""
    if language != "en":
        assert_no_english(page)


def _register_onsite(person: User, event: Event) -> Registration:
    from qiao.tickets.domain.registrations import register_for_event

    return register_for_event(person, event, "onsite")


@pytest.mark.parametrize("language", ["zh-hans", "de", "en"])
def test_visitor_waits_for_a_full_site_visit_and_is_promoted(open_page, axe, language):
    from qiao.tickets.domain.seats import register_for_session

    event = Event.objects.get(key=SUMMIT_2026)
    site_visit = Session.objects.get(event=event, key=SITE_VISIT)
    # Arrange: the site visit has one seat, and the expert has taken it.
    Session.objects.filter(pk=site_visit.pk).update(capacity=1)
    expert, visitor = User.objects.get(username="expert"), User.objects.get(username="visitor")
    _register_onsite(expert, event)
    register_for_session(expert, site_visit)
    visitor_page, expert_page = open_page(f"visitor-{language}"), open_page("expert-en")
    sign_in(visitor_page, "visitor", language=language)
    log_in(expert_page, "expert")

    # The visitor registers for the summit, onsite, in their language.
    visit(visitor_page, reverse_in("tickets:register", SUMMIT_2026, language=language))
    _no_english(visitor_page, language)
    visitor_page.locator("form.tickets-form input[name=mode][value=onsite]").check()
    visitor_page.locator("form.tickets-form button[type=submit]").click()
    settle(visitor_page, "registered-onsite")
    assert Registration.objects.get(event=event, person=visitor).mode == "onsite"

    # … asks for the full site visit and lands on its waiting list.
    row = visitor_page.locator(f"#session-{site_visit.pk}")
    row.locator("button[type=submit]").click()
    settle(visitor_page, "waiting-list")
    _no_english(visitor_page, language)
    run_axe(visitor_page, axe)
    assert visitor_page.locator(f"#session-{site_visit.pk} .tickets-status--waiting").count() == 1
    assert _seat_status(visitor, site_visit) == "waiting"

    # The expert gives up the seat …
    visit(expert_page, reverse_in("tickets:register", SUMMIT_2026, language="en"))
    expert_page.locator(f"#session-{site_visit.pk} form button[type=submit]").click()
    settle(expert_page, "seat-given-up")
    assert expert_page.locator(f"#session-{site_visit.pk} .tickets-status").count() == 0

    # … and the visitor has it.
    visit(visitor_page, reverse_in("tickets:register", SUMMIT_2026, language=language))
    assert visitor_page.locator(f"#session-{site_visit.pk} .tickets-status--ok").count() == 1
    assert _seat_status(visitor, site_visit) == "confirmed"

    # … and the inbox tells them so.
    visit(visitor_page, reverse_in("notifications:inbox", language=language))
    _no_english(visitor_page, language)
    subjects = visitor_page.locator(".inbox__item--unread .inbox__subject").all_inner_texts()
    assert [s for s in subjects if site_visit.title["zh-hans"]["text"] in s], subjects


def test_desk_checks_a_ticket_in_once_and_refuses_it_twice(open_page, axe):
    from qiao.tickets.domain.registrations import ensure_ticket
    from qiao.tickets.models import CheckIn

    event = Event.objects.get(key=SUMMIT_2026)
    visitor = User.objects.get(username="visitor")
    ticket = ensure_ticket(_register_onsite(visitor, event))
    visitor_page, desk_page = open_page("visitor"), open_page("desk-organiser")
    log_in(visitor_page, "visitor")
    log_in(desk_page, "organiser")

    # The visitor shows the ticket; the desk types its code.
    visit(visitor_page, reverse_in("tickets:ticket", ticket.pk, language="en"))
    run_axe(visitor_page, axe)
    code = visitor_page.locator(".ticket__code").inner_text().strip()
    assert code

    visit(desk_page, reverse_in("tickets:checkin", SUMMIT_2026, language="de"))
    assert_no_english(desk_page)
    run_axe(desk_page, axe)
    desk_page.locator("input[name=code]").fill(code.lower())
    desk_page.locator("form.checkin__form button[type=submit]").click()
    settle(desk_page, "checked-in")
    assert desk_page.locator(".checkin__result--ok").count() == 1
    assert_no_english(desk_page)

    # The same code again is refused (HTTP 409, which Chromium logs as a failed resource).
    allow_problem(desk_page, r"status of 409")
    desk_page.locator("input[name=code]").fill(code)
    desk_page.locator("form.checkin__form button[type=submit]").click()
    settle(desk_page, "refused")
    assert desk_page.locator(".checkin__result--refused").count() == 1
    assert desk_page.locator(".checkin__result--ok").count() == 0
    assert_no_english(desk_page)
    assert CheckIn.objects.filter(ticket=ticket).count() == 1
