"""People with their organisations, as the workspaces see them."""

import pytest

from tests.factories import EventFactory, MembershipFactory, OrganisationFactory, UserFactory


@pytest.fixture
def event():
    return EventFactory(key="summit-2026")


@pytest.fixture
def company():
    return MembershipFactory(person=UserFactory(role="company", username="lena")).person


@pytest.fixture
def officer():
    district = OrganisationFactory(country="CN", kind="government")
    return MembershipFactory(person=UserFactory(role="officer", username="wang"), organisation=district).person


@pytest.fixture
def organiser():
    return UserFactory(role="organiser", username="chen")


def organisation_of(user):
    return user.memberships.get().organisation
