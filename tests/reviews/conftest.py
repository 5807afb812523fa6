"""Reviews run on the real expert engine (fixtures model / expert_engine in tests/conftest.py)."""

from __future__ import annotations

import datetime as dt

import pytest

from qiao.accounts.enums import Role
from qiao.core import translated
from qiao.experts.models import Expert
from qiao.matchmaking.domain import experts as expert_matching
from tests.factories import MembershipFactory, ProjectFactory, UserFactory


@pytest.fixture
def warm_engine(expert_engine):
    """The expert engine built up front, so pages that propose experts never start a background build."""

    def build():
        expert_matching.current_engine(wait=True)

    return build


def make_expert(key, bio, lang="zh", **fields):
    person = UserFactory(username=f"expert-{key}", role=Role.EXPERT)
    return Expert.objects.create(
        key=key,
        person=person,
        name=translated.make("en", en=f"Prof. {key.title()}"),
        country="CN",
        bio=translated.make(lang, **{lang: bio}),
        **fields,
    )


@pytest.fixture
def world(db):
    organiser = UserFactory(username="org", role=Role.ORGANISER)
    officer = UserFactory(username="officer", role=Role.OFFICER)
    project = ProjectFactory(
        title=translated.make("de", de="Servicestützpunkt für Laser-Pulverbett-Anlagen"),
        summary=translated.make(
            "de",
            de="Wir bauen Metall-3D-Drucker, die Pulver mit Lasern aufschmelzen. "
            "Kunden brauchen Wartung und Ersatzteile.",
        ),
    )
    company = MembershipFactory(organisation=project.organisation, person__role=Role.COMPANY).person
    laser = make_expert("laser", "激光增材制造专家，研究金属粉末床熔融工艺与设备维护。曾主持多项3D打印产业化项目。")
    textile = make_expert("textile", "纺织印染专家，长期研究印染废水处理与节能。")
    return {
        "organiser": organiser,
        "officer": officer,
        "company": company,
        "project": project,
        "laser": laser,
        "textile": textile,
        "deadline": dt.date.today() + dt.timedelta(days=14),
    }
