"""Reports: reviews per expert, time to review, and recommendations against the cases' outcomes."""

from __future__ import annotations

import datetime as dt

import pytest
from django.urls import reverse
from django.utils import timezone, translation

from qiao.accounts.enums import Role
from qiao.pipeline.enums import Stage
from qiao.pipeline.models import Case
from qiao.reviews.domain.reports import build_report
from qiao.reviews.domain.requests import assign, request_review
from qiao.reviews.domain.reviewing import submit_review
from qiao.reviews.models import Review, ReviewRequest
from tests.factories import MembershipFactory, OrganisationFactory, ProjectFactory, UserFactory
from tests.reviews.test_domain import values

pytestmark = pytest.mark.django_db


def _case(project, district, stage):
    now = timezone.now()
    return Case.objects.create(project=project, district=district, stage=stage, stage_since=now)


def _reviewed(world, project, expert, recommendation, days, by=None):
    request = request_review(project, by or world["organiser"], world["deadline"])
    asked = timezone.now() - dt.timedelta(days=30)
    ReviewRequest.objects.filter(pk=request.pk).update(created_at=asked)
    request.refresh_from_db()
    assignment = assign(request, expert, world["organiser"])
    review = submit_review(assignment, expert.person, values(recommendation=recommendation))
    Review.objects.filter(pk=review.pk).update(submitted_at=asked + dt.timedelta(days=days))
    return request


@pytest.fixture
def scenario(world):
    district = OrganisationFactory(kind="government", country="CN")
    landed, dropped, open_ = ProjectFactory(), ProjectFactory(), ProjectFactory()
    _case(landed, district, Stage.OPERATING)
    _case(dropped, district, Stage.DROPPED)
    _case(open_, district, Stage.MET)
    _reviewed(world, landed, world["laser"], "recommend", 2)
    _reviewed(world, landed, world["textile"], "recommend", 4)
    _reviewed(world, dropped, world["laser"], "reject", 9)
    _reviewed(world, open_, world["laser"], "recommend", 6)
    return world | {"district": district}


def test_report_counts_reviews_per_expert_and_days_to_review(scenario):
    report = build_report(scenario["organiser"])

    rows = [(row.expert.key, row.reviews, row.mean_days) for row in report.experts]
    assert [(k, n) for k, n, _ in rows] == [("laser", 3), ("textile", 1)]
    assert rows[0][2] == pytest.approx((2 + 9 + 6) / 3, abs=0.01)
    assert report.submitted == 4
    assert report.mean_days == pytest.approx((2 + 4 + 9 + 6) / 4, abs=0.01)
    assert report.median_days == pytest.approx(5, abs=0.01)


def test_report_sets_recommendations_against_outcomes(scenario):
    with translation.override("en"):
        report = build_report(scenario["organiser"])

    by_value = {row.recommendation: row for row in report.outcomes}
    recommend, reject = by_value["recommend"], by_value["reject"]
    assert (recommend.total, recommend.landed, recommend.dropped, recommend.open) == (3, 2, 0, 1)
    assert recommend.landed_rate == pytest.approx(2 / 3)
    assert recommend.decided_rate == 1.0
    assert (reject.total, reject.landed, reject.dropped, reject.landed_rate) == (1, 0, 1, 0.0)
    assert by_value["conditions"].landed_rate is None


def test_a_revision_counts_with_its_latest_recommendation(world):
    project = ProjectFactory()
    _case(project, OrganisationFactory(kind="government"), Stage.OPERATING)
    request = request_review(project, world["organiser"], world["deadline"])
    assignment = assign(request, world["laser"], world["organiser"])
    submit_review(assignment, world["laser"].person, values(recommendation="reject"))
    submit_review(assignment, world["laser"].person, values(recommendation="recommend"))

    report = build_report(world["organiser"])

    assert {r.recommendation: (r.total, r.landed) for r in report.outcomes}["recommend"] == (1, 1)
    assert report.submitted == 1


def test_officer_sees_only_their_districts_reviews(scenario):
    officer = MembershipFactory(organisation=scenario["district"], person__role=Role.OFFICER).person
    elsewhere = UserFactory(role=Role.OFFICER)

    mine = build_report(officer)
    theirs = build_report(elsewhere)

    assert (mine.requests, mine.submitted) == (4, 4)
    assert (theirs.requests, theirs.submitted, theirs.experts) == (0, 0, [])


def test_reports_page_for_organisers_and_officers_only(client, scenario):
    with translation.override("en"):
        url = reverse("reviews:reports")
    client.force_login(scenario["organiser"])
    page = client.get(url).content.decode()

    assert "Prof. Laser" in page
    assert "67 %" in page  # 2 of 3 recommended projects landed
    for person in (scenario["company"], scenario["laser"].person, UserFactory(role=Role.VISITOR)):
        client.force_login(person)
        assert client.get(url).status_code == 403
