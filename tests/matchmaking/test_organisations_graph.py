"""Organisation-level matches, match filters, and the organisers' match graph of an event."""

from __future__ import annotations

import datetime as dt

import pytest
from django.urls import reverse
from django.utils import translation

from qiao.core import translated
from qiao.deals.models import Agreement
from qiao.matchmaking.domain.graph import Edge, layout, strongest_edges
from qiao.matchmaking.domain.organisations import event_graph, event_organisations
from tests.factories import EventFactory, OfferFactory, OrganisationFactory, ProjectFactory, UserFactory

pytestmark = pytest.mark.django_db

LASER_DE = (
    "Wir bauen Metall-3D-Drucker, die Pulver mit Lasern aufschmelzen. "
    "Unsere Kunden in Ostchina brauchen schnell Ersatzteile und Kalibrierung."
)
LASER_ZH = "激光增材制造产业园提供金属3D打印设备的标准厂房和技术服务。园区为激光粉末床熔融设备提供备件仓储。"
TEXTILE_ZH = "纺织印染园区提供污水处理设施和印染车间。园区欢迎德国纺织机械企业。"


def _url(name, *args, lang="en"):
    with translation.override(lang):
        return reverse(name, args=args)


@pytest.fixture
def world(fresh_engine):
    german = OrganisationFactory(country="DE", name=translated.make("de", de="Laserwerk Auerbach GmbH"))
    laser_park = OrganisationFactory(
        country="CN",
        name=translated.make("zh", zh="柯桥激光产业园", en="Keqiao Laser Park"),
        district=translated.make("zh", zh="柯桥区", en="Keqiao District"),
    )
    textile_park = OrganisationFactory(
        country="CN",
        name=translated.make("zh", zh="越城纺织园", en="Yuecheng Textile Park"),
        district=translated.make("zh", zh="越城区", en="Yuecheng District"),
    )
    project = ProjectFactory(
        organisation=german,
        title=translated.make("de", de="Servicestützpunkt für Laser-Pulverbett-Anlagen"),
        summary=translated.make("de", de=LASER_DE),
    )
    laser = OfferFactory(
        organisation=laser_park, title=translated.make("zh", zh=LASER_ZH), summary=translated.make("zh", zh=LASER_ZH)
    )
    textile = OfferFactory(
        organisation=textile_park,
        title=translated.make("zh", zh=TEXTILE_ZH),
        summary=translated.make("zh", zh=TEXTILE_ZH),
    )
    return {
        "german": german,
        "laser_park": laser_park,
        "textile_park": textile_park,
        "project": project,
        "laser": laser,
        "textile": textile,
    }


def test_organisation_page_ranks_the_laser_park_first_and_names_the_pair(world, client):
    response = client.get(_url("matchmaking:organisation_matches", world["german"].key))

    body = response.content.decode()
    assert response.status_code == 200
    assert body.index("Keqiao Laser Park") < body.index("Yuecheng Textile Park")
    assert "Servicestützpunkt für Laser-Pulverbett-Anlagen" in body


def test_district_and_language_filters_narrow_the_match_list(world, client):
    url = _url("matchmaking:project_matches", world["project"].key)

    everything = client.get(url).content.decode()
    only_yuecheng = client.get(url, {"district": "Yuecheng District"}).content.decode()
    only_german_texts = client.get(url, {"language": "de"}).content.decode()

    assert "激光增材制造产业园" in everything
    assert "纺织印染园区" in everything
    assert "纺织印染园区" in only_yuecheng
    assert "激光增材制造产业园" not in only_yuecheng
    assert "No match passes these filters." in only_german_texts


def test_unknown_filter_value_is_answered_with_the_form_error_not_a_500(world, client):
    response = client.get(_url("matchmaking:project_matches", world["project"].key, lang="de"), {"sector": "<script>"})

    body = response.content.decode()
    assert response.status_code == 200
    assert "Bitte eine gültige Auswahl treffen" in body
    assert "<script>" not in body
    assert "激光增材制造产业园" in body  # the invalid filter filters nothing


def test_event_graph_links_the_eventss_organisations_by_their_best_pair(world, client):
    event = EventFactory(key="graph-2026")
    _sign(event, world["german"], world["laser_park"])
    _sign(event, world["german"], world["textile_park"])

    assert {o.key for o in event_organisations(event)} == {
        o.key for o in (world["german"], world["laser_park"], world["textile_park"])
    }
    graph = event_graph(event, "en")
    assert graph is not None
    strongest = graph.edges[0]
    assert {strongest[0].name, strongest[1].name} == {"Laserwerk Auerbach GmbH", "Keqiao Laser Park"}
    assert strongest[0].side != strongest[1].side

    organiser = UserFactory(role="organiser")
    client.force_login(organiser)
    page = client.get(_url("matchmaking:match_graph", event.key)).content.decode()
    assert "<svg" in page
    assert "Keqiao Laser Park" in page
    client.force_login(UserFactory(role="company"))
    assert client.get(_url("matchmaking:match_graph", event.key)).status_code == 403


def _sign(event, *parties):
    key = "loi-" + "-".join(p.key for p in parties)
    agreement = Agreement.objects.create(
        key=key[:64],
        kind="intent",
        title=translated.make("en", en="Letter of intent"),
        event=event,
        signed_at=dt.datetime(2026, 12, 14, 6, tzinfo=dt.UTC),
    )
    agreement.parties.set(parties)
    return agreement


def test_strongest_edges_keep_each_nodes_best_and_layout_separates_the_sides():
    edges = [Edge("a", "x", 0.9, ""), Edge("a", "y", 0.5, ""), Edge("b", "y", 0.7, ""), Edge("a", "x", 0.4, "")]
    kept = strongest_edges(edges, per_node=1)
    assert [(e.a, e.b, e.score) for e in kept] == [("a", "x", 0.9), ("b", "y", 0.7)]
    graph = layout({"a": ("A", "left"), "b": ("B", "left"), "x": ("X", "right"), "y": ("Y", "right")}, kept)
    xs = {n.key: n.x for n in graph.nodes}
    assert xs["a"] < xs["x"]
    assert xs["b"] < xs["y"]
    assert [w for *_, w in graph.edges] == [5.0, 1.0]


def test_organisation_page_filters_the_counterparts_by_district(world, client):
    url = _url("matchmaking:organisation_matches", world["german"].key)

    body = client.get(url, {"district": "Yuecheng District"}).content.decode()

    assert "Yuecheng Textile Park" in body
    assert "Keqiao Laser Park" not in body
