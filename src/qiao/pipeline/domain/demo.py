"""Demo cases: the 2020 summit's letters of intent and synthetic German projects in synthetic
districts, walked through the stages with dated history so the board has a case in every column.

Every case is built once (the first load); a reload finds it and changes nothing.
"""

from __future__ import annotations

import datetime as dt
import zoneinfo
from dataclasses import dataclass
from typing import Any

from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from qiao.accounts.models import Membership
from qiao.core.domain.upsert import Changes
from qiao.deals.models import Agreement
from qiao.organisations.enums import OrganisationKind
from qiao.organisations.models import Organisation
from qiao.pipeline.domain.cases import move_case, open_case, record_figures
from qiao.pipeline.domain.checklists import attach_checklist, set_step_status
from qiao.pipeline.domain.followups import add_task
from qiao.pipeline.enums import OPEN_STAGES, Stage, StepStatus, required_stages_up_to
from qiao.pipeline.models import Case, ChecklistStep
from qiao.projects.models import Project

#: The Chinese side of an agreement: the organisations a case's district may be.
DISTRICT_KINDS = (OrganisationKind.GOVERNMENT, OrganisationKind.PARK, OrganisationKind.AGENCY)

CST = zoneinfo.ZoneInfo("Asia/Shanghai")

#: Where each 2020 letter of intent got to, per district (Yuecheng, Binhai), by agreement order.
#: A company that signed with both districts usually lands in one and drops the other.
INTENT_OUTCOMES: tuple[tuple[Stage, Stage], ...] = (
    (Stage.OPERATING, Stage.DROPPED),
    (Stage.SITE_SECURED, Stage.DROPPED),
    (Stage.COMPANY_REGISTERED, Stage.INTENT_SIGNED),
    (Stage.CONTRACT_SIGNED, Stage.DROPPED),
    (Stage.INTENT_SIGNED, Stage.OPERATING),
    (Stage.DROPPED, Stage.COMPANY_REGISTERED),
    (Stage.OPERATING, Stage.INTENT_SIGNED),
    (Stage.INTENT_SIGNED, Stage.CONTRACT_SIGNED),
)

#: The synthetic cases' stages, in project order: every column gets at least one card.
SYNTHETIC_OUTCOMES: tuple[Stage, ...] = (
    Stage.LEAD,
    Stage.CONTACTED,
    Stage.MET,
    Stage.INTENT_SIGNED,
    Stage.CONTRACT_SIGNED,
    Stage.COMPANY_REGISTERED,
    Stage.SITE_SECURED,
    Stage.OPERATING,
    Stage.DROPPED,
    Stage.LEAD,
    Stage.CONTACTED,
    Stage.MET,
    Stage.OPERATING,
    Stage.DROPPED,
)

#: Days between one stage and the next in the demo's histories.
STAGE_DAYS = {
    Stage.CONTACTED: 21,
    Stage.MET: 35,
    Stage.INTENT_SIGNED: 60,
    Stage.CONTRACT_SIGNED: 110,
    Stage.COMPANY_REGISTERED: 75,
    Stage.SITE_SECURED: 90,
    Stage.OPERATING: 240,
}
DROP_REASONS = (
    "The company chose the other district's offer.",
    "The parent company postponed its investments in China.",
    "No suitable site at the price the company could pay.",
)
SYNTHETIC_START = dt.datetime(2023, 3, 6, 10, 0, tzinfo=CST)
SYNTHETIC_KINDS = ("invest", "expand")


@dataclass(frozen=True)
class Plan:
    """One demo case: who, where, since when, how far it gets."""

    project: Project
    district: Organisation
    opened: dt.datetime
    start: Stage
    target: Stage
    index: int
    event: Any = None
    note: str = ""


def cases_from_intents(event_key: str, changes: Changes) -> None:
    """Open one case per (project, Chinese party) of the event's letters of intent, once, and walk it.

    A case that already exists for the pair (even moved, dropped or deleted since) is left
    alone, except a case still untouched at "letter of intent signed" from an older demo,
    which is walked to its planned stage. Then the synthetic cases (when the synthetic data
    is loaded). Side effects: cases, their history, checklists, figures and audit entries.
    """
    agreements = (
        Agreement.objects.filter(event__key=event_key, kind="intent", project__isnull=False)
        .select_related("project", "event")
        .prefetch_related("parties")
        .order_by("key")
    )
    plans: list[Plan] = []
    for number, agreement in enumerate(agreements):
        assert agreement.project is not None
        districts = [p for p in agreement.parties.all() if p.kind in DISTRICT_KINDS and p.country == "CN"]
        for side, party in enumerate(districts):
            outcome = INTENT_OUTCOMES[number % len(INTENT_OUTCOMES)][side % 2]
            plans.append(
                Plan(
                    agreement.project,
                    party,
                    agreement.signed_at or SYNTHETIC_START,
                    Stage.INTENT_SIGNED,
                    outcome,
                    number * 2 + side,
                    agreement.event,
                    str(agreement.key),
                )
            )
    plans += _synthetic_plans()
    for plan in plans:
        _build(plan, changes)


def _synthetic_plans() -> list[Plan]:
    """Synthetic German investment projects paired with synthetic district governments, in key order."""
    districts = list(
        Organisation.objects.filter(key__startswith="cn-gov-", kind=OrganisationKind.GOVERNMENT).order_by("key")
    )
    if not districts:
        return []
    projects = Project.objects.filter(key__startswith="de-prj-", kind__in=SYNTHETIC_KINDS).order_by("key")
    return [
        Plan(
            project,
            districts[index % len(districts)],
            SYNTHETIC_START + dt.timedelta(days=13 * index),
            Stage.LEAD,
            outcome,
            index,
        )
        for index, (project, outcome) in enumerate(zip(projects, SYNTHETIC_OUTCOMES, strict=False))
    ]


def _build(plan: Plan, changes: Changes) -> None:
    existing = Case.objects.filter(Q(project=plan.project) & Q(district=plan.district)).first()
    if existing is not None:
        if _untouched(existing, plan):
            with transaction.atomic():
                attach_checklist(existing, None, existing.stage_since)
                _walk(existing, plan)
            changes.count("updated", Case)
        return
    membership = Membership.objects.filter(organisation=plan.district).order_by("pk").first()
    owner = membership.person if membership else None
    with transaction.atomic():
        case = open_case(
            plan.project,
            plan.district,
            None,
            owner=owner,
            event=plan.event,
            stage=plan.start,
            note=plan.note,
            at=plan.opened,
        )
        case = _walk(case, plan)
        _figures(case, plan)
        _tasks(case, plan)
    changes.count("created", Case)


def _untouched(case: Case, plan: Plan) -> bool:
    """A case an older demo opened and nobody has moved since, short of its planned stage."""
    return (
        case.deleted_at is None
        and case.stage == plan.start
        and plan.target != plan.start
        and case.history.count() == 1
        and case.version == 1
    )


def _walk(case: Case, plan: Plan) -> Case:
    """Move the case stage by stage to the plan's target, dated; close the landing steps it needs."""
    at = case.stage_since
    stages = OPEN_STAGES[OPEN_STAGES.index(plan.start) + 1 :]
    last = OPEN_STAGES[-1] if plan.target == Stage.DROPPED else plan.target
    drop_after = _drop_point(plan) if plan.target == Stage.DROPPED else None
    for stage in stages:
        if drop_after is not None and case.stage == drop_after:
            break
        if OPEN_STAGES.index(stage) > OPEN_STAGES.index(last):
            break
        at += dt.timedelta(days=STAGE_DAYS[stage] + 3 * (plan.index % 5))
        _close_steps_for(case, stage, at)
        case = move_case(case, stage, None, expected_version=case.version, at=at)
    if plan.target == Stage.DROPPED:
        at += dt.timedelta(days=30 + plan.index)
        reason = DROP_REASONS[plan.index % len(DROP_REASONS)]
        case = move_case(case, Stage.DROPPED, None, reason, expected_version=case.version, at=at)
    return case


def _drop_point(plan: Plan) -> Stage:
    """The stage a dropped demo case gets to before it is dropped."""
    if plan.start == Stage.INTENT_SIGNED:
        return Stage.INTENT_SIGNED
    return (Stage.CONTACTED, Stage.MET, Stage.INTENT_SIGNED)[plan.index % 3]


def _close_steps_for(case: Case, stage: Stage, at: dt.datetime) -> None:
    """Mark done the landing steps the move to `stage` needs, a few days before the move."""
    required = required_stages_up_to(stage)
    if not required:
        return
    steps = ChecklistStep.objects.filter(case=case, status=StepStatus.OPEN, required_for__in=required)
    for offset, step in enumerate(steps, start=1):
        set_step_status(step, StepStatus.DONE, None, at=at - dt.timedelta(days=2 * offset))
    if stage == Stage.OPERATING:
        for step in ChecklistStep.objects.filter(case=case, status=StepStatus.OPEN):
            set_step_status(step, StepStatus.DONE, None, at=at)


def _figures(case: Case, plan: Plan) -> None:
    """The project's investment and jobs as the case's commitment; landed cases created most of the jobs."""
    project = plan.project
    if project.investment is None and project.jobs is None:
        return
    jobs_created = None
    if case.stage == Stage.OPERATING and project.jobs is not None:
        jobs_created = project.jobs * (70 + 5 * (plan.index % 7)) // 100
    record_figures(
        case,
        None,
        investment=project.investment,
        currency=project.currency,
        jobs_planned=project.jobs,
        jobs_created=jobs_created,
    )


def _tasks(case: Case, plan: Plan) -> None:
    """A follow-up task for the owner of each open, owned case: one overdue, one due today, one later."""
    if case.owner is None or case.stage in (Stage.OPERATING, Stage.DROPPED):
        return
    today = timezone.localdate()
    due = today + dt.timedelta(days=(plan.index % 3 - 1) * 7)
    opened = timezone.localdate(plan.opened)
    add_task(case, "Call the company about the next step", max(due, opened), None, assignee=case.owner)
