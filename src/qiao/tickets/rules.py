"""Who may use the check-in desk and see tickets."""

from __future__ import annotations

from typing import Any

from rules.permissions import add_perm
from rules.predicates import predicate

from qiao.accounts.rules import is_organiser


@predicate
def is_staff_member(user: Any) -> bool:
    return bool(user.is_authenticated and user.is_staff)


@predicate
def is_ticket_holder(user: Any, ticket: Any) -> bool:
    return bool(user.is_authenticated and ticket is not None and ticket.person_id == user.pk)


can_check_in = is_organiser | is_staff_member

add_perm("tickets.check_in", can_check_in)
add_perm("tickets.view_ticket", is_ticket_holder | is_organiser)
