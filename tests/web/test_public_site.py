"""The public site: programme across time zones, online links, filters, intents, fallbacks."""

import datetime as dt
import re
import zoneinfo

import pytest
from django.db import connection
from django.template import Context, Template
from django.test.utils import CaptureQueriesContext

from qiao.core import translated
from qiao.deals.models import Agreement, AgreementParty
from qiao.demo.domain.loader import load_demo
from qiao.sectors.domain.taxonomy import load_taxonomy
from qiao.sectors.models import Sector
from qiao.summits.models import Registration, Speaker, Talk
from tests.factories import (
    EventFactory,
    MembershipFactory,
    OfferFactory,
    OrganisationFactory,
    ProjectFactory,
    SessionFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db

CST = zoneinfo.ZoneInfo("Asia/Shanghai")
HTMX = {"HX-Request": "true"}


def _text(html: str) -> str:
    return re.sub(r"\s+", " ", html)


# --------------------------------------------------------------------------- programme times


def test_programme_in_winter_shows_cst_beside_cet(client):
    event = EventFactory(key="winter")
    SessionFactory(
        event=event,
        starts_at=dt.datetime(2026, 12, 10, 9, 30, tzinfo=CST),
        ends_at=dt.datetime(2026, 12, 10, 10, 0, tzinfo=CST),
    )

    html = client.get("/en/summits/winter/").content.decode()

    assert "09:30–10:00 CST · 02:30–03:00 CET" in html


def test_programme_in_summer_shows_cest(client):
    event = EventFactory(
        key="summer",
        starts_at=dt.datetime(2026, 6, 10, 9, 0, tzinfo=CST),
        ends_at=dt.datetime(2026, 6, 10, 18, 0, tzinfo=CST),
    )
    SessionFactory(
        event=event,
        starts_at=dt.datetime(2026, 6, 10, 9, 30, tzinfo=CST),
        ends_at=dt.datetime(2026, 6, 10, 10, 0, tzinfo=CST),
    )

    html = client.get("/en/summits/summer/").content.decode()

    assert "09:30–10:00 CST · 03:30–04:00 CEST" in html


def test_programme_first_column_follows_reader_zone(client):
    event = EventFactory(key="reader")
    SessionFactory(
        event=event,
        starts_at=dt.datetime(2026, 12, 10, 9, 30, tzinfo=CST),
        ends_at=dt.datetime(2026, 12, 10, 10, 0, tzinfo=CST),
    )
    client.post("/en/preferences/time-zone/", {"time_zone": "Europe/Berlin", "next": "/en/"})

    html = client.get("/en/summits/reader/").content.decode()

    assert re.search(r'<time datetime="[^"]+">[^<]*02:30–03:00 CET</time>', html)


def test_zone_pair_marks_the_previous_day_in_germany():
    template = Template("{% load qiao %}{% zone_pair start end 'Asia/Shanghai' %}")
    start = dt.datetime(2026, 12, 10, 6, 0, tzinfo=CST)

    text = template.render(Context({"start": start, "end": start + dt.timedelta(minutes=50)}))

    assert text == "06:00–06:50 CST · 23:00–23:50 CET (−1)"


# --------------------------------------------------------------------------- online links


@pytest.fixture
def online_event(settings):
    settings.VIDEO_PROVIDER = "link"
    settings.VIDEO_LINK = "https://meeting.example/qiao-room"
    event = EventFactory(key="hybrid")
    SessionFactory(event=event, key="link-up", kind="online", online=True, title=translated.make("en", en="Link-up"))
    return event


def _sees_link(client) -> bool:
    html = client.get("/en/summits/hybrid/").content.decode()
    assert "Link-up" in html
    return "https://meeting.example/qiao-room" in html


def test_online_link_hidden_from_anonymous_visitor(client, online_event):
    html = client.get("/en/summits/hybrid/").content.decode()

    assert "https://meeting.example/qiao-room" not in html
    assert "Link for registered online participants" in html
    assert "Online connection" in html


def test_online_link_hidden_from_onsite_participant(client, online_event):
    person = UserFactory()
    Registration.objects.create(event=online_event, person=person, mode="onsite")
    client.force_login(person)

    assert _sees_link(client) is False


def test_online_link_shown_to_online_participant(client, online_event):
    person = UserFactory()
    Registration.objects.create(event=online_event, person=person, mode="online")
    client.force_login(person)

    assert _sees_link(client) is True


def test_online_link_shown_to_organiser(client, online_event):
    client.force_login(UserFactory(role="organiser"))

    assert _sees_link(client) is True


def test_online_link_of_another_event_registration_does_not_count(client, online_event):
    person = UserFactory()
    Registration.objects.create(event=EventFactory(), person=person, mode="online")
    client.force_login(person)

    assert _sees_link(client) is False


def test_jitsi_room_is_named_after_event_and_session(client, settings):
    settings.VIDEO_PROVIDER = "jitsi"
    settings.JITSI_BASE_URL = "https://video.example"
    settings.JITSI_DOMAIN = "video.example"
    settings.JITSI_SECRET = "s" * 32
    event = EventFactory(key="summit-26")
    SessionFactory(event=event, key="berlin-link", online=True, kind="online")
    client.force_login(UserFactory(role="organiser"))

    html = client.get("/en/summits/summit-26/").content.decode()

    assert "https://video.example/summit-26-berlin-link?jwt=" in html


def test_typed_session_link_wins_over_provider(client, online_event):
    online_event.sessions.update(online_link="https://voov.example/j/123")
    client.force_login(UserFactory(role="organiser"))

    html = client.get("/en/summits/hybrid/").content.decode()

    assert "https://voov.example/j/123" in html
    assert "https://meeting.example/qiao-room" not in html


# --------------------------------------------------------------------------- exhibition filters


@pytest.fixture
def exhibition():
    load_taxonomy()
    machinery, vehicles = Sector.objects.get(code="C28"), Sector.objects.get(code="C29")
    lasers = ProjectFactory(key="lasers", title=translated.make("de", de="Laseranlagen"), preferred_regions="Shaoxing")
    lasers.sectors.add(machinery)
    cars = ProjectFactory(
        key="cars", title=translated.make("en", en="Car parts", de="Autoteile"), preferred_regions="Ningbo, Shaoxing"
    )
    cars.sectors.add(vehicles)
    ProjectFactory(key="robots", title=translated.make("zh", zh="机器人"), preferred_regions="Hangzhou").sectors.add(
        machinery
    )
    return {"lasers", "cars", "robots"}


def _project_keys(html: str) -> set[str]:
    return set(re.findall(r'href="/en/projects/([\w-]+)/"', html))


def test_project_list_unfiltered_shows_all(client, exhibition):
    assert _project_keys(client.get("/en/projects/").content.decode()) == exhibition


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("sector=C28", {"lasers", "robots"}),
        ("region=Shaoxing", {"lasers", "cars"}),
        ("region=Ningbo", {"cars"}),
        ("language=de", {"lasers"}),
        ("language=en", {"cars"}),
        ("sector=C28&language=zh-hans", {"robots"}),
    ],
)
def test_project_filter_narrows_the_list(client, exhibition, query, expected):
    html = client.get(f"/en/projects/?{query}").content.decode()

    assert _project_keys(html) == expected


def test_project_filter_htmx_request_returns_only_the_results(client, exhibition):
    response = client.get("/en/projects/?sector=C29", headers=HTMX)
    html = response.content.decode()

    assert response.status_code == 200
    assert html.lstrip().startswith('<div id="project-results"')
    assert "<html" not in html
    assert _project_keys(html) == {"cars"}
    assert "HX-Request" in response["Vary"]


def test_project_filter_plain_request_returns_full_page_with_htmx_form(client, exhibition):
    html = client.get("/en/projects/?sector=C29").content.decode()

    assert "<html" in html
    assert 'hx-get="/en/projects/"' in html
    assert 'hx-target="#project-results"' in html
    assert '<script src="/static/qiao/vendor/htmx.min.js" defer></script>' in html


def _sector_options(html: str) -> set[str]:
    form = html[html.index('name="sector"') :]
    return set(re.findall(r'<option value="([A-Z]\d+)"', form[: form.index("</select>")]))


def test_project_filter_choices_follow_changes_and_the_readers_own_projects(client, exhibition):
    assert _sector_options(client.get("/en/projects/").content.decode()) == {"C28", "C29"}  # now cached
    chemicals = Sector.objects.get(code="C20")

    ProjectFactory(key="paint").sectors.add(chemicals)  # a new public project renews the shared values
    private = ProjectFactory(key="secret", visibility="private")
    private.sectors.add(Sector.objects.get(code="C26"))
    owner = MembershipFactory(organisation=private.organisation).person
    after_change = _sector_options(client.get("/en/projects/").content.decode())
    client.force_login(owner)
    for_owner = _sector_options(client.get("/en/projects/").content.decode())

    assert after_change == {"C20", "C28", "C29"}
    assert for_owner == {"C20", "C26", "C28", "C29"}


def test_project_filter_unknown_choice_says_so_and_still_lists(client, exhibition):
    response = client.get("/en/projects/?sector=X99&language=klingon")
    html = response.content.decode()

    assert response.status_code == 200
    assert "Choose a sector from the list." in html
    assert "Choose a language from the list." in html
    assert _project_keys(html) == exhibition


def _offer_keys(html: str) -> set[str]:
    return set(re.findall(r'href="/en/offers/([\w-]+)/matches/"', html))


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("", {"land-park", "flats-district"}),
        ("kind=land", {"land-park"}),
        ("place=government", {"flats-district"}),
        ("place=park", {"land-park"}),
        ("sector=C28", {"flats-district"}),
    ],
)
def test_offer_filter_narrows_the_list(client, query, expected):
    load_taxonomy()
    district = OrganisationFactory(kind="government", country="CN")
    OfferFactory(key="land-park", kind="land")
    OfferFactory(key="flats-district", kind="talent_flats", organisation=district).sectors.add(
        Sector.objects.get(code="C28")
    )

    html = client.get(f"/en/offers/?{query}", headers=HTMX).content.decode()

    assert _offer_keys(html) == expected


# --------------------------------------------------------------------------- intents


def test_intents_page_lists_the_2020_signings_with_both_districts(client):
    load_demo(None)

    html = _text(client.get("/en/intents/").content.decode())

    assert html.count('class="card intent"') >= 5
    assert "Letter of intent: " in html
    assert "Yuecheng" in html
    assert "Binhai" in html
    assert "Signed online" in html


def test_summit_page_and_nav_link_to_intents(client):
    load_demo(None)

    html = client.get("/en/summits/summit-2020/").content.decode()

    assert html.count('href="/en/intents/"') == 2


# --------------------------------------------------------------------------- fallbacks


def test_missing_text_shows_original_with_language_badge(client):
    ProjectFactory(key="only-german", title=translated.make("de", de="Präzisionsoptik"))

    html = client.get("/en/projects/only-german/").content.decode()

    assert '<span lang="de">Präzisionsoptik</span>' in html
    assert ">Original: German</span>" in html


def test_text_in_reader_language_has_no_badge(client):
    ProjectFactory(key="bilingual", title=translated.make("de", de="Präzisionsoptik", en="Precision optics"))

    html = client.get("/en/projects/bilingual/").content.decode()

    assert "<h1>Precision optics</h1>" in html
    assert "fallback-badge" not in html


def test_new_pages_keep_strict_csp(client):
    load_demo(None)
    for url in ("/en/intents/", "/de/projects/?sector=C28", "/zh-hans/offers/?kind=land"):
        response = client.get(url)
        html = response.content.decode()

        assert response.status_code == 200, url
        assert re.findall(r"<script(?![^>]*\bsrc=)[^>]*>", html) == [], url
        assert " style=" not in html, url


@pytest.mark.parametrize(("language", "badge"), [("zh-hans", "原文：德语"), ("en", "Original: German")])
def test_fallback_badge_names_the_original_language_in_the_reader_language(client, language, badge):
    ProjectFactory(key="optik", title=translated.make("de", de="Präzisionsoptik"))

    html = client.get(f"/{language}/projects/optik/").content.decode()

    assert '<span class="fallback-badge" title="' in html
    assert f">{badge}</span>" in html


def test_history_restore_gets_the_full_page(client, exhibition):
    response = client.get("/en/projects/?sector=C29", headers={**HTMX, "HX-History-Restore-Request": "true"})

    assert "<html" in response.content.decode()


def test_intent_list_query_count_does_not_grow_with_items(client):
    event = EventFactory()

    def sign(n: int) -> None:
        agreement = Agreement.objects.create(
            key=f"agr-{n}",
            kind="intent",
            title=translated.make("en", en=f"Intent {n}"),
            event=event,
            project=ProjectFactory(),
            signed_at=event.starts_at,
        )
        AgreementParty.objects.create(agreement=agreement, organisation=OrganisationFactory(), public_consent=True)

    sign(0)
    with CaptureQueriesContext(connection) as one:
        client.get("/en/intents/")
    for n in range(1, 4):
        sign(n)
    with CaptureQueriesContext(connection) as four:
        html = client.get("/en/intents/").content.decode()

    assert html.count('class="card intent"') == 4
    assert len(four) == len(one)


def test_speakers_and_talks_fall_back_visibly_in_the_programme(client):
    event = EventFactory(key="talks")
    session = SessionFactory(event=event)
    speaker = Speaker.objects.create(
        key="li", name=translated.make("zh", zh="李华"), position=translated.make("zh", zh="院长", en="Dean")
    )
    Talk.objects.create(session=session, speaker=speaker, kind="keynote", title=translated.make("de", de="Zukunft"))

    html = client.get("/de/summits/talks/").content.decode()

    assert '<span lang="zh-hans">李华</span> <span class="fallback-badge"' in html
    assert '<span lang="en">Dean</span> <span class="fallback-badge"' in html
    assert ">Englisch</span>" in html  # a translation, so not called the original
    assert ">Original: Chinesisch</span>" in html
    assert '<q class="talks__title">Zukunft</q>' in html


def test_regions_of_interest_are_named_in_the_reader_language(client, exhibition):
    html = client.get("/zh-hans/projects/?region=Ningbo").content.decode()

    assert "宁波、绍兴" in html
    assert '<option value="Ningbo" selected>宁波</option>' in html


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (dt.date(2026, 3, 28), "15:00–16:00 CST · 08:00–09:00 CET"),  # Saturday before the spring change
        (dt.date(2026, 3, 30), "15:00–16:00 CST · 09:00–10:00 CEST"),
        (dt.date(2026, 10, 24), "15:00–16:00 CST · 09:00–10:00 CEST"),  # Saturday before the autumn change
        (dt.date(2026, 10, 26), "15:00–16:00 CST · 08:00–09:00 CET"),
    ],
)
def test_zone_pair_follows_german_summer_time_changes(day, expected):
    start = dt.datetime.combine(day, dt.time(15, 0), tzinfo=CST)
    template = Template("{% load qiao %}{% zone_pair start end %}")

    assert template.render(Context({"start": start, "end": start + dt.timedelta(hours=1)})) == expected


def test_language_switch_from_an_english_browser_keeps_the_page(client):
    response = client.post(
        "/i18n/setlang/",
        {"language": "zh-hans", "next": "/de/projects/"},
        HTTP_ACCEPT_LANGUAGE="en",
    )

    assert response.status_code == 302
    assert response["Location"] == "/zh-hans/projects/"
