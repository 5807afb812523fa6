"""From accepted requests to published agendas: instance building, a real solver run,
publishing all at once, the iCalendar file and the video link's JWT."""

import datetime as dt

import jwt
import pytest
from icalendar import Calendar

from qiao.core import translated
from qiao.meetings.domain.requests import accept_request, request_meeting
from qiao.meetings.domain.runs import ScheduleError, execute_run, publish_run, start_run
from qiao.meetings.domain.scheduling_adapter import build_instance
from qiao.meetings.models import Meeting, MeetingSlot, ScheduleRun
from qiao.summits.models import Registration
from tests.factories import EventFactory, MembershipFactory, OrganisationFactory, UserFactory

pytestmark = pytest.mark.django_db
UTC = dt.UTC
DAY = dt.date(2026, 12, 14)


@pytest.fixture
def summit(settings):
    settings.VIDEO_PROVIDER = "jitsi"
    settings.JITSI_BASE_URL = "https://meet.qiao.example"
    settings.JITSI_SECRET = "jitsi-test-secret-of-at-least-32-bytes"
    settings.JITSI_DOMAIN = "meet.qiao.example"
    event = EventFactory(key="summit-2026x")
    # 02:00 and 08:00 UTC: 10:00 and 16:00 in Shaoxing; 03:00 and 09:00 in Berlin (CET).
    early = MeetingSlot.objects.create(
        event=event,
        starts_at=dt.datetime(2026, 12, 14, 2, tzinfo=UTC),
        ends_at=dt.datetime(2026, 12, 14, 2, 30, tzinfo=UTC),
        block="d1",
        tables=5,
    )
    late = MeetingSlot.objects.create(
        event=event,
        starts_at=dt.datetime(2026, 12, 14, 8, tzinfo=UTC),
        ends_at=dt.datetime(2026, 12, 14, 8, 30, tzinfo=UTC),
        block="d1",
        tables=5,
    )
    german = MembershipFactory(person=UserFactory(role="company", time_zone="Europe/Berlin")).person
    district = OrganisationFactory(country="CN", kind="government", name=translated.make("zh", zh="越城区人民政府"))
    officer = MembershipFactory(
        person=UserFactory(role="officer", time_zone="Asia/Shanghai"), organisation=district
    ).person
    Registration.objects.create(event=event, person=german, mode="online")
    Registration.objects.create(event=event, person=officer, mode="onsite", onsite_from=DAY, onsite_to=DAY)
    request = request_meeting(
        requester=german,
        event=event,
        from_organisation=german.memberships.get().organisation,
        to_organisation=district,
        priority=3,
    )
    accept_request(request, by=officer)
    return {"event": event, "early": early, "late": late, "german": german, "officer": officer, "request": request}


def test_instance_offers_only_the_slot_inside_berlin_business_hours(summit):
    context = build_instance(summit["event"])

    german = next(p for p in context.instance.participants if p.id == f"p{summit['german'].pk}")
    officer = next(p for p in context.instance.participants if p.id == f"p{summit['officer'].pk}")

    assert german.available == {f"s{summit['late'].pk}": frozenset({"online"})}
    assert officer.available[f"s{summit['early'].pk}"] == frozenset({"onsite", "online"})
    assert [(r.a, r.b, r.weight) for r in context.instance.requests] == [
        (f"p{summit['german'].pk}", f"p{summit['officer'].pk}", 3)
    ]


def test_run_publish_and_calendar_file_with_signed_video_link(summit, client):
    organiser = UserFactory(role="organiser")
    run = ScheduleRun.objects.create(event=summit["event"], started_by=organiser, seconds=5)

    execute_run(run.pk)
    published = publish_run(ScheduleRun.objects.get(pk=run.pk), organiser)

    meeting = Meeting.objects.get()
    assert published == 1
    assert (meeting.slot, meeting.mode, meeting.table) == (summit["late"], "online", None)
    client.force_login(summit["german"])
    calendar = Calendar.from_ical(client.get("/en/meetings/agenda.ics").content)
    (event,) = calendar.walk("VEVENT")
    assert event.decoded("dtstart") == dt.datetime(2026, 12, 14, 8, tzinfo=UTC)
    assert "越城区人民政府" in str(event.get("summary"))
    link = str(event.get("url"))
    assert link.startswith("https://meet.qiao.example/")
    token = link.split("jwt=", 1)[1]
    claims = jwt.decode(token, "jitsi-test-secret-of-at-least-32-bytes", algorithms=["HS256"], audience="qiao")
    assert claims["room"] == link.split("/")[-1].split("?")[0]
    with pytest.raises(jwt.InvalidSignatureError):
        jwt.decode(token, "a-wrong-secret-of-at-least-32-bytes!", algorithms=["HS256"], audience="qiao")


def test_agenda_page_shows_meeting_in_readers_time_zone(summit, client):
    organiser = UserFactory(role="organiser")
    run = ScheduleRun.objects.create(event=summit["event"], started_by=organiser, seconds=5)
    execute_run(run.pk)
    publish_run(ScheduleRun.objects.get(pk=run.pk), organiser)
    client.force_login(summit["german"])

    html = client.get("/de/meetings/agenda/").content.decode()

    assert "09:00–09:30 CET" in html


def test_publishing_again_replaces_the_agenda_all_at_once(summit):
    organiser = UserFactory(role="organiser")
    first = ScheduleRun.objects.create(event=summit["event"], started_by=organiser, seconds=5)
    second = ScheduleRun.objects.create(event=summit["event"], started_by=organiser, seconds=5)
    execute_run(first.pk)
    execute_run(second.pk)

    publish_run(ScheduleRun.objects.get(pk=first.pk), organiser)
    publish_run(ScheduleRun.objects.get(pk=second.pk), organiser)

    assert list(Meeting.objects.values_list("run", flat=True)) == [second.pk]
    assert ScheduleRun.objects.get(pk=first.pk).published_at is None


def test_unfinished_run_cannot_be_published_and_time_limit_is_checked(summit):
    organiser = UserFactory(role="organiser")
    run = ScheduleRun.objects.create(event=summit["event"], started_by=organiser)

    with pytest.raises(ScheduleError):
        publish_run(run, organiser)
    with pytest.raises(ScheduleError):
        start_run(summit["event"], organiser, seconds=0)
    assert Meeting.objects.count() == 0


def test_scheduler_page_is_for_organisers_only(summit, client):
    client.force_login(summit["officer"])
    assert client.get(f"/en/summits/{summit['event'].key}/scheduler/").status_code == 403

    client.force_login(UserFactory(role="organiser"))
    response = client.get(f"/en/summits/{summit['event'].key}/scheduler/")
    assert response.status_code == 200
    assert "Run the scheduler" in response.content.decode()


def test_start_from_page_queues_a_run(summit, client, django_capture_on_commit_callbacks):
    client.force_login(UserFactory(role="organiser"))

    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        client.post(f"/en/summits/{summit['event'].key}/scheduler/start/", {"seconds": "5"})

    assert ScheduleRun.objects.get().status == "queued"
    assert len(callbacks) == 1


def test_request_without_common_time_is_explained_to_both_in_their_terms(summit, client):
    # Only the early slot exists now: 03:00 in Berlin, outside the German side's hours.
    summit["late"].delete()
    organiser = UserFactory(role="organiser")
    run = ScheduleRun.objects.create(event=summit["event"], started_by=organiser, seconds=5)
    execute_run(run.pk)
    publish_run(ScheduleRun.objects.get(pk=run.pk), organiser)

    client.force_login(summit["german"])
    html = client.get("/en/meetings/agenda/").content.decode()

    assert "No common time" in html
    assert "online 08:00–18:00 Europe/Berlin" in html
    assert "onsite on" in html

    client.force_login(organiser)
    page = client.get(f"/en/summits/{summit['event'].key}/scheduler/").content.decode()
    assert "could not place" in page
    assert "No common time" in page


def test_agenda_file_holds_sessions_and_meetings_with_links_only_for_online_participants(summit, client):
    from qiao.summits.models import Session
    from qiao.tickets.domain.seats import register_for_session

    event = summit["event"]
    Session.objects.create(
        event=event,
        key="forum",
        kind="forum",
        title=translated.make("en", en="High-level forum"),
        starts_at=dt.datetime(2026, 12, 14, 1, tzinfo=UTC),
        ends_at=dt.datetime(2026, 12, 14, 2, tzinfo=UTC),
        time_zone="Asia/Shanghai",
        online=True,
    )
    visit = Session.objects.create(
        event=event,
        key="visit",
        kind="site_visit",
        title=translated.make("en", en="Site visit Keqiao"),
        starts_at=dt.datetime(2026, 12, 14, 6, tzinfo=UTC),
        ends_at=dt.datetime(2026, 12, 14, 8, tzinfo=UTC),
        time_zone="Asia/Shanghai",
        capacity=10,
    )
    publish_run(execute_run(start_run(event, summit["officer"], seconds=5).pk), summit["officer"])

    client.force_login(summit["german"])  # registered online
    german = Calendar.from_ical(client.get("/en/meetings/agenda.ics").content)
    client.force_login(summit["officer"])  # registered onsite, takes a seat on the site visit
    register_for_session(summit["officer"], visit)
    officer = Calendar.from_ical(client.get("/en/meetings/agenda.ics").content)

    def summaries(cal):
        return {str(e.get("summary")): e for e in cal.walk("VEVENT")}

    g, o = summaries(german), summaries(officer)
    forum_key = next(k for k in g if k.endswith("High-level forum"))
    assert g[forum_key].decoded("dtstart") == dt.datetime(2026, 12, 14, 1, tzinfo=UTC)
    assert "meet.qiao.example" in str(g[forum_key].get("url"))
    assert not any(k.endswith("Site visit Keqiao") for k in g)
    assert any(k.startswith("Meeting with") for k in g)
    assert any(k.endswith("Site visit Keqiao") for k in o)
    assert next(e for k, e in o.items() if k.endswith("High-level forum")).get("url") is None
