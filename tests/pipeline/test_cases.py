"""Moving cases through the stages: the transitions table, reasons, and lost updates."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest
from django.utils import timezone, translation

from qiao.core.models import AuditEntry
from qiao.pipeline.domain.cases import PipelineError, move_case, open_case, reopen_stage
from qiao.pipeline.domain.checklists import set_step_status
from qiao.pipeline.enums import OPEN_STAGES, TRANSITIONS, Stage, StepStatus
from qiao.pipeline.models import Case, CaseEvent, ChecklistStep
from tests.factories import ProjectFactory

pytestmark = pytest.mark.django_db


def test_every_stage_has_a_transitions_row() -> None:
    assert set(TRANSITIONS) == set(Stage)


def test_full_walk_from_lead_to_operating_writes_history(world) -> None:
    case = world.case
    for stage in OPEN_STAGES[1:]:
        for step in ChecklistStep.objects.filter(case=case):
            set_step_status(step, StepStatus.DONE, world.officer)
        case = move_case(case, stage, world.officer, expected_version=case.version)

    case.refresh_from_db()
    assert case.stage == Stage.OPERATING
    assert case.version == len(OPEN_STAGES)
    steps = list(CaseEvent.objects.filter(case=case).values_list("from_stage", "to_stage"))
    assert steps == [("", "lead"), *itertools.pairwise(OPEN_STAGES)]
    assert AuditEntry.objects.filter(action="pipeline.case_moved", object_id=str(case.pk)).count() == 7


def test_illegal_jump_names_the_missing_step_and_writes_nothing(world) -> None:
    case = move_case(world.case, Stage.CONTACTED, world.officer, expected_version=1)
    case = move_case(case, Stage.MET, world.officer, expected_version=2)
    events_before = CaseEvent.objects.count()
    audits_before = AuditEntry.objects.count()

    with translation.override("en"), pytest.raises(PipelineError) as refused:
        move_case(case, Stage.OPERATING, world.officer, expected_version=3)

    assert str(refused.value) == (
        "From “Met” the next step is “Letter of intent signed”; “Operating (landed)” comes later."
    )
    case.refresh_from_db()
    assert (case.stage, case.version) == (Stage.MET, 3)
    assert CaseEvent.objects.count() == events_before
    assert AuditEntry.objects.count() == audits_before


def test_going_back_is_refused(world) -> None:
    case = move_case(world.case, Stage.CONTACTED, world.officer, expected_version=1)

    with pytest.raises(PipelineError):
        move_case(case, Stage.LEAD, world.officer, expected_version=2)

    assert Case.objects.get(pk=case.pk).stage == Stage.CONTACTED


def test_drop_needs_a_reason(world) -> None:
    with translation.override("en"), pytest.raises(PipelineError) as refused:
        move_case(world.case, Stage.DROPPED, world.officer, "   ", expected_version=1)

    assert str(refused.value) == "Please give a reason for dropping the case."
    assert Case.objects.get(pk=world.case.pk).stage == Stage.LEAD


def test_dropped_case_reopens_to_its_previous_stage(world) -> None:
    case = move_case(world.case, Stage.CONTACTED, world.officer, expected_version=1)
    case = move_case(case, Stage.DROPPED, world.officer, "Company chose Vietnam", expected_version=2)
    assert case.dropped_reason == "Company chose Vietnam"
    assert reopen_stage(case) == Stage.CONTACTED

    with pytest.raises(PipelineError):
        move_case(case, Stage.MET, world.officer, expected_version=3)
    case = move_case(case, Stage.CONTACTED, world.officer, expected_version=3)

    assert (case.stage, case.dropped_reason) == (Stage.CONTACTED, "")


def test_stale_version_is_refused(world) -> None:
    move_case(world.case, Stage.CONTACTED, world.officer, expected_version=1)

    with translation.override("en"), pytest.raises(PipelineError) as refused:
        move_case(world.case, Stage.CONTACTED, world.officer, expected_version=1)

    assert str(refused.value) == "Someone else moved this case meanwhile; reload."
    assert CaseEvent.objects.filter(case=world.case).count() == 2


def test_move_dated_before_the_current_stage_began_is_refused(world) -> None:
    case = move_case(world.case, Stage.CONTACTED, world.officer, expected_version=1)

    with translation.override("en"), pytest.raises(PipelineError) as refused:
        move_case(case, Stage.MET, world.officer, expected_version=2, at=case.stage_since - dt.timedelta(days=1))

    assert refused.value.code == "at"
    assert str(refused.value).startswith("A move cannot be dated before the case reached its current stage")
    assert Case.objects.get(pk=case.pk).stage == Stage.CONTACTED


def test_move_dated_in_the_future_is_refused(world) -> None:
    with translation.override("en"), pytest.raises(PipelineError) as refused:
        move_case(
            world.case, Stage.CONTACTED, world.officer, expected_version=1, at=timezone.now() + dt.timedelta(days=2)
        )

    assert str(refused.value) == "A move cannot be dated in the future."
    assert CaseEvent.objects.filter(case=world.case).count() == 1


def test_dated_move_records_its_date_in_history(world) -> None:
    opened = timezone.now() - dt.timedelta(days=10)
    when = opened + dt.timedelta(days=4)
    case = open_case(ProjectFactory(), world.district, world.officer, at=opened)

    case = move_case(case, Stage.CONTACTED, world.officer, expected_version=1, at=when)

    assert case.stage_since == when
    assert CaseEvent.objects.get(case=case, to_stage=Stage.CONTACTED).at == when
