"""Moderation decisions: organisers only, legal transitions only, audited, reason required."""

import pytest
from django.contrib.auth.models import AnonymousUser

from qiao.core.models import AuditEntry
from qiao.projects.access import projects_visible_to, public_projects
from qiao.projects.domain.moderation import ModerationError, moderation_queue, publish_project, reject_project
from tests.factories import ProjectFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def organiser():
    return UserFactory(role="organiser")


def test_public_projects_hold_only_published_public_non_draft_projects():
    shown = ProjectFactory(moderation="published")
    ProjectFactory(moderation="submitted")
    ProjectFactory(moderation="rejected")
    ProjectFactory(moderation="published", visibility="private")
    ProjectFactory(moderation="published", stage="draft")

    assert list(public_projects()) == [shown]
    assert list(projects_visible_to(AnonymousUser())) == [shown]


def test_queue_lists_submitted_oldest_first():
    first = ProjectFactory(moderation="submitted")
    second = ProjectFactory(moderation="submitted")
    ProjectFactory(moderation="published")

    assert moderation_queue() == [first, second]


def test_publish_twice_is_refused(organiser):
    project = publish_project(ProjectFactory(moderation="submitted"), organiser)

    with pytest.raises(ModerationError) as refused:
        publish_project(project, organiser)

    assert refused.value.code == "illegal_transition"
    assert AuditEntry.objects.count() == 1


def test_company_cannot_publish():
    project = ProjectFactory(moderation="submitted")

    with pytest.raises(ModerationError):
        publish_project(project, UserFactory(role="company"))

    project.refresh_from_db()
    assert project.moderation == "submitted"


def test_reject_needs_a_reason_and_records_it(organiser):
    project = ProjectFactory(moderation="submitted")

    with pytest.raises(ModerationError):
        reject_project(project, organiser, "   ")
    rejected = reject_project(project, organiser, " Not a manufacturing project. ")

    assert (rejected.moderation, rejected.moderation_reason) == ("rejected", "Not a manufacturing project.")
    assert AuditEntry.objects.get().data == {"reason": "Not a manufacturing project."}
