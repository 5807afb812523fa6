"""Experts matched to projects across languages, in both directions, with permissions."""

from __future__ import annotations

import pytest
from django.urls import reverse
from django.utils import translation

from qiao.core import translated
from qiao.experts.models import Expert
from qiao.matchmaking.domain.experts import experts_for_project, projects_for_expert
from qiao.projects.models import Project
from tests.factories import ProjectFactory, UserFactory

pytestmark = pytest.mark.django_db


def _expert(key, lang, bio, **fields):
    return Expert.objects.create(
        key=key,
        name=translated.make("en", en=key.title()),
        country="CN",
        bio=translated.make(lang, **{lang: bio}),
        **fields,
    )


@pytest.fixture
def world(expert_engine):
    laser = _expert("laser", "zh", "激光增材制造专家，研究金属粉末床熔融工艺与设备维护。曾主持多项3D打印产业化项目。")
    textile = _expert("textile", "zh", "纺织印染专家，长期研究印染废水处理与节能。")
    away = _expert("away", "zh", "激光增材制造与金属3D打印设备专家。", available=False)
    project = ProjectFactory(
        title=translated.make("de", de="Servicestützpunkt für Laser-Pulverbett-Anlagen"),
        summary=translated.make(
            "de",
            de="Wir bauen Metall-3D-Drucker, die Pulver mit Lasern aufschmelzen. "
            "Kunden brauchen Wartung und Ersatzteile.",
        ),
    )
    return {"laser": laser, "textile": textile, "away": away, "project": project}


def test_german_project_finds_the_chinese_laser_expert_first_and_never_an_unavailable_one(world):
    found = experts_for_project(world["project"], wait=True)

    assert found is not None
    keys = [m.target.key for m in found]
    assert keys[0] == "laser"
    assert "away" not in keys
    assert found[0].match.explanation.sentence_pairs  # the matched sentences are cited


def test_expert_finds_the_project_among_those_the_viewer_may_see(world):
    found = projects_for_expert(world["laser"], Project.objects.all(), wait=True)
    hidden = projects_for_expert(world["laser"], Project.objects.none(), wait=True)

    assert found is not None
    assert found[0].target == world["project"]
    assert hidden == []


def test_pages_are_for_organisers_officers_and_the_expert_only(world, client):
    with translation.override("en"):
        experts_url = reverse("matchmaking:project_experts", args=[world["project"].key])
        projects_url = reverse("matchmaking:expert_projects", args=["laser"])
    world["laser"].person = UserFactory(role="expert")
    world["laser"].save()
    experts_for_project(world["project"], wait=True)  # build once; pages then answer at once

    client.force_login(UserFactory(role="company"))
    assert client.get(experts_url).status_code == 403
    assert client.get(projects_url).status_code == 403

    client.force_login(UserFactory(role="organiser"))
    page = client.get(experts_url).content.decode()
    assert page.index("Laser") < page.index("Textile")

    client.force_login(world["laser"].person)
    assert "Servicestützpunkt für Laser-Pulverbett-Anlagen" in client.get(projects_url).content.decode()


def test_expert_page_filters_projects_by_language(world, client):
    world["laser"].person = UserFactory(role="expert")
    world["laser"].save()
    projects_for_expert(world["laser"], Project.objects.all(), wait=True)
    client.force_login(world["laser"].person)
    with translation.override("en"):
        url = reverse("matchmaking:expert_projects", args=["laser"])

    german = client.get(url, {"language": "de"}).content.decode()
    chinese = client.get(url, {"language": "zh"}).content.decode()

    assert "Servicestützpunkt für Laser-Pulverbett-Anlagen" in german
    assert "Servicestützpunkt für Laser-Pulverbett-Anlagen" not in chinese
