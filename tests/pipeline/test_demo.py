"""The demo: the 2020 summit's intents and synthetic cases fill every stage, built once."""

from __future__ import annotations

import itertools

import pytest
from django.core.management import call_command
from django.utils import timezone

from qiao.core.models import AuditEntry
from qiao.deals.models import Agreement
from qiao.demo import summit2020
from qiao.demo.domain.loader import load_demo
from qiao.demo.synthetic import generate
from qiao.pipeline.domain.demo import INTENT_OUTCOMES
from qiao.pipeline.enums import Stage, StepStatus, required_stages_up_to
from qiao.pipeline.models import Case, CaseEvent, ChecklistStep, FollowUpTask

pytestmark = pytest.mark.django_db


def test_demo_opens_one_case_per_intent_and_district_and_reloads_without_change() -> None:
    load_demo(None)
    intents = Agreement.objects.filter(event__key=summit2020.EVENT_KEY, kind="intent", project__isnull=False)
    cases = Case.objects.filter(event__key=summit2020.EVENT_KEY)
    audit_count = AuditEntry.objects.count()

    changes = load_demo(None)

    assert intents.count() > 0
    assert cases.count() == 2 * intents.count()  # Yuecheng and Binhai signed every one
    assert set(cases.values_list("stage", flat=True)) == set(itertools.chain.from_iterable(INTENT_OUTCOMES))
    assert set(cases.filter(district__key="cn-yuecheng").values_list("owner__username", flat=True)) == {"officer"}
    assert changes.created.get("pipeline.Case", 0) == 0
    assert AuditEntry.objects.count() == audit_count


@pytest.fixture(scope="module")
def full_demo(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        load_demo(generate())
        yield
        call_command("flush", "--noinput", verbosity=0)


def test_full_demo_has_a_case_in_every_stage(full_demo) -> None:
    stages = set(Case.objects.values_list("stage", flat=True))

    assert stages == set(Stage.values)
    assert Case.objects.filter(event__isnull=True, project__key__startswith="de-prj-").count() > 0


def test_full_demo_cases_past_intent_have_their_required_steps_done(full_demo) -> None:
    for case in Case.objects.exclude(stage=Stage.DROPPED):
        open_required = ChecklistStep.objects.filter(
            case=case, status=StepStatus.OPEN, required_for__in=required_stages_up_to(case.stage)
        )
        assert list(open_required) == [], case
    operating = Case.objects.filter(stage=Stage.OPERATING)
    assert ChecklistStep.objects.filter(case__in=operating, status=StepStatus.OPEN).count() == 0
    registered = Case.objects.filter(stage=Stage.COMPANY_REGISTERED)
    assert ChecklistStep.objects.filter(case__in=registered, status=StepStatus.DONE).count() > 0


def test_full_demo_history_is_dated_in_order_and_in_the_past(full_demo) -> None:
    now = timezone.now()
    for case in Case.objects.all():
        dates = list(CaseEvent.objects.filter(case=case).order_by("pk").values_list("at", flat=True))
        assert dates == sorted(dates), case
        assert dates[-1] == case.stage_since
        assert dates[-1] < now
    assert (
        CaseEvent.objects.filter(to_stage=Stage.DROPPED).exclude(note="").count()
        == Case.objects.filter(stage=Stage.DROPPED).count()
    )


def test_full_demo_figures_come_from_the_projects(full_demo) -> None:
    synthetic = Case.objects.filter(project__key__startswith="de-prj-").select_related("project")
    landed = synthetic.filter(stage=Stage.OPERATING)

    assert all(c.investment == c.project.investment and c.jobs_planned == c.project.jobs for c in synthetic)
    assert landed.count() > 0
    assert all(c.jobs_created is not None and 0 < c.jobs_created <= c.jobs_planned for c in landed)


def test_full_demo_reload_changes_nothing(full_demo) -> None:
    counts = (
        Case.objects.count(),
        CaseEvent.objects.count(),
        ChecklistStep.objects.count(),
        FollowUpTask.objects.count(),
    )
    audit_count = AuditEntry.objects.count()

    changes = load_demo(generate())

    assert changes.total == 0
    assert (
        Case.objects.count(),
        CaseEvent.objects.count(),
        ChecklistStep.objects.count(),
        FollowUpTask.objects.count(),
    ) == counts
    assert AuditEntry.objects.count() == audit_count
