"""The platform side of matching: stored embeddings, visibility, constraints, feedback, pages."""

from __future__ import annotations

from decimal import Decimal

import pytest

from qiao.core import translated
from qiao.core.models import AuditEntry
from qiao.matchmaking.domain import engine_adapter as adapter
from qiao.matchmaking.domain import service
from qiao.matchmaking.domain.stored_encoder import StoredEncoder
from qiao.matchmaking.models import MatchFeedback, StoredEmbedding
from qiao.projects.access import offers_visible_to, projects_visible_to
from tests.factories import OfferFactory, OrganisationFactory, ProjectFactory, UserFactory

pytestmark = pytest.mark.django_db


def _project(**fields):
    return ProjectFactory(
        title=translated.make("de", de="Servicestützpunkt für Laser-Pulverbett-Anlagen"),
        summary=translated.make(
            "de",
            de="Wir bauen Metall-3D-Drucker, die Pulver mit Lasern aufschmelzen. "
            "Unsere Kunden in Ostchina brauchen schnell Ersatzteile und Kalibrierung.",
        ),
        **fields,
    )


def _offer(text: str, **fields):
    return OfferFactory(title=translated.make("zh", zh=text), summary=translated.make("zh", zh=text), **fields)


def test_offer_in_chinese_matches_german_project_and_explains_sentences(fresh_engine):
    project = _project()
    laser = _offer("激光增材制造产业园提供金属3D打印设备的标准厂房和技术服务。园区为激光粉末床熔融设备提供备件仓储。")
    _offer("纺织印染园区提供污水处理设施和印染车间。园区欢迎德国纺织机械企业。")

    result = service.query_matches(project)
    shown = service.resolve_matches(result, projects_visible_to(UserFactory()), offers_visible_to(UserFactory()))

    assert shown[0].target == laser
    assert shown[0].match.explanation.sentence_pairs
    # A match card never shows the counterpart's summary or its organisation's description: not read.
    assert all("summary" in item.target.get_deferred_fields() for item in shown)
    assert all("description" in item.target.organisation.get_deferred_fields() for item in shown)
    # Sectors are read only for a filter that asks for them.
    assert not any(hasattr(item.target, "_prefetched_objects_cache") for item in shown)


def test_resolved_matches_carry_their_sectors_when_a_filter_needs_them(fresh_engine, django_assert_num_queries):
    project = _project()
    _offer("激光增材制造产业园提供金属3D打印设备的标准厂房和技术服务。")
    reader = UserFactory()

    shown = service.resolve_matches(
        service.query_matches(project), projects_visible_to(reader), offers_visible_to(reader), with_sectors=True
    )

    assert shown
    with django_assert_num_queries(0):
        assert all(isinstance(list(item.target.sectors.all()), list) for item in shown)


def test_hard_area_constraint_excludes_small_factory(fresh_engine):
    project = _project(factory_m2=Decimal("3000"))
    small = _offer("激光增材制造产业园提供500平方米的标准厂房。", factory_m2=Decimal("500"))
    large = _offer("激光增材制造产业园提供5000平方米的标准厂房。", factory_m2=Decimal("5000"))

    result = service.query_matches(project)
    ids = [m.id for m in result.matches]

    assert adapter.profile_id(large) in ids
    assert adapter.profile_id(small) not in ids


def test_private_project_never_appears_in_offer_matches(fresh_engine):
    offer = _offer("激光增材制造产业园提供金属3D打印设备的标准厂房。")
    hidden = _project(visibility="private")
    public = _project()

    result = service.query_matches(offer)
    ids = [m.id for m in result.matches]

    assert adapter.profile_id(public) in ids
    assert adapter.profile_id(hidden) not in ids


def test_embeddings_are_stored_once_per_text_version(model):
    encoder = StoredEncoder(model)
    encoder.encode(["Lasersysteme für die additive Fertigung.", "激光增材制造。"])
    stored = StoredEmbedding.objects.count()

    again = StoredEncoder(model)
    vectors = again.encode(["激光增材制造。", "Lasersysteme für die additive Fertigung."])

    assert (encoder.encoded, again.encoded) == (2, 0)
    assert StoredEmbedding.objects.count() == stored == 2
    assert vectors.shape == (2, model.dim)


def test_match_page_shows_counterpart_with_explanation_in_viewer_language(client, fresh_engine):
    project = _project()
    _offer("激光增材制造产业园提供金属3D打印设备的标准厂房和技术服务。")
    service.current_engine(wait=True)

    html = client.get(f"/de/projects/{project.key}/matches/").content.decode()

    assert "激光增材制造产业园" in html
    assert "Am besten passende Sätze" in html


def test_match_page_of_private_project_is_404_for_visitor(client, fresh_engine):
    project = _project(visibility="private")

    assert client.get(f"/en/projects/{project.key}/matches/").status_code == 404


def test_feedback_is_recorded_with_audit_and_bad_input_refused(client):
    user = UserFactory(role="officer")
    client.force_login(user)
    offer = OfferFactory(organisation=OrganisationFactory(country="CN"))
    project = ProjectFactory()
    data = {"source": adapter.profile_id(offer), "target": adapter.profile_id(project), "rank": "1", "score": "0.4"}

    ok = client.post("/en/matches/feedback/", {**data, "relevant": "yes", "next": "/en/"})
    bad = client.post("/en/matches/feedback/", {**data, "relevant": "maybe"})
    worse = client.post("/en/matches/feedback/", {**data, "rank": "first", "relevant": "no"})

    assert (ok.status_code, bad.status_code, worse.status_code) == (302, 400, 400)
    assert list(MatchFeedback.objects.values_list("relevant", "rank")) == [(True, 1)]
    assert AuditEntry.objects.filter(action="match.feedback", actor=user).count() == 1


def test_feedback_needs_sign_in(client):
    response = client.post("/en/matches/feedback/", {"source": "project:1", "target": "offer:1", "relevant": "yes"})

    assert response.status_code == 302
    assert "login" in response["Location"]
    assert MatchFeedback.objects.count() == 0
