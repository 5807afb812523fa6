"""The case page's checklist and deleting, and the district's template pages."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation

from qiao.accounts.enums import Role
from qiao.core import translated
from qiao.core.models import AuditEntry
from qiao.pipeline.domain.cases import move_case
from qiao.pipeline.domain.checklists import template_for
from qiao.pipeline.domain.followups import add_task
from qiao.pipeline.enums import Stage, StepStatus
from qiao.pipeline.models import Case, CaseEvent, ChecklistStep, ChecklistTemplate, FollowUpTask, TemplateStep
from tests.factories import UserFactory
from tests.pipeline.conftest import build_world

pytestmark = pytest.mark.django_db


def _url(name: str, *args: object, language: str = "en") -> str:
    with translation.override(language):
        return reverse(name, args=args)


def _intent(world) -> Case:
    case = world.case
    for stage in (Stage.CONTACTED, Stage.MET, Stage.INTENT_SIGNED):
        case = move_case(case, stage, world.officer, expected_version=case.version)
    return case


def test_company_sees_the_checklist_in_german_read_only(client, world) -> None:
    case = _intent(world)
    step = ChecklistStep.objects.filter(case=case).first()
    client.force_login(world.company_rep)

    page = client.get(_url("pipeline:case", case.pk, language="de")).content.decode()
    change = client.post(_url("pipeline:step", case.pk, step.pk), {"status": "done"})

    assert "Vorabgenehmigung des Firmennamens" in page
    assert "Bezirksamt für Marktregulierung" in page
    assert "Company name pre-approval" not in page
    assert 'name="status"' not in page
    assert change.status_code == 403
    assert ChecklistStep.objects.get(pk=step.pk).status == StepStatus.OPEN


def test_officer_closes_a_step_from_the_case_page(client, world) -> None:
    case = _intent(world)
    step = ChecklistStep.objects.filter(case=case).first()
    client.force_login(world.officer)

    response = client.post(
        _url("pipeline:step", case.pk, step.pk),
        {"status": "done", "due_on": step.due_on.isoformat()},
        follow=True,
    )

    step.refresh_from_db()
    assert (step.status, step.done_by) == (StepStatus.DONE, world.officer)
    assert "The landing step has been saved." in response.content.decode()


def test_officer_of_another_district_cannot_see_or_change_the_checklist(client, world) -> None:
    case = _intent(world)
    step = ChecklistStep.objects.filter(case=case).first()
    client.force_login(build_world("Keqiao").officer)

    page = client.get(_url("pipeline:case", case.pk))
    change = client.post(_url("pipeline:step", case.pk, step.pk), {"status": "done"})

    assert (page.status_code, change.status_code) == (404, 404)
    assert ChecklistStep.objects.get(pk=step.pk).status == StepStatus.OPEN


def test_blocked_move_on_the_page_names_the_open_steps(client, world) -> None:
    case = move_case(_intent(world), Stage.CONTRACT_SIGNED, world.officer, expected_version=4)
    client.force_login(world.officer)

    response = client.post(
        _url("pipeline:move", case.pk), {"to_stage": "company_registered", "version": "5", "next": "case"}, follow=True
    )

    assert "first: Company name pre-approval; Business licence." in response.content.decode()
    assert Case.objects.get(pk=case.pk).stage == Stage.CONTRACT_SIGNED


def test_case_page_queries_do_not_grow_with_steps_and_tasks(client, world) -> None:
    client.force_login(world.officer)
    with CaptureQueriesContext(connection) as before:
        client.get(_url("pipeline:case", world.case.pk))
    case = _intent(world)
    for n in range(3):
        add_task(case, f"Task {n}", timezone.localdate(), world.officer)

    with CaptureQueriesContext(connection) as after:
        page = client.get(_url("pipeline:case", case.pk)).content.decode()

    assert page.count('class="pipeline-checklist__step"') == 8
    assert len(after) <= len(before) + 1  # the checklist's own query once it has steps


def test_officer_deletes_a_case_softly(client, world) -> None:
    client.force_login(world.officer)

    response = client.post(_url("pipeline:delete", world.case.pk), {"reason": "Entered twice"}, follow=True)
    board = client.get(_url("pipeline:board")).content.decode()
    detail = client.get(_url("pipeline:case", world.case.pk))

    case = Case.objects.get(pk=world.case.pk)
    assert case.deleted_at is not None
    assert "The case has been deleted." in response.content.decode()
    assert f'href="/en/pipeline/cases/{case.pk}/"' not in board
    assert detail.status_code == 404
    assert CaseEvent.objects.filter(case=case).count() == 1
    entry = AuditEntry.objects.get(action="pipeline.case_deleted", object_id=str(case.pk))
    assert entry.data["reason"] == "Entered twice"


def test_company_cannot_delete_its_case(client, world) -> None:
    client.force_login(world.company_rep)

    response = client.post(_url("pipeline:delete", world.case.pk), {"reason": ""})

    assert response.status_code == 403
    assert Case.objects.get(pk=world.case.pk).deleted_at is None


def test_deleted_case_cannot_be_moved_or_given_tasks(client, world) -> None:
    client.force_login(world.officer)
    client.post(_url("pipeline:delete", world.case.pk))

    move = client.post(_url("pipeline:move", world.case.pk), {"to_stage": "contacted", "version": "1"})
    task = client.post(_url("pipeline:add_task", world.case.pk), {"title": "x", "due_on": "2030-01-01"})

    assert (move.status_code, task.status_code) == (404, 404)
    assert FollowUpTask.objects.count() == 0


def test_organiser_finds_deleted_cases_in_the_admin(client, world) -> None:
    client.force_login(world.officer)
    client.post(_url("pipeline:delete", world.case.pk))
    client.force_login(UserFactory(role=Role.ORGANISER, is_staff=True, is_superuser=True))

    listing = client.get(_url("admin:pipeline_case_changelist"), {"deleted": "yes"}).content.decode()
    live = client.get(_url("admin:pipeline_case_changelist"), {"deleted": "no"}).content.decode()

    assert f"/pipeline/case/{world.case.pk}/change/" in listing
    assert f"/pipeline/case/{world.case.pk}/change/" not in live


def test_officer_starts_and_edits_the_district_template(client, world) -> None:
    client.force_login(world.officer)

    listing = client.get(_url("pipeline:templates")).content.decode()
    started = client.post(_url("pipeline:start_template", world.district.pk))
    template = ChecklistTemplate.objects.get(district=world.district)
    step = template.steps.get(order=8)
    saved = client.post(
        _url("pipeline:template_step", template.pk, step.pk),
        {
            "order": "8",
            "title_zh_hans": "",
            "title_de": "Arbeitserlaubnisse",
            "title_en": "Work permits",
            "provider_zh_hans": "",
            "provider_de": "",
            "provider_en": "Foreign experts office",
            "documents_zh_hans": "",
            "documents_de": "",
            "documents_en": "Passports",
            "due_offset_days": "200",
            "required_for": "operating",
        },
    )

    assert "Start from the default template" in listing
    assert started.status_code == 302
    assert saved.status_code == 302
    step.refresh_from_db()
    assert (translated.resolve(step.title, "de").text, step.due_offset_days, step.required_for) == (
        "Arbeitserlaubnisse",
        200,
        "operating",
    )


def test_template_step_form_refuses_bad_input(client, world) -> None:
    template = template_for(world.district)
    client.force_login(world.officer)

    response = client.post(
        _url("pipeline:template_step_new", template.pk),
        {"order": "x", "due_offset_days": "-3", "required_for": "tomorrow"},
    )

    assert response.status_code == 200
    assert 'class="errorlist' in response.content.decode()
    assert TemplateStep.objects.filter(template=template).count() == 8


def test_other_district_and_company_cannot_edit_the_template(client, world) -> None:
    template = template_for(world.district)
    step = template.steps.first()

    client.force_login(build_world("Keqiao").officer)
    other = client.get(_url("pipeline:template", template.pk))
    remove = client.post(_url("pipeline:template_step_remove", template.pk, step.pk))
    client.force_login(world.company_rep)
    company = client.get(_url("pipeline:template", template.pk))
    company_start = client.post(_url("pipeline:start_template", world.district.pk))

    assert (other.status_code, remove.status_code, company.status_code, company_start.status_code) == (
        404,
        404,
        404,
        404,
    )
    assert template.steps.count() == 8


def test_organiser_removes_a_template_step(client, world) -> None:
    template = template_for(world.district)
    step = template.steps.first()
    client.force_login(UserFactory(role=Role.ORGANISER))

    response = client.post(_url("pipeline:template_step_remove", template.pk, step.pk))

    assert response.status_code == 302
    assert template.steps.count() == 7


def test_step_change_with_a_bad_due_date_changes_nothing(client, world) -> None:
    case = _intent(world)
    step = ChecklistStep.objects.filter(case=case).first()
    client.force_login(world.officer)

    response = client.post(
        _url("pipeline:step", case.pk, step.pk), {"status": "done", "due_on": "2001-01-01"}, follow=True
    )

    assert "The due date cannot be before the checklist was started" in response.content.decode()
    unchanged = ChecklistStep.objects.get(pk=step.pk)
    assert (unchanged.status, unchanged.due_on) == (StepStatus.OPEN, step.due_on)
