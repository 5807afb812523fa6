"""Builders for the agreement tests: a district and a company, their signatories, a case at "met"."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import pytest

from qiao.accounts.enums import Role
from qiao.core import translated
from qiao.deals.domain.drafts import Draft, create_agreement
from qiao.deals.models import Agreement
from qiao.pipeline.domain.cases import open_case
from qiao.pipeline.enums import Stage
from qiao.pipeline.models import Case
from tests.factories import MembershipFactory, OrganisationFactory, ProjectFactory, UserFactory

NON_BINDING_ZH = "本意向书仅记录各方目前的合作意向"
NON_BINDING_DE = "Diese Absichtserklärung gibt lediglich die gegenwärtigen Absichten der Parteien wieder."
NON_BINDING_EN = "This letter of intent records the parties' present intentions only."


@dataclass
class Deal:
    district: Any
    company: Any
    officer: Any
    company_rep: Any
    organiser: Any
    project: Any
    case: Case
    agreement: Agreement


def draft_for(district: Any, company: Any, *, case: Case | None = None, project: Any = None, **changes: Any) -> Draft:
    values: dict[str, Any] = {
        "title": translated.make("zh", zh="激光系统生产基地投资意向书", de="Absichtserklärung Laserfertigung Shaoxing"),
        "summary": translated.make(
            "de",
            de="Aufbau einer Fertigung für Lasersysteme mit 120 Arbeitsplätzen.",
            zh="建设激光系统生产基地，预计提供120个就业岗位。",
        ),
        "parties": [district, company],
        "project": project,
        "case": case,
        "amount": Decimal("15000000.00"),
        "currency": "EUR",
        "area_m2": Decimal("20000"),
        "timeline_start": dt.date(2027, 3, 1),
        "timeline_end": dt.date(2028, 6, 30),
    }
    values.update(changes)
    return Draft(**values)


def build_deal(name: str = "yuecheng", stage: Stage = Stage.MET) -> Deal:
    district = OrganisationFactory(
        kind="government", country="CN", name=translated.make("zh", zh=f"{name}区人民政府", de=f"Bezirk {name}")
    )
    officer = UserFactory(role=Role.OFFICER, username=f"officer-{name}")
    MembershipFactory(person=officer, organisation=district, can_sign=True)
    company_rep = UserFactory(role=Role.COMPANY, username=f"rep-{name}")
    project = ProjectFactory()
    company = project.organisation
    MembershipFactory(person=company_rep, organisation=company, can_sign=True)
    organiser = UserFactory(role=Role.ORGANISER, username=f"organiser-{name}")
    case = open_case(project, district, officer, owner=officer, stage=stage)
    agreement = create_agreement(draft_for(district, company, case=case, project=project), organiser)
    return Deal(district, company, officer, company_rep, organiser, project, case, agreement)


@pytest.fixture
def deal(db: None) -> Deal:
    return build_deal()
