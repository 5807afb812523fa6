"""Builders for the API's tests: people in every role, their organisations, and an API client per person."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

import pytest
from django.core.cache import cache
from django.utils import timezone
from rest_framework.test import APIClient

from qiao.accounts.enums import Role
from qiao.api.domain.tokens import create_token
from qiao.core import translated
from qiao.deals.models import Agreement, AgreementParty
from qiao.experts.models import Expert
from qiao.pipeline.domain.cases import open_case
from qiao.pipeline.models import Case
from qiao.reviews.models import Assignment, ReviewRequest
from tests.factories import (
    EventFactory,
    MembershipFactory,
    OfferFactory,
    OrganisationFactory,
    ProjectFactory,
    UserFactory,
)


def pytest_configure(config: Any) -> None:
    config.addinivalue_line("markers", "once: runs once in CI (not in the PostgreSQL rerun)")


@pytest.fixture(autouse=True)
def _fresh_rate_limits() -> None:
    """Rate-limit counters live in the cache; each test starts with none."""
    cache.clear()


@dataclass
class World:
    organiser: Any
    officer_a: Any
    officer_b: Any
    company_rep: Any
    expert_person: Any
    visitor: Any
    district_a: Any
    district_b: Any
    company: Any
    public_project: Any
    private_project: Any
    offer: Any
    case_a: Case
    case_b: Case
    review_assigned: ReviewRequest
    review_other: ReviewRequest
    event: Any
    public_agreement: Agreement
    private_agreement: Agreement


def build_world() -> World:
    organiser = UserFactory(username="organiser", role=Role.ORGANISER)
    district_a = OrganisationFactory(key="district-a", kind="government", country="CN")
    district_b = OrganisationFactory(key="district-b", kind="government", country="CN")
    officer_a = MembershipFactory(
        organisation=district_a, person__role=Role.OFFICER, person__username="officer-a"
    ).person
    officer_b = MembershipFactory(
        organisation=district_b, person__role=Role.OFFICER, person__username="officer-b"
    ).person
    company = OrganisationFactory(key="company")
    company_rep = MembershipFactory(organisation=company, person__role=Role.COMPANY, person__username="rep").person
    public_project = ProjectFactory(key="public-project", organisation=company)
    private_project = ProjectFactory(key="private-project", organisation=company, visibility="private")
    offer = OfferFactory(key="park-offer", organisation=district_a)
    case_a = open_case(public_project, district_a, officer_a)
    case_b = open_case(public_project, district_b, officer_b)
    expert_person = UserFactory(username="expert", role=Role.EXPERT)
    expert = Expert.objects.create(
        key="expert", person=expert_person, name=translated.make("en", en="Prof. Expert"), country="CN"
    )
    deadline = dt.date.today() + dt.timedelta(days=14)
    review_assigned = ReviewRequest.objects.create(project=public_project, requested_by=organiser, deadline=deadline)
    Assignment.objects.create(request=review_assigned, expert=expert)
    review_other = ReviewRequest.objects.create(project=private_project, requested_by=organiser, deadline=deadline)
    now = timezone.now()
    event = EventFactory(key="summit", starts_at=now + dt.timedelta(days=30), ends_at=now + dt.timedelta(days=31))
    public_agreement = Agreement.objects.create(
        key="signed-intent", kind="intent", title=translated.make("en", en="Intent"), signed_at=now
    )
    AgreementParty.objects.create(agreement=public_agreement, organisation=district_b, public_consent=True)
    private_agreement = Agreement.objects.create(
        key="draft-contract", kind="contract", title=translated.make("en", en="Contract")
    )
    AgreementParty.objects.create(agreement=private_agreement, organisation=company, order=0)
    AgreementParty.objects.create(agreement=private_agreement, organisation=district_a, order=1)
    return World(
        organiser=organiser,
        officer_a=officer_a,
        officer_b=officer_b,
        company_rep=company_rep,
        expert_person=expert_person,
        visitor=UserFactory(username="visitor"),
        district_a=district_a,
        district_b=district_b,
        company=company,
        public_project=public_project,
        private_project=private_project,
        offer=offer,
        case_a=case_a,
        case_b=case_b,
        review_assigned=review_assigned,
        review_other=review_other,
        event=event,
        public_agreement=public_agreement,
        private_agreement=private_agreement,
    )


@pytest.fixture
def world(db: None) -> World:
    return build_world()


def client_for(user: Any = None, language: str = "en") -> APIClient:
    """An API client sending a fresh token of this person (anonymous without one)."""
    client = APIClient(HTTP_ACCEPT_LANGUAGE=language)
    if user is not None:
        secret = create_token(user, "tests").secret
        client.credentials(HTTP_AUTHORIZATION=f"Bearer {secret}")
    return client


@pytest.fixture
def api():
    return client_for


@pytest.fixture
def fresh_engine(model, monkeypatch):
    """Match engines built with the session's loaded model, from an empty cache (as tests/matchmaking)."""
    from qiao.matchmaking.domain import service
    from qiao.matchmaking.domain.stored_encoder import StoredEncoder

    monkeypatch.setattr(service, "_cache", service.new_cache())
    original = service.build_engine
    monkeypatch.setattr(service, "build_engine", lambda encoder=None: original(StoredEncoder(model)))
