"""The organiser's table plan of a published run, read back from real PDF and CSV files."""

import csv
import datetime as dt
import io

import pytest
from django.urls import reverse
from django.utils import timezone, translation

from qiao.core import translated
from qiao.meetings.domain.requests import accept_request, request_meeting
from qiao.meetings.models import Meeting, MeetingSlot, ScheduleRun
from tests.factories import EventFactory, MembershipFactory, OrganisationFactory, UserFactory
from tests.pdf_files import assert_chinese_is_embedded, text_of

pytestmark = pytest.mark.django_db
UTC = dt.UTC


@pytest.fixture
def published():
    event = EventFactory(key="summit-plan", time_zone="Asia/Shanghai")
    # 06:00 UTC on 14 Dec 2026 is 14:00 in Shaoxing and 07:00 CET in Berlin.
    slot = MeetingSlot.objects.create(
        event=event,
        starts_at=dt.datetime(2026, 12, 14, 6, tzinfo=UTC),
        ends_at=dt.datetime(2026, 12, 14, 6, 30, tzinfo=UTC),
        block="d1",
        tables=5,
    )
    run = ScheduleRun.objects.create(event=event, status=ScheduleRun.Status.DONE, published_at=timezone.now())
    district = OrganisationFactory(country="CN", name=translated.make("zh", zh="柯桥区人民政府", en="Keqiao District"))
    officer = MembershipFactory(person=UserFactory(role="officer"), organisation=district).person
    names = ["Müller Lasertechnik GmbH", "Auerbach Medizintechnik AG", "Brandt E-Mobility GmbH"]
    for number, name in enumerate(names):
        company = OrganisationFactory(country="DE", name=translated.make("de", de=name))
        person = MembershipFactory(person=UserFactory(role="company"), organisation=company).person
        request = request_meeting(
            requester=person, event=event, from_organisation=company, to_organisation=district, priority=2
        )
        accept_request(request, by=officer)
        online = number == 2
        Meeting.objects.create(
            run=run,
            request=request,
            slot=slot,
            mode="online" if online else "onsite",
            table=None if online else number + 1,
            video_link="https://meet.qiao.example/room-3" if online else "",
        )
    organiser = UserFactory(role="organiser")
    return {"event": event, "run": run, "organiser": organiser, "officer": officer}


def _url(data, fmt, lang="en"):
    with translation.override(lang):
        return reverse("meetings:table_plan", args=[data["event"].key, data["run"].pk, fmt])


def test_csv_lists_every_table_and_room_with_both_time_zones(published, client):
    client.force_login(published["organiser"])
    response = client.get(_url(published, "csv"))

    assert response.status_code == 200
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[0][:4] == ["Slot", "Block", "Mode", "Table or room"]
    body = rows[1:]
    assert [(r[2], r[3], r[4]) for r in body] == [
        ("Onsite", "Table 1", "Müller Lasertechnik GmbH"),
        ("Onsite", "Table 2", "Auerbach Medizintechnik AG"),
        ("Online", "Room 1", "Brandt E-Mobility GmbH"),
    ]
    assert all("14:00–14:30 CST" in r[0] and "07:00–07:30 CET" in r[0] for r in body)
    assert body[2][6] == "https://meet.qiao.example/room-3"
    assert {r[5] for r in body} == {"Keqiao District"}


def test_pdf_prints_chinese_and_german_names_in_the_readers_language(published, client):
    client.force_login(published["organiser"])
    response = client.get(_url(published, "pdf", lang="zh-hans"))

    assert response["Content-Type"] == "application/pdf"
    text = text_of(response.content)
    assert "Müller Lasertechnik GmbH" in text
    assert "柯桥区人民政府" in text
    assert_chinese_is_embedded(response.content)
    assert "14:00–14:30" in text


def test_only_organisers_get_the_plan_and_only_of_a_published_run(published, client):
    client.force_login(published["officer"])
    assert client.get(_url(published, "csv")).status_code == 403

    client.force_login(published["organiser"])
    published["run"].published_at = None
    published["run"].save()
    assert client.get(_url(published, "csv")).status_code == 404
    published["run"].published_at = timezone.now()
    published["run"].save()
    assert client.get(_url(published, "xlsx")).status_code == 404
