"""Match pages shared between readers who see only public profiles: the same list, each reader's own
CSRF token and actions, nothing a partner sees leaking to others, fresh after a change."""

from __future__ import annotations

import re

import pytest
from django.test import Client

from qiao.core import translated
from qiao.matchmaking.domain import service
from qiao.matchmaking.models import MatchFeedback
from qiao.meetings.models import MeetingRequest
from qiao.summits.models import Event
from tests.factories import EventFactory, MembershipFactory, OfferFactory, ProjectFactory, UserFactory

pytestmark = pytest.mark.django_db

LASER_DE = (
    "Wir bauen Metall-3D-Drucker, die Pulver mit Lasern aufschmelzen. "
    "Unsere Kunden in Ostchina brauchen schnell Ersatzteile und Kalibrierung."
)
LASER_ZH = "激光增材制造产业园提供金属3D打印设备的标准厂房和技术服务。园区为激光粉末床熔融设备提供备件仓储。"


def _project(**fields):
    title = translated.make("de", de="Servicestützpunkt für Laser-Pulverbett-Anlagen")
    return ProjectFactory(title=title, summary=translated.make("de", de=LASER_DE), **fields)


def _reader(organisation=None, role="company") -> Client:
    person = UserFactory(role=role)
    if organisation is not None:
        MembershipFactory(person=person, organisation=organisation)
    client = Client(enforce_csrf_checks=True)
    client.force_login(person)
    return client


def _matches(client: Client, subject) -> str:
    response = client.get(f"/en/offers/{subject.key}/matches/")
    assert response.status_code == 200
    return response.content.decode()


def _token(html: str) -> str:
    """The token of the first feedback form (the page's header has forms of its own)."""
    form = html[html.index('class="feedback"') :]
    return re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', form).group(1)


def test_each_reader_gets_the_shared_list_with_a_csrf_token_that_works_for_them(fresh_engine):
    project = _project()
    offer = OfferFactory(title=translated.make("zh", zh=LASER_ZH), summary=translated.make("zh", zh=LASER_ZH))
    service.current_engine(wait=True)
    first, second = _reader(), _reader()

    one, two = _matches(first, offer), _matches(second, offer)

    assert "Laser-Pulverbett" in one
    assert "Laser-Pulverbett" in two
    for client, html in ((first, one), (second, two)):
        response = client.post(
            "/en/matches/feedback/",
            {
                "csrfmiddlewaretoken": _token(html),
                "source": f"offer:{offer.pk}",
                "target": f"project:{project.pk}",
                "rank": "1",
                "score": "0.5",
                "relevant": "yes",
            },
        )
        assert response.status_code == 302
    assert MatchFeedback.objects.count() == 2


def test_the_request_button_is_only_for_members_whichever_reader_came_first(fresh_engine):
    _project()
    offer = OfferFactory(title=translated.make("zh", zh=LASER_ZH), summary=translated.make("zh", zh=LASER_ZH))
    service.current_engine(wait=True)
    member, outsider = _reader(offer.organisation, role="officer"), _reader()

    assert "Request a meeting" in _matches(member, offer)
    assert "Request a meeting" not in _matches(outsider, offer)
    assert "Request a meeting" in _matches(member, offer)


def test_a_partners_only_project_reaches_the_partner_and_no_one_else(fresh_engine):
    offer = OfferFactory(title=translated.make("zh", zh=LASER_ZH), summary=translated.make("zh", zh=LASER_ZH))
    hidden = _project(visibility="matched")
    event = EventFactory()
    MeetingRequest.objects.create(
        event=Event.objects.get(pk=event.pk),
        requester=UserFactory(),
        requester_organisation=offer.organisation,
        recipient_organisation=hidden.organisation,
        status="accepted",
    )
    service.current_engine(wait=True)
    outsider_before = _matches(_reader(), offer)
    partner = _matches(_reader(offer.organisation), offer)
    outsider_after = _matches(_reader(), offer)

    assert "Laser-Pulverbett" in partner
    assert "Laser-Pulverbett" not in outsider_before
    assert "Laser-Pulverbett" not in outsider_after


def test_a_renamed_counterpart_shows_at_once(fresh_engine):
    project = _project()
    offer = OfferFactory(title=translated.make("zh", zh=LASER_ZH), summary=translated.make("zh", zh=LASER_ZH))
    service.current_engine(wait=True)
    reader = _reader()
    assert "Servicestützpunkt" in _matches(reader, offer)

    project.title = translated.make("de", de="Kalibrierzentrum für Laseranlagen")
    project.save()
    service.current_engine(wait=True)

    html = _matches(reader, offer)
    assert "Kalibrierzentrum" in html
    assert "Servicestützpunkt" not in html


def test_sector_names_are_shared_per_language_and_follow_a_rename():
    from django.utils import translation

    from qiao.matchmaking import explanations
    from qiao.sectors.models import Sector

    sector = Sector.objects.create(code="C99", name=translated.make("en", en="Test machinery", de="Testmaschinen"))
    with translation.override("de"):
        assert explanations.sector_names()["C99"] == "C99 Testmaschinen"
    assert explanations.sector_names()["C99"] == "C99 Test machinery"

    sector.name = translated.make("en", en="Test equipment", de="Testgeräte")
    sector.save()

    assert explanations.sector_names()["C99"] == "C99 Test equipment"
    with translation.override("de"):
        assert explanations.sector_names()["C99"] == "C99 Testgeräte"
