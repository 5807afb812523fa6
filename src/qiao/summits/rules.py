"""Who may see events."""

from __future__ import annotations

from typing import Any

from rules.permissions import add_perm
from rules.predicates import predicate

from qiao.accounts.rules import is_organiser
from qiao.summits.enums import EventStatus


@predicate
def is_announced(user: Any, event: Any) -> bool:
    return event is not None and event.status != EventStatus.DRAFT


add_perm("summits.view_event", is_announced | is_organiser)
add_perm("summits.change_event", is_organiser)
