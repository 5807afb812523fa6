"""Reports on the think tank's work: reviews per expert, time to review, and whether the
projects experts recommended landed more often than the others."""

from __future__ import annotations

import statistics
from dataclasses import dataclass
from typing import Any

from django.db.models import Min, Q, QuerySet

from qiao.accounts.rules import is_officer, is_organiser
from qiao.pipeline.enums import Stage
from qiao.pipeline.models import Case
from qiao.reviews.enums import AssignmentStatus, Recommendation
from qiao.reviews.models import Assignment, Review, ReviewRequest


class Outcome:
    LANDED = "landed"
    DROPPED = "dropped"
    OPEN = "open"


@dataclass(frozen=True)
class ExpertRow:
    """One expert's submitted reviews in the report's scope and their mean days to submit."""

    expert: Any
    reviews: int
    mean_days: float


@dataclass(frozen=True)
class OutcomeRow:
    """Reviews with one recommendation, by what became of the reviewed project's cases."""

    recommendation: str
    label: str
    total: int
    landed: int
    dropped: int
    open: int

    @property
    def landed_rate(self) -> float | None:
        """Share of these reviews whose project landed (operating), None when there are none."""
        return self.landed / self.total if self.total else None

    @property
    def decided(self) -> int:
        return self.landed + self.dropped

    @property
    def decided_rate(self) -> float | None:
        """Landed among the decided ones (landed or dropped), None while none is decided."""
        return self.landed / self.decided if self.decided else None


@dataclass(frozen=True)
class Report:
    requests: int
    submitted: int
    mean_days: float | None
    median_days: float | None
    experts: list[ExpertRow]
    outcomes: list[OutcomeRow]


def may_see_reports(user: Any) -> bool:
    return bool(is_organiser(user) or is_officer(user))


def _districts(user: Any) -> QuerySet[Any]:
    districts: QuerySet[Any] = user.memberships.values("organisation")
    return districts


def requests_in_scope(user: Any) -> QuerySet[ReviewRequest]:
    """Organisers: every request; officers: those asked by them or their district's people,
    or about projects with a case in their district; anyone else: none."""
    if is_organiser(user):
        return ReviewRequest.objects.all()
    if not is_officer(user):
        return ReviewRequest.objects.none()
    districts = _districts(user)
    return ReviewRequest.objects.filter(
        Q(requested_by=user)
        | Q(requested_by__memberships__organisation__in=districts)
        | Q(project__cases__district__in=districts, project__cases__deleted_at__isnull=True)
    ).distinct()


def cases_in_scope(user: Any) -> QuerySet[Case]:
    cases = Case.objects.filter(deleted_at__isnull=True)
    return cases if is_organiser(user) else cases.filter(district__in=_districts(user))


def project_outcomes(cases: QuerySet[Case]) -> dict[int, str]:
    """Per project: landed if any case operates, dropped if every case was dropped, else open."""
    stages: dict[int, set[str]] = {}
    for project_id, stage in cases.values_list("project_id", "stage"):
        stages.setdefault(project_id, set()).add(stage)
    outcomes = {}
    for project_id, seen in stages.items():
        if Stage.OPERATING in seen:
            outcomes[project_id] = Outcome.LANDED
        elif seen == {Stage.DROPPED}:
            outcomes[project_id] = Outcome.DROPPED
        else:
            outcomes[project_id] = Outcome.OPEN
    return outcomes


def build_report(user: Any) -> Report:
    """The report for the person's scope; days count from the request to the first submitted version."""
    requests = requests_in_scope(user)
    submitted = (
        Assignment.objects.filter(request__in=requests.values("pk"), status=AssignmentStatus.SUBMITTED)
        .annotate(first_submitted=Min("reviews__submitted_at"))
        .select_related("expert", "request")
        .order_by("pk")
    )
    days_by_expert: dict[int, list[float]] = {}
    experts: dict[int, Any] = {}
    all_days: list[float] = []
    for assignment in submitted:
        days = (assignment.first_submitted - assignment.request.created_at).total_seconds() / 86400
        days_by_expert.setdefault(assignment.expert_id, []).append(days)
        experts[assignment.expert_id] = assignment.expert
        all_days.append(days)
    expert_rows = sorted(
        (ExpertRow(experts[pk], len(days), statistics.fmean(days)) for pk, days in days_by_expert.items()),
        key=lambda row: (-row.reviews, str(row.expert)),
    )
    latest: dict[int, tuple[int, str]] = {}
    for assignment_id, project_id, recommendation in (
        Review.objects.filter(assignment__in=[a.pk for a in submitted])
        .order_by("assignment_id", "version")
        .values_list("assignment_id", "assignment__request__project_id", "recommendation")
    ):
        latest[assignment_id] = (project_id, recommendation)
    outcomes = project_outcomes(cases_in_scope(user))
    counts = {value: {Outcome.LANDED: 0, Outcome.DROPPED: 0, Outcome.OPEN: 0} for value in Recommendation.values}
    for project_id, recommendation in latest.values():
        counts[recommendation][outcomes.get(project_id, Outcome.OPEN)] += 1
    outcome_rows = [
        OutcomeRow(
            value,
            str(label),
            sum(counts[value].values()),
            counts[value][Outcome.LANDED],
            counts[value][Outcome.DROPPED],
            counts[value][Outcome.OPEN],
        )
        for value, label in Recommendation.choices
    ]
    return Report(
        requests=requests.count(),
        submitted=len(all_days),
        mean_days=statistics.fmean(all_days) if all_days else None,
        median_days=statistics.median(all_days) if all_days else None,
        experts=expert_rows,
        outcomes=outcome_rows,
    )
