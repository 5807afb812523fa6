"""Every workspace page renders in each language, without inline styles or scripts."""

import pytest

from tests.factories import ProjectFactory, SessionFactory
from tests.workspaces.conftest import organisation_of

pytestmark = pytest.mark.django_db
LANGUAGES = ["zh-hans", "de", "en"]


def _assert_clean(response):
    html = response.content.decode()
    assert response.status_code == 200
    assert "style=" not in html
    assert "<script>" not in html


@pytest.mark.parametrize("language", LANGUAGES)
def test_organiser_pages_render(client, organiser, event, language):
    session = SessionFactory(event=event)
    ProjectFactory(moderation="submitted")
    client.force_login(organiser)

    for path in (
        "",
        "moderation/",
        f"summits/{event.key}/",
        f"summits/{event.key}/sessions/new/",
        f"summits/{event.key}/sessions/{session.pk}/",
        f"summits/{event.key}/speakers/new/",
        f"summits/{event.key}/sessions/{session.pk}/talks/new/",
    ):
        _assert_clean(client.get(f"/{language}/workspace/{path}"))


@pytest.mark.parametrize("language", LANGUAGES)
def test_company_pages_render(client, company, event, language):
    ProjectFactory(key="mine", organisation=organisation_of(company))
    client.force_login(company)

    for path in ("", "projects/new/", "projects/mine/edit/"):
        _assert_clean(client.get(f"/{language}/workspace/{path}"))


def test_organiser_edit_form_shows_times_in_event_zone(client, organiser, event):
    session = SessionFactory(event=event)
    client.force_login(organiser)

    html = client.get(f"/en/workspace/summits/{event.key}/sessions/{session.pk}/").content.decode()

    assert 'value="2026-12-10"' in html
    assert 'value="09:00"' in html
