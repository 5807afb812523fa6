"""Who sees what of an expert: public fields for everyone, the contact for organisers and the expert."""

from __future__ import annotations

from typing import Any

from rules.permissions import add_perm
from rules.predicates import predicate
from rules.rulesets import add_rule

from qiao.accounts.rules import is_organiser


@predicate
def is_the_expert(user: Any, expert: Any) -> bool:
    return bool(expert is not None and user.is_authenticated and expert.person_id == user.pk)


can_see_contact = is_organiser | is_the_expert
add_perm("experts.view_contact", can_see_contact)
add_rule("experts.view_contact", can_see_contact)
add_perm("experts.invite", is_organiser)
add_rule("experts.invite", is_organiser)
