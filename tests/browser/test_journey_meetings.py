"""J1, the issue's main journey: a German company representative signs up in German, describes
a project in German, finds Chinese districts' offers among its matches and asks for a meeting;
the district officer, working in Chinese, accepts; the organiser runs the scheduler and
publishes; both see the meeting in their own time zone and download it as an .ics file.

Each step uses the pages as they are; where a page is still missing the journey stops there
with a skip naming it."""

from __future__ import annotations

import datetime as dt
import re
import zoneinfo
from pathlib import Path
from typing import Any

import icalendar
import pytest
from django.core.management import call_command

from qiao.accounts.models import Membership, User
from qiao.demo.summit2026 import EVENT_KEY as SUMMIT_2026
from qiao.meetings.domain.requests import request_meeting, withdraw_request
from qiao.meetings.models import Meeting, MeetingRequest, ScheduleRun
from qiao.organisations.models import Organisation
from qiao.projects.models import Offer, Project
from qiao.sectors.models import Sector
from qiao.summits.models import Event, Registration
from tests.browser.harness import assert_no_english, log_in, run_axe, settle, sign_in, visit
from tests.browser.harness import reverse_in as url

OTHER_ZONE = {"Europe/Berlin": "Asia/Shanghai", "Asia/Shanghai": "Europe/Berlin"}
PASSWORD = "Lasertisch-Shaoxing-2026"
PROJECT_TITLE = "Fertigung für Laser-Pulverbettanlagen in Yuecheng"
PROJECT_SUMMARY = (
    "Wir suchen in Yuecheng (Shaoxing) ein erschlossenes Industriegrundstück von etwa 60 Mu für eine "
    "Fertigung im Bereich intelligente Fertigung: Laser-Pulverbettanlagen für die additive Fertigung, "
    "mit Montage, Service und Schulung für Kunden in China. Wir brauchen Standardfabriken oder eine "
    "Halle mit Kranbahn, Wohnungen für Ingenieure und Unterstützung bei der Arbeitserlaubnis."
)


def confirmation_link(mailbox: list[Any], address: str) -> str:
    (message,) = [m for m in mailbox if address in m.to]
    found = re.search(r"https?://\S+/accounts/confirm-email/\S+/", message.body)
    assert found, f"no confirmation link in:\n{message.body}"
    return found.group(0)


def sign_up_in_german(page: Any, mailbox: list[Any]) -> User:
    visit(page, url("account_signup", language="de"))
    assert_no_english(page)
    form = page.locator("form.account-form")
    form.locator("input[name=role][value=company]").check()
    form.locator("input[name=username]").fill("kvogel")
    form.locator("input[name=email]").fill("katrin.vogel@auerbach-laser.example.de")
    form.locator("input[name=password1]").fill(PASSWORD)
    form.locator("input[name=password2]").fill(PASSWORD)
    form.locator("input[name=first_name]").fill("Katrin")
    form.locator("input[name=last_name]").fill("Vogel")
    form.locator("input[name=organisation_name]").fill("Auerbach Lasersysteme GmbH")
    form.locator("select[name=language]").select_option("de")
    form.locator("input[name=time_zone]").fill("Europe/Berlin")
    form.locator("input[name=consent_processing]").check()
    form.locator("input[name=consent_cross_border]").check()
    form.locator("button[type=submit]").click()
    settle(page, "signed-up")
    assert_no_english(page)

    link = confirmation_link(mailbox, "katrin.vogel@auerbach-laser.example.de")
    assert "/de/accounts/" in link, "the confirmation mail should lead to the German pages"
    visit(page, link)
    page.locator("main form button[type=submit]").click()
    settle(page, "e-mail-confirmed")
    user = User.objects.get(username="kvogel")
    assert (user.role, user.language, user.time_zone) == ("company", "de", "Europe/Berlin")
    assert page.evaluate("document.documentElement.lang") == "de"
    return user


def describe_project(page: Any) -> Project:
    visit(page, url("workspaces:project_create", language="de"))
    assert_no_english(page)
    form = page.locator("main form")
    form.locator("select[name=original_language]").select_option("de")
    form.locator("input[name=title_de]").fill(PROJECT_TITLE)
    form.locator("textarea[name=summary_de]").fill(PROJECT_SUMMARY)
    form.locator("select[name=kind]").select_option("invest")
    for code in ("C28", "C26"):
        form.locator(f"input[name=sectors][value='{Sector.objects.get(code=code).pk}']").check()
    form.locator("input[name=investment]").fill("12000000")
    form.locator("input[name=jobs]").fill("80")
    form.locator("input[name=land_mu]").fill("60")
    form.locator("input[name=preferred_regions]").fill("Shaoxing")
    form.locator("button[type=submit]").click()
    settle(page, "project-saved")
    assert page.locator(".messages__item--success").count() == 1
    return Project.objects.get(title__de__text=PROJECT_TITLE)


def publish_if_moderated(page: Any, project: Project) -> None:
    """Projects by new accounts wait for the organisers; the organiser publishes it."""
    if getattr(project, "moderation", "published") != "submitted":
        return
    visit(page, url("workspaces:moderation", language="en"))
    page.locator(f"form[action*='/moderation/{project.key}/publish/'] button").click()
    settle(page, "project-published")
    project.refresh_from_db()
    assert project.moderation == "published"


def matched_offers(page: Any, project: Project) -> list[Offer]:
    """Opens the project's matches (the engine builds on demand) and returns the offers shown."""
    visit(page, url("matchmaking:project_matches", project.key, language="de"))
    page.wait_for_selector("ol.matches", timeout=120_000)
    settle(page, "matches")
    assert_no_english(page)
    titles = [" ".join(t.split()) for t in page.locator("ol.matches .card__title").all_inner_texts()]
    return [o for o in Offer.objects.select_related("organisation") if o.title.get("de", {}).get("text") in titles]


def test_company_signs_up_describes_project_and_asks_a_district(open_page, axe, mailoutbox):
    company_page = open_page("company-de")
    organiser_page = open_page("organiser-en")
    officer_page = open_page("officer-zh")

    # 1. A German company representative signs up in German.
    user = sign_up_in_german(company_page, mailoutbox)
    # No page links a new person to their company yet: the organisers do it in the admin.
    Membership.objects.create(person=user, organisation=Organisation.objects.get(key="de-2020-auerbach"))
    # … registers for the 2026 summit, online from Germany (meetings are placed for registrants).
    visit(company_page, url("tickets:register", SUMMIT_2026, language="de"))
    assert_no_english(company_page)
    form = company_page.locator("main form:has(input[name=mode])")
    form.locator("input[name=mode][value=online]").check()
    form.locator("button[type=submit]").click()
    settle(company_page, "registered-online")
    assert Registration.objects.filter(person=user, event__key=SUMMIT_2026, mode="online").exists()

    # 2. … describes a project in German, which the organiser publishes if it is moderated.
    project = describe_project(company_page)
    run_axe(company_page, axe)
    log_in(organiser_page, "organiser")
    publish_if_moderated(organiser_page, project)

    # 3. … finds Chinese districts' and parks' offers among the matches.
    offers = matched_offers(company_page, project)
    run_axe(company_page, axe)
    chinese = [o for o in offers if o.organisation.country == "CN"]
    assert chinese, "no Chinese district's or park's offer among the matches"

    # 4. … and asks the best-matching one for a meeting at the 2026 summit.
    chosen = chinese[0]
    card = company_page.locator("ol.matches li.match", has_text=chosen.title["de"]["text"])
    ask = card.locator("form:not([action*='feedback']) button[type=submit], a[href*='meeting']")
    if ask.count() == 0:
        pytest.skip("J1 stops after the matches: the matches page offers no way to ask for a meeting yet")
    ask.first.click()
    settle(company_page, "meeting-asked")
    form = company_page.locator("main form:has(textarea[name=message])")
    if form.count():
        form.locator("textarea[name=message]").fill("Wir würden Ihr Angebot gern beim Gipfel besprechen.")
        form.locator("button[type=submit]").last.click()
        settle(company_page, "meeting-request-sent")
    request = MeetingRequest.objects.get(requester=user)
    assert (request.status, request.recipient_organisation) == ("pending", chosen.organisation)
    # The demo officer serves Yuecheng District; here they also answer for the chosen park.
    officer = User.objects.get(username="officer")
    Membership.objects.get_or_create(person=officer, organisation=chosen.organisation)

    _accept_schedule_publish(request, officer_page, organiser_page, axe)
    meeting = Meeting.objects.select_related("slot").get(request=request, run__published_at__isnull=False)
    _agenda_shows_meeting(company_page, meeting, "de", "Europe/Berlin", axe)
    _agenda_shows_meeting(officer_page, meeting, "zh-hans", "Asia/Shanghai", axe)


def test_district_accepts_organiser_schedules_both_download_the_meeting(open_page, axe):
    """J1's second half on the demo accounts: the request is made in the domain (arrange)."""
    company, officer = User.objects.get(username="company"), User.objects.get(username="officer")
    # The demo's request between these two is already accepted: withdraw it and ask anew.
    for earlier in MeetingRequest.objects.filter(requester=company, event__key=SUMMIT_2026):
        withdraw_request(earlier, company)
    request = request_meeting(
        requester=company,
        event=Event.objects.get(key=SUMMIT_2026),
        from_organisation=Organisation.objects.get(key="de-2020-auerbach"),
        to_organisation=Organisation.objects.get(key="cn-yuecheng"),
        message="Wir würden Ihr Grundstück gern beim Gipfel besprechen.",
    )
    company_page, officer_page = open_page("company-de"), open_page("officer-zh")
    organiser_page = open_page("organiser-en")
    log_in(company_page, "company")

    _accept_schedule_publish(request, officer_page, organiser_page, axe)

    meeting = Meeting.objects.select_related("slot").get(request=request, run__published_at__isnull=False)
    assert (company.time_zone, officer.time_zone) == ("Europe/Berlin", "Asia/Shanghai")
    _agenda_shows_meeting(company_page, meeting, "de", "Europe/Berlin", axe)
    _agenda_shows_meeting(officer_page, meeting, "zh-hans", "Asia/Shanghai", axe)


def _accept_schedule_publish(request: MeetingRequest, officer_page: Any, organiser_page: Any, axe: str) -> None:
    # The district officer signs in, in Chinese, and accepts the request in the workspace.
    sign_in(officer_page, "officer", language="zh-hans")
    visit(officer_page, url("workspaces:home", language="zh-hans"))
    assert_no_english(officer_page)
    run_axe(officer_page, axe)
    officer_page.locator(f"form[action*='/requests/{request.pk}/accept/'] button").click()
    settle(officer_page, "request-accepted")
    request.refresh_from_db()
    assert request.status == "accepted"

    # The organiser runs the scheduler; the task worker solves; the organiser publishes.
    log_in(organiser_page, "organiser")
    visit(organiser_page, url("meetings:scheduler", SUMMIT_2026, language="en"))
    run_axe(organiser_page, axe)
    organiser_page.locator("input[name=seconds]").fill("5")
    organiser_page.locator("form[action$='/scheduler/start/'] button[type=submit]").click()
    settle(organiser_page, "scheduler-started")
    organiser_page.goto("about:blank")  # the busy page refreshes itself; leave it while the worker runs
    call_command("db_worker", "--batch", "--no-startup-delay", "--no-reload", verbosity=0)
    visit(organiser_page, url("meetings:scheduler", SUMMIT_2026, language="en"))
    organiser_page.locator("form[action*='/publish/'] button[type=submit]").first.click()
    settle(organiser_page, "schedule-published")
    assert ScheduleRun.objects.filter(event__key=SUMMIT_2026, published_at__isnull=False).count() == 1


def _agenda_shows_meeting(page: Any, meeting: Meeting, language: str, zone: str, axe: str) -> None:
    visit(page, url("meetings:agenda", language=language))
    assert_no_english(page)
    run_axe(page, axe)
    local = meeting.slot.starts_at.astimezone(zoneinfo.ZoneInfo(zone))
    elsewhere = meeting.slot.starts_at.astimezone(zoneinfo.ZoneInfo(OTHER_ZONE[zone]))
    agenda = page.locator("#agenda-meetings").inner_text()
    assert local.strftime("%H:%M") in agenda
    assert elsewhere.strftime("%H:%M") not in agenda

    with page.expect_download() as download_info:
        page.locator("a[href$='agenda.ics']").first.click()
    calendar = icalendar.Calendar.from_ical(Path(download_info.value.path()).read_bytes())
    (event,) = [c for c in calendar.walk("VEVENT") if str(c["uid"]) == f"qiao-meeting-{meeting.pk}@qiao"]
    assert event.decoded("dtstart").astimezone(dt.UTC) == meeting.slot.starts_at.astimezone(dt.UTC)
