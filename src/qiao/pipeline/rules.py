"""Who may see and move investment cases, and edit a district's checklist template."""

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


@predicate
def is_template_district_member(user: Any, template: Any) -> bool:
    return template is not None and bool(is_member(user, template.district))


can_view_case = is_case_district_member | is_case_project_member | is_organiser
# Moving, tasks, owner, checklist steps and (soft) deleting: the district's officers and organisers.
can_move_case = is_case_district_member | is_organiser
can_edit_template = is_template_district_member | is_organiser
add_perm("pipeline.view_case", can_view_case)
add_perm("pipeline.move_case", can_move_case)
add_perm("pipeline.manage_case", can_move_case)
add_perm("pipeline.delete_case", can_move_case)
add_perm("pipeline.edit_checklist_template", can_edit_template)
# The rules (not only the permissions) let templates ask with {% test_rule %}.
add_rule("pipeline.view_case", can_view_case)
add_rule("pipeline.move_case", can_move_case)
add_rule("pipeline.manage_case", can_move_case)
