"""Follow-up tasks and owners: who adds and completes them, and which dates are refused."""

from __future__ import annotations

import datetime as dt

import pytest
from django.urls import reverse
from django.utils import timezone, translation

from qiao.accounts.enums import Role
from qiao.core.models import AuditEntry
from qiao.pipeline.domain.cases import PipelineError, assign_owner, open_case
from qiao.pipeline.domain.followups import add_task, complete_task
from qiao.pipeline.models import Case, FollowUpTask
from tests.factories import MembershipFactory, ProjectFactory, UserFactory
from tests.pipeline.conftest import build_world

pytestmark = pytest.mark.django_db


def _url(name: str, *args: object) -> str:
    with translation.override("en"):
        return reverse(name, args=args)


def _task_post(client, case, title="Send the site offer", due_on=None, assignee=""):
    due = (due_on or timezone.localdate() + dt.timedelta(days=3)).isoformat()
    return client.post(
        _url("pipeline:add_task", case.pk), {"title": title, "due_on": due, "assignee": assignee}, follow=True
    )


def test_officer_adds_and_completes_a_task_from_the_case_page(client, world) -> None:
    client.force_login(world.officer)

    response = _task_post(client, world.case, assignee=str(world.officer.pk))
    task = FollowUpTask.objects.get(case=world.case)
    done = client.post(_url("pipeline:complete_task", world.case.pk, task.pk), follow=True)

    assert "Send the site offer" in response.content.decode()
    task.refresh_from_db()
    assert (task.assignee, task.created_by, task.done_by) == (world.officer, world.officer, world.officer)
    assert task.done_at is not None
    assert "The task is done." in done.content.decode()
    assert AuditEntry.objects.filter(action__in=["pipeline.task_added", "pipeline.task_completed"]).count() == 2


def test_organiser_adds_a_task(client, world) -> None:
    client.force_login(UserFactory(role=Role.ORGANISER))

    _task_post(client, world.case)

    assert FollowUpTask.objects.filter(case=world.case).count() == 1


def test_company_sees_tasks_but_cannot_add_or_complete(client, world) -> None:
    task = add_task(world.case, "Prepare the lease draft", timezone.localdate(), world.officer)
    client.force_login(world.company_rep)

    page = client.get(_url("pipeline:case", world.case.pk)).content.decode()
    add = _task_post(client, world.case)
    complete = client.post(_url("pipeline:complete_task", world.case.pk, task.pk))

    assert "Prepare the lease draft" in page
    assert 'id="task-form"' not in page
    assert (add.status_code, complete.status_code) == (403, 403)
    assert FollowUpTask.objects.get(pk=task.pk).done_at is None
    assert FollowUpTask.objects.count() == 1


def test_officer_of_another_district_cannot_reach_tasks(client, world) -> None:
    task = add_task(world.case, "Prepare the lease draft", timezone.localdate(), world.officer)
    client.force_login(build_world("Keqiao").officer)

    add = _task_post(client, world.case)
    complete = client.post(_url("pipeline:complete_task", world.case.pk, task.pk))

    assert (add.status_code, complete.status_code) == (404, 404)
    assert FollowUpTask.objects.count() == 1


def test_task_of_another_case_is_not_found_through_this_case(client, world) -> None:
    own_other_case = open_case(ProjectFactory(), world.district, world.officer)
    task = add_task(own_other_case, "Call", timezone.localdate(), world.officer)
    client.force_login(world.officer)

    response = client.post(_url("pipeline:complete_task", world.case.pk, task.pk))

    assert response.status_code == 404


def test_due_date_before_the_case_was_opened_is_refused(client, world) -> None:
    client.force_login(world.officer)
    opened = timezone.localdate(world.case.stage_since)

    response = _task_post(client, world.case, due_on=opened - dt.timedelta(days=1))

    assert "The due date cannot be before the case was opened" in response.content.decode()
    assert FollowUpTask.objects.count() == 0


def test_unreadable_due_date_is_refused_with_a_message(client, world) -> None:
    client.force_login(world.officer)

    response = client.post(
        _url("pipeline:add_task", world.case.pk), {"title": "x", "due_on": "31.02.2026"}, follow=True
    )

    assert response.status_code == 200
    assert "Enter a valid date." in response.content.decode()
    assert FollowUpTask.objects.count() == 0


def test_blank_title_and_outsider_assignee_are_refused(world) -> None:
    outsider = UserFactory(role=Role.OFFICER)

    with pytest.raises(PipelineError):
        add_task(world.case, "   ", timezone.localdate(), world.officer)
    with translation.override("en"), pytest.raises(PipelineError) as refused:
        add_task(world.case, "Call", timezone.localdate(), world.officer, assignee=outsider)

    assert str(refused.value) == "Only members of the district or organisers can be given its tasks."
    assert FollowUpTask.objects.count() == 0


def test_completing_twice_is_refused(world) -> None:
    task = complete_task(add_task(world.case, "Call", timezone.localdate(), world.officer), world.officer)

    with pytest.raises(PipelineError):
        complete_task(task, world.officer)


def test_board_card_marks_overdue_tasks(client, world) -> None:
    opened = timezone.now() - dt.timedelta(days=20)
    case = open_case(ProjectFactory(), world.district, world.officer, owner=world.officer, at=opened)
    add_task(case, "Overdue call", timezone.localdate() - dt.timedelta(days=2), world.officer)
    add_task(case, "Later call", timezone.localdate() + dt.timedelta(days=2), world.officer)
    client.force_login(world.officer)

    board = client.get(_url("pipeline:board")).content.decode()
    page = client.get(_url("pipeline:case", case.pk)).content.decode()

    assert "2 open tasks" in board
    assert "1 overdue" in board
    assert page.count("tickets-status--refused") == 1


def test_district_officer_reassigns_the_owner_to_a_colleague(client, world) -> None:
    colleague = UserFactory(role=Role.OFFICER)
    MembershipFactory(person=colleague, organisation=world.district)
    client.force_login(world.officer)

    response = client.post(_url("pipeline:owner", world.case.pk), {"owner": colleague.pk}, follow=True)

    assert "The owner has been changed." in response.content.decode()
    assert Case.objects.get(pk=world.case.pk).owner == colleague


def test_owner_must_be_a_district_member_or_organiser(client, world) -> None:
    outsider = UserFactory(role=Role.OFFICER)
    organiser = UserFactory(role=Role.ORGANISER)
    client.force_login(world.officer)

    refused = client.post(_url("pipeline:owner", world.case.pk), {"owner": outsider.pk}, follow=True)
    kept = Case.objects.get(pk=world.case.pk).owner
    assign_owner(world.case, organiser, world.officer)

    assert "Only members of the district or organisers can own its cases." in refused.content.decode()
    assert kept == world.officer
    assert Case.objects.get(pk=world.case.pk).owner == organiser


def test_company_cannot_reassign_the_owner(client, world) -> None:
    client.force_login(world.company_rep)

    response = client.post(_url("pipeline:owner", world.case.pk), {"owner": ""})

    assert response.status_code == 403
    assert Case.objects.get(pk=world.case.pk).owner == world.officer


def test_opening_a_case_for_an_outside_owner_is_refused(world) -> None:
    with pytest.raises(PipelineError):
        open_case(ProjectFactory(), world.district, world.officer, owner=UserFactory(role=Role.OFFICER))

    assert Case.objects.count() == 1
