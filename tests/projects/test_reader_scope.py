"""Whether a reader sees only the public catalogue: read once per person, found anew on every change
that can alter it (membership, accepted contact, a profile of theirs), kept through the rest."""

from __future__ import annotations

from typing import Any

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from qiao.core import shared_values
from qiao.projects.access import sees_only_public, sees_only_public_offers, sees_only_public_projects
from tests.factories import EventFactory, MembershipFactory, OfferFactory, ProjectFactory
from tests.projects.test_matched_visibility import _request as _ask

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _read_the_version_every_time(monkeypatch):
    """Other processes see a change within VERSION_REUSE_SECONDS; here, at once."""
    monkeypatch.setattr(shared_values, "VERSION_REUSE_SECONDS", 0.0)


def _scope(user: Any) -> tuple[bool, bool, bool]:
    return sees_only_public(user), sees_only_public_projects(user), sees_only_public_offers(user)


def test_read_once_then_shared_without_a_query(officer):
    assert _scope(officer) == (True, True, True)

    with CaptureQueriesContext(connection) as queries:
        assert _scope(officer) == (True, True, True)

    assert len(queries) == 0


def test_a_new_membership_in_an_organisation_with_a_private_profile_shows_at_once(officer, company):
    ProjectFactory(organisation=company, visibility="private")
    OfferFactory(organisation=company, published=False)
    assert _scope(officer) == (True, True, True)

    membership = MembershipFactory(organisation=company, person=officer)
    assert _scope(officer) == (False, False, False)

    membership.delete()
    assert _scope(officer) == (True, True, True)


def test_an_accepted_contact_with_a_matched_parties_project_shows_until_withdrawn(officer, district, company):
    ProjectFactory(organisation=company, visibility="matched")
    assert sees_only_public_projects(officer)

    request = _ask(company, district, "pending")
    assert sees_only_public_projects(officer)

    request.status = "accepted"
    request.save()
    assert not sees_only_public_projects(officer)

    request.status = "withdrawn"
    request.save()
    assert sees_only_public_projects(officer)


def test_a_profile_of_theirs_turned_private_shows_at_once(officer, district):
    project = ProjectFactory(organisation=district, visibility="public")
    assert sees_only_public_projects(officer)

    project.visibility = "private"
    project.save()

    assert not sees_only_public_projects(officer)


def test_new_pending_requests_keep_the_shared_values(officer, district, company):
    event, rep = EventFactory(), MembershipFactory(organisation=company).person
    before = shared_values._version()

    _ask(district, company, "pending", officer, event)
    _ask(company, district, "declined", rep, event)

    assert shared_values._version() == before
