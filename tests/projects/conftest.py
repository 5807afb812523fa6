"""A German company, a Chinese district and the district's officer: the two sides of a contact."""

from __future__ import annotations

import pytest

from tests.factories import MembershipFactory, OrganisationFactory


@pytest.fixture
def company():
    return OrganisationFactory(kind="company", country="DE")


@pytest.fixture
def district():
    return OrganisationFactory(kind="government", country="CN")


@pytest.fixture
def officer(district):
    return MembershipFactory(organisation=district, person__role="officer").person
