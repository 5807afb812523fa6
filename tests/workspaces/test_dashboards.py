"""Each role's workspace: the right panels, the right next steps, login required."""

import pytest
from django.conf import settings
from django.urls import reverse

from qiao.core import translated
from qiao.meetings.domain.requests import request_meeting
from tests.factories import ProjectFactory, SessionFactory, UserFactory
from tests.workspaces.conftest import organisation_of

pytestmark = pytest.mark.django_db


def _page(client, user, language="en"):
    client.force_login(user)
    response = client.get(f"/{language}/workspace/")
    assert response.status_code == 200
    return response.content.decode()


def test_anonymous_is_sent_to_the_login_page(client):
    response = client.get("/en/workspace/")

    assert response.status_code == 302
    assert response.url.startswith(reverse(settings.LOGIN_URL))
    assert "next=/en/workspace/" in response.url


def test_login_redirect_setting_points_to_the_workspace():
    assert reverse(settings.LOGIN_REDIRECT_URL) == "/en/workspace/"


def test_company_sees_projects_matches_requests_and_agreements(client, company, event):
    ProjectFactory(
        key="laser-plant",
        organisation=organisation_of(company),
        title=translated.make("de", de="Laserwerk", en="Laser plant"),
    )

    html = _page(client, company)

    assert "My projects" in html
    assert "/en/projects/laser-plant/matches/" in html
    assert "/en/workspace/projects/laser-plant/edit/" in html
    assert 'id="requests"' in html
    assert "My agreements" in html
    assert "Your project “Laser plant” has no text in Chinese." in html
    assert "/en/meetings/agenda.ics" in html
    assert "Exhibition moderation" not in html


def test_company_does_not_see_other_organisations_projects(client, company):
    ProjectFactory(key="someone-else", title=translated.make("de", de="Fremdes Projekt"))

    html = _page(client, company)

    assert "Fremdes Projekt" not in html
    assert "Describe your first project" in html


def test_officer_sees_incoming_request_in_next_steps_and_leads_panel(client, company, officer, event):
    request_meeting(
        requester=company,
        event=event,
        from_organisation=organisation_of(company),
        to_organisation=organisation_of(officer),
    )

    html = _page(client, officer)

    assert "1 meeting request waits for your answer." in html
    assert "My offers" in html
    assert "Leads" in html
    assert f"/en/workspace/requests/{event.meeting_requests.get().pk}/accept/" in html


def test_organiser_sees_moderation_setup_registrations_and_scheduler(client, organiser, event):
    ProjectFactory(moderation="submitted")
    ProjectFactory(moderation="submitted")
    SessionFactory(event=event, title=translated.make("en", en="Opening"))

    html = _page(client, organiser)

    assert "2 projects wait for moderation." in html
    assert "1 session has no title in one of the three languages." in html
    assert f"/en/summits/{event.key}/scheduler/" in html
    assert f"/en/workspace/summits/{event.key}/" in html
    assert "Registrations" in html


def test_expert_workspace_leads_to_the_review_assignments(client):
    html = _page(client, UserFactory(role="expert"))

    assert 'href="/en/reviews/mine/"' in html
    assert "My projects" not in html


def test_visitor_sees_registrations_and_public_pages(client, event):
    html = _page(client, UserFactory(role="visitor"))

    assert "You are not registered for a summit yet." in html
    assert "Register for the summit, onsite or online." in html
    assert 'href="/en/projects/"' in html


def test_workspace_is_translated(client, company):
    html = _page(client, company, language="de")

    assert "Nächste Schritte" in html


def test_organiser_sees_registration_figures_by_mode(client, organiser, event):
    from qiao.summits.models import Registration

    for mode in ("onsite", "onsite", "online"):
        Registration.objects.create(event=event, person=UserFactory(), mode=mode)

    from qiao.workspaces.domain.dashboards import build

    space = build(organiser, "en")

    assert space.figures == {"total": 3, "onsite": 2, "online": 1}
    assert "Checked in" in _page(client, organiser)


def test_unapproved_officer_gets_the_visitor_workspace_and_is_told_why(client, event):
    html = _page(client, UserFactory(role="officer", approved=False))

    assert "The organisers have yet to approve your account as District/park officer" in html
    assert "My offers" not in html
