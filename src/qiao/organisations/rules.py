"""Who may do what with organisations."""

from rules.permissions import add_perm
from rules.predicates import always_allow

from qiao.accounts.rules import is_org_admin, is_organiser

add_perm("organisations.view_organisation", always_allow)
add_perm("organisations.change_organisation", is_organiser | is_org_admin)
add_perm("organisations.verify_organisation", is_organiser)
