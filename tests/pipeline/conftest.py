"""Builders for the pipeline's tests: a district with an officer and a company's project."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pytest

from qiao.accounts.enums import Role
from qiao.pipeline.domain.cases import open_case
from qiao.pipeline.models import Case
from tests.factories import MembershipFactory, OrganisationFactory, ProjectFactory, UserFactory


@dataclass
class World:
    district: Any
    officer: Any
    company_rep: Any
    project: Any
    case: Case


def build_world(name: str = "Yuecheng") -> World:
    district = OrganisationFactory(kind="government", country="CN")
    officer = UserFactory(role=Role.OFFICER, username=f"officer-{name.lower()}")
    MembershipFactory(person=officer, organisation=district)
    company_rep = UserFactory(role=Role.COMPANY, username=f"company-{name.lower()}")
    project = ProjectFactory()
    MembershipFactory(person=company_rep, organisation=project.organisation)
    case = open_case(project, district, officer, owner=officer)
    return World(district, officer, company_rep, project, case)


@pytest.fixture
def world(db: None) -> World:
    return build_world()
