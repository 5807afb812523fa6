"""Who may see and run project reviews."""

from __future__ import annotations

from typing import Any

from rules.permissions import add_perm
from rules.predicates import predicate
from rules.rulesets import add_rule

from qiao.accounts.rules import is_member, is_officer, is_organiser
from qiao.reviews.enums import AssignmentStatus


@predicate
def is_requester(user: Any, request: Any) -> bool:
    return bool(request is not None and user.is_authenticated and request.requested_by_id == user.pk)


@predicate
def is_assigned_expert(user: Any, request: Any) -> bool:
    if request is None or not user.is_authenticated:
        return False
    return bool(request.assignments.filter(expert__person=user).exclude(status=AssignmentStatus.DECLINED).exists())


@predicate
def is_project_owner(user: Any, request: Any) -> bool:
    return request is not None and bool(is_member(user, request.project.organisation))


@predicate
def reveals_reviewers(user: Any, request: Any) -> bool:
    return bool(request is not None and request.reveal_reviewers)


can_manage = is_organiser | (is_officer & is_requester)
add_perm("reviews.add_reviewrequest", is_organiser | is_officer)
add_perm("reviews.manage_request", can_manage)
add_rule("reviews.manage_request", can_manage)
add_perm("reviews.view_request", can_manage | is_assigned_expert | is_project_owner)
# The combined result: not for reviewers, so that each review stays independent.
add_perm("reviews.view_result", can_manage | is_project_owner)
# Reviewers' names: the people running the request; the reviewed company only when an
# organiser chose to reveal them for this request.
can_see_reviewers = can_manage | (is_project_owner & reveals_reviewers)
add_perm("reviews.view_reviewers", can_see_reviewers)
add_rule("reviews.view_reviewers", can_see_reviewers)
add_perm("reviews.reveal_reviewers", is_organiser)
add_rule("reviews.reveal_reviewers", is_organiser)
