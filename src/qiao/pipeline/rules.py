"""Who may see and move investment cases."""

from __future__ import annotations

from typing import Any

from rules.permissions import add_perm
from rules.predicates import predicate
from rules.rulesets import add_rule

from qiao.accounts.rules import is_member, is_organiser


@predicate
def is_case_district_member(user: Any, case: Any) -> bool:
    return case is not None and bool(is_member(user, case.district))


@predicate
def is_case_project_member(user: Any, case: Any) -> bool:
    return case is not None and bool(is_member(user, case.project.organisation))


can_view_case = is_case_district_member | is_case_project_member | is_organiser
can_move_case = is_case_district_member | is_organiser
add_perm("pipeline.view_case", can_view_case)
add_perm("pipeline.move_case", can_move_case)
# The rules (not only the permissions) let templates ask with {% test_rule %}.
add_rule("pipeline.view_case", can_view_case)
add_rule("pipeline.move_case", can_move_case)
