"""Matches through the API: the engine's ranking, limited to what the reader may see."""

from __future__ import annotations

import pytest

from qiao.core import translated
from tests.factories import OfferFactory, ProjectFactory

pytestmark = pytest.mark.django_db

LASER = "激光增材制造产业园，提供金属3D打印设备维护服务的厂房和人才公寓。"


def test_project_matches_list_visible_offers_with_explanations(world, fresh_engine, api):
    project = ProjectFactory(
        key="laser-service",
        title=translated.make("de", de="Servicestützpunkt für Laser-Pulverbett-Anlagen"),
        summary=translated.make("de", de="Wartung und Ersatzteile für Metall-3D-Drucker mit Laserschmelzen."),
    )
    OfferFactory(key="laser-park", title=translated.make("zh", zh=LASER), summary=translated.make("zh", zh=LASER))

    response = api().get(f"/api/v1/projects/{project.key}/matches/?limit=5")

    assert response.status_code == 200
    matches = response.json()
    assert matches[0]["key"] == "laser-park"
    assert matches[0]["kind"] == "offer"
    assert [m["rank"] for m in matches] == sorted(m["rank"] for m in matches)
    assert "private-project" not in {m["key"] for m in matches}


def test_matches_of_a_hidden_project_are_404(world, api):
    assert api().get("/api/v1/projects/private-project/matches/").status_code == 404


def test_matches_limit_is_validated(world, api):
    response = api().get("/api/v1/projects/public-project/matches/?limit=500")

    assert response.status_code == 400
    assert list(response.json()["fields"]) == ["limit"]
