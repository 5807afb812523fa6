"""Who may see and change projects and offers."""

from __future__ import annotations

from typing import Any

from rules.permissions import add_perm
from rules.predicates import predicate

from qiao.accounts.rules import is_member, is_organiser
from qiao.projects.enums import Moderation, ProjectStage, Visibility


@predicate
def is_project_member(user: Any, project: Any) -> bool:
    return project is not None and bool(is_member(user, project.organisation))


@predicate
def is_public_project(user: Any, project: Any) -> bool:
    return (
        project is not None
        and project.visibility == Visibility.PUBLIC
        and project.stage not in (ProjectStage.DRAFT, ProjectStage.WITHDRAWN)
        and project.moderation == Moderation.PUBLISHED
    )


@predicate
def is_matched_partner(user: Any, project: Any) -> bool:
    """A "matched parties only" project, and the person's organisation is an accepted partner of its company."""
    if project is None or not user.is_authenticated or project.visibility != Visibility.MATCHED:
        return False
    from qiao.projects.access import projects_visible_to  # the chokepoint holds the rule

    return bool(projects_visible_to(user).filter(pk=project.pk).exists())


@predicate
def is_offer_member(user: Any, offer: Any) -> bool:
    return offer is not None and bool(is_member(user, offer.organisation))


@predicate
def is_published_offer(user: Any, offer: Any) -> bool:
    return offer is not None and bool(offer.published)


can_view_project = is_public_project | is_project_member | is_organiser | is_matched_partner
can_change_project = is_project_member | is_organiser
add_perm("projects.view_project", can_view_project)
add_perm("projects.change_project", can_change_project)
add_perm("projects.moderate_project", is_organiser)
add_perm("projects.view_offer", is_published_offer | is_offer_member | is_organiser)
add_perm("projects.change_offer", is_offer_member | is_organiser)
