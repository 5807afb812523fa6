"""Organisers edit sessions, speakers and talks; bad input never saves anything."""

import datetime as dt
import zoneinfo

import pytest

from qiao.core import translated
from qiao.core.models import AuditEntry
from qiao.summits.models import Session, Speaker, Talk
from tests.factories import SessionFactory, UserFactory

pytestmark = pytest.mark.django_db
CST = zoneinfo.ZoneInfo("Asia/Shanghai")


def _session(**overrides):
    data = {
        "key": "opening",
        "kind": "forum",
        "title_en": "Opening forum",
        "title_de": "Eröffnungsforum",
        "title_zh_hans": "开幕论坛",
        "day": "2026-12-10",
        "start": "09:00",
        "end": "10:30",
        "capacity": "200",
    }
    data.update(overrides)
    return data


def test_organiser_creates_session_in_event_time_zone(client, organiser, event):
    client.force_login(organiser)

    response = client.post(f"/en/workspace/summits/{event.key}/sessions/new/", _session())

    assert response.status_code == 302
    session = Session.objects.get()
    assert (session.starts_at, session.ends_at, session.capacity) == (
        dt.datetime(2026, 12, 10, 9, 0, tzinfo=CST),
        dt.datetime(2026, 12, 10, 10, 30, tzinfo=CST),
        200,
    )
    assert AuditEntry.objects.get().action == "session.created"


@pytest.mark.parametrize(
    ("overrides", "field", "message"),
    [
        ({"end": "08:00"}, "end", "The end must be after the start."),
        ({"day": "2026-12-11"}, "day", "must take place during the event, between 2026-12-10 and 2026-12-10."),
        ({"capacity": "-1"}, "capacity", "Ensure this value is greater than or equal to 0."),
        ({"title_en": "", "title_de": "", "title_zh_hans": ""}, "title", "Write this in at least one language"),
        ({"online_link": "https://meet.example"}, "online_link", "Only online sessions have an online link."),
    ],
)
def test_invalid_session_is_refused_with_message_and_not_saved(client, organiser, event, overrides, field, message):
    client.force_login(organiser)

    response = client.post(f"/en/workspace/summits/{event.key}/sessions/new/", _session(**overrides))

    assert response.status_code == 200
    assert message in " ".join(response.context["form"].errors[field])
    assert Session.objects.count() == 0


def test_session_edit_keeps_other_language_provenance_and_refuses_duplicate_key(client, organiser, event):
    SessionFactory(event=event, key="taken")
    session = SessionFactory(event=event, key="mine", title=translated.make("zh", zh="开幕论坛"))
    client.force_login(organiser)

    duplicate = client.post(f"/en/workspace/summits/{event.key}/sessions/{session.pk}/", _session(key="taken"))
    saved = client.post(
        f"/en/workspace/summits/{event.key}/sessions/{session.pk}/",
        _session(key="mine", title_zh_hans="开幕论坛", title_de="", title_en="Opening"),
    )

    assert duplicate.context["form"].errors["key"] == ["Another session of this event has this key."]
    assert saved.status_code == 302
    session.refresh_from_db()
    assert (session.title["zh-hans"]["status"], session.title["en"]["status"]) == ("original", "translated")


def test_non_organiser_cannot_open_setup(client, company, event):
    client.force_login(company)

    assert client.get(f"/en/workspace/summits/{event.key}/").status_code == 403
    assert client.post(f"/en/workspace/summits/{event.key}/sessions/new/", _session()).status_code == 403
    assert Session.objects.count() == 0


def test_organiser_adds_speaker_and_talk_shown_on_setup_page(client, organiser, event):
    session = SessionFactory(event=event)
    client.force_login(organiser)

    client.post(
        f"/en/workspace/summits/{event.key}/speakers/new/",
        {"key": "li-wei", "name_zh_hans": "李伟", "name_en": "Li Wei", "position_en": "Mayor"},
    )
    speaker = Speaker.objects.get()
    client.post(
        f"/en/workspace/summits/{event.key}/sessions/{session.pk}/talks/new/",
        {"speaker": speaker.pk, "kind": "address", "title_en": "Welcome", "order": "0"},
    )
    duplicate = client.post(
        f"/en/workspace/summits/{event.key}/sessions/{session.pk}/talks/new/",
        {"speaker": speaker.pk, "kind": "address", "title_en": "Again", "order": "1"},
    )

    assert Talk.objects.get().title["en"]["text"] == "Welcome"
    assert duplicate.context["form"].errors["speaker"] == [
        "This speaker already has a talk of this kind in this session."
    ]
    page = client.get(f"/en/workspace/summits/{event.key}/").content.decode()
    assert "Li Wei" in page
    assert "Welcome" in page


def test_speaker_without_name_is_refused(client, organiser, event):
    client.force_login(organiser)

    response = client.post(f"/en/workspace/summits/{event.key}/speakers/new/", {"key": "nobody"})

    assert "name" in response.context["form"].errors
    assert Speaker.objects.count() == 0


def test_unapproved_organiser_gets_no_setup(client, event):
    client.force_login(UserFactory(role="organiser", approved=False))

    assert client.get(f"/en/workspace/summits/{event.key}/").status_code == 403
