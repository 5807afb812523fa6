"""Review requests, proposals with conflicts of interest, submissions and aggregation."""

from __future__ import annotations

import datetime as dt

import pytest
from django.utils import translation

from qiao.core.models import AuditEntry
from qiao.reviews.domain.requests import ReviewError, assign, propose_experts, request_review
from qiao.reviews.domain.reviewing import aggregate, submit_review
from qiao.reviews.enums import AssignmentStatus, ConflictKind
from qiao.reviews.models import Assignment, ConflictOfInterest, Review, ReviewRequest
from tests.factories import ProjectFactory
from tests.reviews.conftest import make_expert

pytestmark = pytest.mark.django_db


def values(maturity=4, market=3, strategy=5, risks=2, recommendation="conditions"):
    return {
        "maturity_score": maturity,
        "maturity_reason": "Proven in series production.",
        "market_score": market,
        "market_reason": "Growing demand in Zhejiang.",
        "strategy_score": strategy,
        "strategy_reason": "Fits the district's additive manufacturing cluster.",
        "risks_score": risks,
        "risks_reason": "Export control questions.",
        "recommendation": recommendation,
        "recommendation_reason": "Land only after the export licence.",
    }


def test_request_review_by_officer_writes_request_and_audit(world):
    request = request_review(world["project"], world["officer"], world["deadline"])

    assert request.requested_by == world["officer"]
    assert AuditEntry.objects.filter(action="reviews.request", object_id=str(request.pk)).count() == 1


def test_request_review_by_company_is_refused_and_nothing_written(world):
    with pytest.raises(ReviewError):
        request_review(world["project"], world["company"], world["deadline"])

    assert ReviewRequest.objects.count() == 0


def test_request_review_with_past_deadline_is_refused(world):
    with pytest.raises(ReviewError):
        request_review(world["project"], world["organiser"], dt.date.today() - dt.timedelta(days=1))

    assert ReviewRequest.objects.count() == 0


def test_proposals_put_the_fitting_expert_first_and_show_workload(world, expert_engine):
    other = ReviewRequest.objects.create(
        project=ProjectFactory(), requested_by=world["organiser"], deadline=world["deadline"]
    )
    Assignment.objects.create(request=other, expert=world["textile"])
    request = request_review(world["project"], world["organiser"], world["deadline"])

    proposals = propose_experts(request, wait=True)

    assert proposals is not None
    assert [p.expert.key for p in proposals] == ["laser", "textile"]
    assert [p.rank for p in proposals] == [1, 2]
    assert [p.workload for p in proposals] == [0, 1]
    assert proposals[0].assignable


def test_workload_puts_a_free_expert_before_a_slightly_better_fitting_busy_one(world, expert_engine):
    twin = make_expert("twin", "激光增材制造与金属3D打印设备专家。")  # fits slightly better than "laser" alone
    elsewhere = ProjectFactory()
    for _ in range(3):
        other = ReviewRequest.objects.create(
            project=elsewhere, requested_by=world["organiser"], deadline=world["deadline"]
        )
        Assignment.objects.create(request=other, expert=twin)
    request = request_review(world["project"], world["organiser"], world["deadline"])

    proposals = propose_experts(request, wait=True)

    assert proposals is not None
    first, second = proposals[0], proposals[1]
    assert first.score < second.score  # the busy twin fits better, yet ranks second
    assert (first.expert, first.workload) == (world["laser"], 0)
    assert (second.expert, second.workload) == (twin, 3)


def test_conflicted_expert_is_proposed_as_not_assignable_with_the_reason(world, expert_engine):
    ConflictOfInterest.objects.create(
        expert=world["laser"], organisation=world["project"].organisation, kind=ConflictKind.PAST_EMPLOYER
    )
    request = request_review(world["project"], world["organiser"], world["deadline"])

    with translation.override("en"):
        proposals = propose_experts(request, wait=True)

    assert proposals is not None
    laser = next(p for p in proposals if p.expert.key == "laser")
    assert not laser.assignable
    assert "past employer" in laser.conflict


def test_conflicted_expert_cannot_be_assigned_and_the_message_names_the_conflict(world):
    organisation = world["project"].organisation
    ConflictOfInterest.objects.create(expert=world["laser"], organisation=organisation, kind=ConflictKind.STAKE)
    request = request_review(world["project"], world["organiser"], world["deadline"])

    with translation.override("en"), pytest.raises(ReviewError) as refused:
        assign(request, world["laser"], world["organiser"])

    assert "holds a stake" in refused.value.message
    assert str(organisation) in refused.value.message
    assert Assignment.objects.count() == 0


def test_conflict_message_is_translated(world):
    ConflictOfInterest.objects.create(
        expert=world["laser"], organisation=world["project"].organisation, kind=ConflictKind.PAST_EMPLOYER
    )
    request = request_review(world["project"], world["organiser"], world["deadline"])

    with translation.override("de"), pytest.raises(ReviewError) as refused:
        assign(request, world["laser"], world["organiser"])

    assert "Interessenkonflikt" in refused.value.message


def test_assign_twice_is_refused(world):
    request = request_review(world["project"], world["organiser"], world["deadline"])
    assign(request, world["laser"], world["organiser"])

    with pytest.raises(ReviewError):
        assign(request, world["laser"], world["organiser"])

    assert Assignment.objects.filter(request=request).count() == 1
    assert AuditEntry.objects.filter(action="reviews.assign").count() == 1


def test_only_the_assigned_expert_submits(world):
    request = request_review(world["project"], world["organiser"], world["deadline"])
    assignment = assign(request, world["laser"], world["organiser"])

    for intruder in (world["textile"].person, world["organiser"], world["company"]):
        with pytest.raises(ReviewError):
            submit_review(assignment, intruder, values())

    assert Review.objects.count() == 0
    review = submit_review(assignment, world["laser"].person, values())
    assert review.version == 1
    assignment.refresh_from_db()
    assert assignment.status == AssignmentStatus.SUBMITTED


@pytest.mark.parametrize(
    ("field", "bad"),
    [
        ("maturity_score", 0),
        ("market_score", 6),
        ("risks_score", "five"),
        ("strategy_reason", "  "),
        ("recommendation", "maybe"),
    ],
)
def test_bad_review_is_refused_with_a_translated_message_and_nothing_written(world, field, bad):
    request = request_review(world["project"], world["organiser"], world["deadline"])
    assignment = assign(request, world["laser"], world["organiser"])
    given = values() | {field: bad}

    with translation.override("de"), pytest.raises(ReviewError) as refused:
        submit_review(assignment, world["laser"].person, given)

    assert list(refused.value.errors) == [field]
    assert refused.value.errors[field] != ""
    assert "Please" not in refused.value.message  # the German text, not the English source
    assert Review.objects.count() == 0
    assignment.refresh_from_db()
    assert assignment.status == AssignmentStatus.ASSIGNED


def test_a_revision_is_a_new_version_that_keeps_the_old_one(world):
    request = request_review(world["project"], world["organiser"], world["deadline"])
    assignment = assign(request, world["laser"], world["organiser"])
    first = submit_review(assignment, world["laser"].person, values(maturity=2))

    second = submit_review(assignment, world["laser"].person, values(maturity=5))

    first.refresh_from_db()
    assert (first.version, first.maturity_score) == (1, 2)
    assert (second.version, second.maturity_score) == (2, 5)
    assert Review.objects.filter(assignment=assignment).count() == 2


def test_aggregate_is_mean_and_spread_over_latest_versions(world):
    request = request_review(world["project"], world["organiser"], world["deadline"])
    third = make_expert("third", "风险投资与制造业战略专家。")
    a1 = assign(request, world["laser"], world["organiser"])
    a2 = assign(request, world["textile"], world["organiser"])
    a3 = assign(request, third, world["organiser"])
    submit_review(a1, world["laser"].person, values(maturity=1, market=1))  # replaced by the revision below
    submit_review(a1, world["laser"].person, values(maturity=4, market=2, recommendation="recommend"))
    submit_review(a2, world["textile"].person, values(maturity=5, market=3, recommendation="recommend"))
    submit_review(a3, third.person, values(maturity=3, market=5, recommendation="reject"))

    with translation.override("en"):
        result = aggregate(request)

    by_name = {c.name: c for c in result.criteria}
    assert result.count == 3
    assert by_name["maturity"].mean == pytest.approx((4 + 5 + 3) / 3)
    assert (by_name["maturity"].low, by_name["maturity"].high) == (3, 5)
    assert by_name["market"].mean == pytest.approx((2 + 3 + 5) / 3)
    assert (by_name["market"].low, by_name["market"].high) == (2, 5)
    assert (by_name["risks"].mean, by_name["risks"].low, by_name["risks"].high) == (2, 2, 2)
    assert result.recommendations == {"recommend": 2, "recommend with conditions": 0, "do not recommend": 1}


def test_aggregate_of_no_reviews_is_empty(world):
    request = request_review(world["project"], world["organiser"], world["deadline"])

    result = aggregate(request)

    assert (result.count, result.criteria) == (0, [])
