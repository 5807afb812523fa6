"""Match cards: what a counterpart row is read with, and card labels in the reader's language."""

from __future__ import annotations

import json

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from qiao.core import translated
from qiao.matchmaking.domain import service
from qiao.projects.access import public_offers, public_projects
from tests.factories import MembershipFactory, OfferFactory, ProjectFactory, UserFactory

pytestmark = pytest.mark.django_db

LASER_DE = (
    "Wir bauen Metall-3D-Drucker, die Pulver mit Lasern aufschmelzen. "
    "Unsere Kunden in Ostchina brauchen schnell Ersatzteile und Kalibrierung."
)
LASER_ZH = "激光增材制造产业园提供金属3D打印设备的标准厂房和技术服务。园区为激光粉末床熔融设备提供备件仓储。"


def _project():
    title = translated.make("de", de="Servicestützpunkt für Laser-Pulverbett-Anlagen")
    return ProjectFactory(title=title, summary=translated.make("de", de=LASER_DE))


def _offer(number: int = 1):
    text = translated.make("zh", zh=f"{LASER_ZH} {number}")
    return OfferFactory(title=translated.make("zh", zh=f"激光增材制造产业园 {number}"), summary=text)


def _page_queries(client: Client, url: str) -> tuple[int, str]:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries.captured_queries), response.content.decode()


def _cards(body: str) -> int:
    """How many counterparts a match page or the API's match list shows."""
    return len(json.loads(body)) if body.startswith("[") else body.count('<li class="match card">')


def test_card_rows_hold_only_what_a_card_shows(fresh_engine):
    project = _project()
    _offer()
    service.current_engine(wait=True)
    result = service.query_matches(project)

    (shown,) = service.resolve_matches(result, public_projects(), public_offers(), cards_only=True)
    full = service.resolve_matches(result, public_projects(), public_offers())

    assert shown.target.key == full[0].target.key
    assert shown.target.title == full[0].target.title
    assert shown.target.organisation.name == full[0].target.organisation.name
    deferred = shown.target.get_deferred_fields()
    assert {"summary", "created_at", "land_m2"} <= deferred
    assert {"key", "title", "kind"}.isdisjoint(deferred)
    assert {"description", "city", "created_at"} <= shown.target.organisation.get_deferred_fields()


@pytest.mark.parametrize("url", ["/en/projects/{key}/matches/", "/api/v1/projects/{key}/matches/"])
def test_more_cards_cost_no_more_queries(fresh_engine, url):
    """Every card reads what its row was fetched with: three cards take the queries of one."""
    project, other = _project(), _project()
    _offer(1)
    reader = UserFactory()
    client = Client()
    client.force_login(reader)
    service.current_engine(wait=True)
    # Another project's page first puts the values shared between pages (sector names …) in place.
    client.get(url.format(key=other.key))
    one, page_one = _page_queries(client, url.format(key=project.key))

    _offer(2)
    _offer(3)
    service.current_engine(wait=True)
    client.get(url.format(key=other.key))
    three, page_three = _page_queries(client, url.format(key=project.key))

    assert (_cards(page_one), _cards(page_three)) == (1, 3)
    assert three == one


def test_card_labels_are_in_the_readers_language(fresh_engine):
    project = _project()
    offer = _offer()
    member = UserFactory()
    MembershipFactory(person=member, organisation=project.organisation)
    client = Client()
    client.force_login(member)
    service.current_engine(wait=True)

    german = client.get(f"/de/projects/{project.key}/matches/").content.decode()
    english = client.get(f"/en/projects/{project.key}/matches/").content.decode()

    assert offer.organisation.key in german
    assert "{#" not in german  # a template comment that spans lines prints as text
    assert "#}" not in german
    for label in ("Am besten passende Sätze", "Gespräch anfragen", "Nicht relevant"):
        assert label in german
    for label in ("Best matching sentences", "Request a meeting", "Not relevant"):
        assert label not in german
        assert label in english
