import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from qiao.core import translated
from tests.factories import EventFactory, ProjectFactory, SessionFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def event():
    event = EventFactory(
        key="summit-x", name=translated.make("zh", zh="中德峰会", de="Deutsch-Chinesischer Gipfel", en="Summit")
    )
    SessionFactory(event=event, title=translated.make("zh", zh="海外连线"), online=True, kind="online")
    return event


@pytest.mark.parametrize(
    ("language", "expected"), [("zh-hans", "中德峰会"), ("de", "Deutsch-Chinesischer Gipfel"), ("en", "Summit")]
)
def test_home_shows_current_summit_in_each_language(client, event, language, expected):
    response = client.get(f"/{language}/")

    assert response.status_code == 200
    assert f'<html lang="{language}">' in response.content.decode()
    assert f'<h1 id="event-title">{expected}</h1>' in response.content.decode()


def test_root_redirects_by_accept_language(client, event):
    response = client.get("/", headers={"accept-language": "de-DE,de;q=0.9,en;q=0.5"})

    assert (response.status_code, response["Location"]) == (302, "/de/")


def test_missing_translation_falls_back_visibly(client, event):
    html = client.get("/de/").content.decode()

    assert '<span lang="zh-hans">海外连线</span>' in html
    assert "fallback-badge" in html


def test_programme_shows_berlin_time_beside_china_time(client, event):
    html = client.get("/en/").content.decode()

    # 09:00 in Shanghai on 10 December is 02:00 in Berlin (CET, UTC+1).
    assert "09:00–10:00 CST" in html
    assert "02:00–03:00 CET" in html


def test_reader_time_zone_choice_changes_first_column(client, event):
    client.post("/en/preferences/time-zone/", {"time_zone": "Europe/Berlin", "next": "/en/"})

    html = client.get("/en/").content.decode()

    assert re.search(r'<time datetime="[^"]+">[^<]*02:00–03:00 CET</time>', html)


def test_unknown_time_zone_choice_is_ignored_and_redirect_stays_on_site(client, event):
    response = client.post("/en/preferences/time-zone/", {"time_zone": "Mars/Olympus", "next": "https://evil.example/"})

    assert (response.status_code, response["Location"]) == (302, "/")
    assert "qiao_tz" not in client.session


def test_pages_send_strict_csp_and_carry_no_inline_script_or_style(client, event):
    ProjectFactory()
    for url in ("/en/", "/zh-hans/summits/summit-x/", "/de/projects/", "/en/offers/", "/en/experts/"):
        response = client.get(url)
        html = response.content.decode()

        assert response.status_code == 200, url
        assert "script-src 'self'" in response["Content-Security-Policy"]
        assert re.findall(r"<script(?![^>]*\bsrc=)[^>]*>", html) == [], url
        assert " style=" not in html, url
        assert "<style" not in html, url


def test_user_text_is_escaped(client):
    EventFactory(name=translated.make("en", en="<script>alert(1)</script>"))

    html = client.get("/en/").content.decode()

    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_project_list_query_count_does_not_grow_with_items(client):
    ProjectFactory()
    with CaptureQueriesContext(connection) as one:
        client.get("/en/projects/")
    ProjectFactory.create_batch(3)
    with CaptureQueriesContext(connection) as four:
        client.get("/en/projects/")

    assert len(four) == len(one)


def test_private_project_page_is_404_for_visitor(client):
    project = ProjectFactory(visibility="private")

    assert client.get(f"/en/projects/{project.key}/").status_code == 404


def test_admin_login_works_in_chinese(client):
    html = client.get("/zh-hans/admin/login/").content.decode()

    assert "登录" in html
