"""Landing checklists: copied at "letter of intent signed", blocking registration and operation."""

from __future__ import annotations

import datetime as dt

import pytest
from django.utils import timezone, translation

from qiao.core import translated
from qiao.core.models import AuditEntry
from qiao.pipeline.domain.cases import PipelineError, move_case, open_case
from qiao.pipeline.domain.checklists import (
    save_template_step,
    set_step_due_on,
    set_step_status,
    template_for,
)
from qiao.pipeline.enums import RequiredFor, Stage, StepStatus
from qiao.pipeline.models import Case, CaseEvent, ChecklistStep, ChecklistTemplate
from tests.factories import ProjectFactory

pytestmark = pytest.mark.django_db


def _to(case: Case, stage: Stage, by) -> Case:
    return move_case(case, stage, by, expected_version=case.version)


def _to_intent(world) -> Case:
    case = world.case
    for stage in (Stage.CONTACTED, Stage.MET, Stage.INTENT_SIGNED):
        case = _to(case, stage, world.officer)
    return case


def _close(case: Case, required_for: str, by, status: str = StepStatus.DONE) -> None:
    for step in ChecklistStep.objects.filter(case=case, required_for=required_for):
        set_step_status(step, status, by)


def test_reaching_intent_signed_copies_the_default_template(world) -> None:
    case = _to_intent(world)

    steps = list(ChecklistStep.objects.filter(case=case))
    assert len(steps) == 8
    assert [translated.resolve(s.title, "en").text for s in steps[:2]] == [
        "Company name pre-approval",
        "Business licence",
    ]
    assert translated.resolve(steps[1].title, "de").text == "Gewerbeschein (Business Licence)"
    assert translated.resolve(steps[1].title, "zh-hans").text == "营业执照"
    assert {s.status for s in steps} == {StepStatus.OPEN}
    assert steps[0].due_on == timezone.localdate(case.stage_since) + dt.timedelta(days=14)
    assert ChecklistTemplate.objects.filter(district=world.district).count() == 1
    assert AuditEntry.objects.filter(action="pipeline.checklist_attached", object_id=str(case.pk)).count() == 1


def test_opening_at_intent_signed_copies_the_template_once(world) -> None:
    case = open_case(ProjectFactory(), world.district, world.officer, stage=Stage.INTENT_SIGNED)

    assert ChecklistStep.objects.filter(case=case).count() == 8


def test_reopening_at_intent_signed_does_not_copy_again(world) -> None:
    case = _to_intent(world)
    case = move_case(case, Stage.DROPPED, world.officer, "Paused", expected_version=case.version)

    case = _to(case, Stage.INTENT_SIGNED, world.officer)

    assert ChecklistStep.objects.filter(case=case).count() == 8


def test_registration_is_refused_while_required_steps_are_open_and_names_them(world) -> None:
    case = _to(_to_intent(world), Stage.CONTRACT_SIGNED, world.officer)
    events = CaseEvent.objects.count()

    with translation.override("en"), pytest.raises(PipelineError) as refused:
        _to(case, Stage.COMPANY_REGISTERED, world.officer)

    assert refused.value.code == "checklist"
    assert str(refused.value) == (
        "These landing steps must be done (or marked not applicable) first: "
        "Company name pre-approval; Business licence."
    )
    assert Case.objects.get(pk=case.pk).stage == Stage.CONTRACT_SIGNED
    assert CaseEvent.objects.count() == events


def test_refusal_names_the_steps_in_the_readers_language(world) -> None:
    case = _to(_to_intent(world), Stage.CONTRACT_SIGNED, world.officer)

    with translation.override("de"), pytest.raises(PipelineError) as refused:
        _to(case, Stage.COMPANY_REGISTERED, world.officer)

    assert "Vorabgenehmigung des Firmennamens; Gewerbeschein (Business Licence)" in str(refused.value)


def test_registration_is_allowed_once_the_required_steps_are_closed(world) -> None:
    case = _to(_to_intent(world), Stage.CONTRACT_SIGNED, world.officer)
    steps = list(ChecklistStep.objects.filter(case=case, required_for=RequiredFor.COMPANY_REGISTERED))
    set_step_status(steps[0], StepStatus.DONE, world.officer)
    set_step_status(steps[1], StepStatus.NOT_APPLICABLE, world.officer)

    case = _to(case, Stage.COMPANY_REGISTERED, world.officer)

    assert case.stage == Stage.COMPANY_REGISTERED


def test_operating_needs_the_earlier_required_steps_too(world) -> None:
    case = _to(_to_intent(world), Stage.CONTRACT_SIGNED, world.officer)
    _close(case, RequiredFor.COMPANY_REGISTERED, world.officer)
    case = _to(_to(case, Stage.COMPANY_REGISTERED, world.officer), Stage.SITE_SECURED, world.officer)
    reopened = ChecklistStep.objects.filter(case=case, required_for=RequiredFor.COMPANY_REGISTERED).first()
    set_step_status(reopened, StepStatus.OPEN, world.officer)
    _close(case, RequiredFor.OPERATING, world.officer)

    with translation.override("en"), pytest.raises(PipelineError) as refused:
        _to(case, Stage.OPERATING, world.officer)

    assert str(refused.value).endswith("first: Company name pre-approval.")
    set_step_status(reopened, StepStatus.DONE, world.officer)
    assert _to(case, Stage.OPERATING, world.officer).stage == Stage.OPERATING


def test_steps_not_required_do_not_block(world) -> None:
    case = _to(_to_intent(world), Stage.CONTRACT_SIGNED, world.officer)
    _close(case, RequiredFor.COMPANY_REGISTERED, world.officer)
    case = _to(_to(case, Stage.COMPANY_REGISTERED, world.officer), Stage.SITE_SECURED, world.officer)
    _close(case, RequiredFor.OPERATING, world.officer)

    case = _to(case, Stage.OPERATING, world.officer)

    permits = ChecklistStep.objects.get(case=case, required_for=RequiredFor.NONE)
    assert (case.stage, permits.status) == (Stage.OPERATING, StepStatus.OPEN)


def test_dropping_is_allowed_with_open_steps(world) -> None:
    case = _to(_to_intent(world), Stage.CONTRACT_SIGNED, world.officer)

    case = move_case(case, Stage.DROPPED, world.officer, "Went to Vietnam", expected_version=case.version)

    assert case.stage == Stage.DROPPED


def test_step_status_change_keeps_who_and_when_and_audits(world) -> None:
    case = _to_intent(world)
    step = ChecklistStep.objects.filter(case=case).first()

    done = set_step_status(step, StepStatus.DONE, world.officer)
    reopened = set_step_status(done, StepStatus.OPEN, world.officer)

    assert (done.done_by, done.done_at is not None) == (world.officer, True)
    assert (reopened.done_by, reopened.done_at) == (None, None)
    actions = AuditEntry.objects.filter(action="pipeline.step_status_changed", object_id=str(step.pk))
    assert actions.count() == 2


def test_unknown_step_status_is_refused(world) -> None:
    step = ChecklistStep.objects.filter(case=_to_intent(world)).first()

    with pytest.raises(PipelineError):
        set_step_status(step, "finished", world.officer)

    assert ChecklistStep.objects.get(pk=step.pk).status == StepStatus.OPEN


def test_step_due_date_before_the_checklist_started_is_refused(world) -> None:
    step = ChecklistStep.objects.filter(case=_to_intent(world)).first()
    before = timezone.localdate(step.created_at) - dt.timedelta(days=1)

    with translation.override("en"), pytest.raises(PipelineError) as refused:
        set_step_due_on(step, before, world.officer)

    assert str(refused.value).startswith("The due date cannot be before the checklist was started")
    assert ChecklistStep.objects.get(pk=step.pk).due_on == step.due_on


def test_template_changes_apply_to_later_cases_only(world) -> None:
    first = _to_intent(world)
    template = template_for(world.district)
    save_template_step(
        template,
        world.officer,
        order=9,
        title=translated.make("en", en="Social insurance registration"),
        provider=translated.make("en", en="District social security bureau"),
        documents={},
        due_offset_days=90,
        required_for=RequiredFor.OPERATING,
    )

    later = open_case(ProjectFactory(), world.district, world.officer, stage=Stage.INTENT_SIGNED)

    assert ChecklistStep.objects.filter(case=first).count() == 8
    assert ChecklistStep.objects.filter(case=later).count() == 9


def test_template_step_needs_a_title_and_a_sane_offset(world) -> None:
    template = template_for(world.district)
    common = {"order": 1, "provider": {}, "documents": {}, "required_for": ""}

    with pytest.raises(PipelineError):
        save_template_step(template, world.officer, title={}, due_offset_days=10, **common)
    with pytest.raises(PipelineError):
        save_template_step(
            template, world.officer, title=translated.make("en", en="x"), due_offset_days=99999, **common
        )

    assert template.steps.count() == 8


def test_default_template_is_written_once_per_district(world) -> None:
    first = template_for(world.district)
    second = template_for(world.district)

    assert first.pk == second.pk
    assert ChecklistTemplate.objects.count() == 1
