"""Who may translate: the organisers, and members of the organisation that owns the text."""

from __future__ import annotations

from typing import Any

from rules.permissions import add_perm
from rules.predicates import predicate

from qiao.accounts.rules import is_organiser


@predicate
def is_owner_member(user: Any, request: Any) -> bool:
    if not user.is_authenticated or request is None or request.organisation_id is None:
        return False
    return bool(user.memberships.filter(organisation_id=request.organisation_id).exists())


can_translate = is_organiser | is_owner_member

add_perm("translations.change_translationrequest", can_translate)
