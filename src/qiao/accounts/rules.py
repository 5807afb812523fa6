"""Predicates about people, shared by every app's rules (the one place for role checks)."""

from __future__ import annotations

from typing import Any

from rules.permissions import add_perm
from rules.predicates import predicate
from rules.rulesets import add_rule

from qiao.accounts.enums import Role


@predicate
def is_organiser(user: Any) -> bool:
    return bool(user.is_authenticated and (user.is_superuser or (user.role == Role.ORGANISER and user.approved)))


@predicate
def is_officer(user: Any) -> bool:
    return bool(user.is_authenticated and user.role == Role.OFFICER and user.approved)


@predicate
def is_company_rep(user: Any) -> bool:
    return bool(user.is_authenticated and user.role == Role.COMPANY)


@predicate
def is_expert(user: Any) -> bool:
    return bool(user.is_authenticated and user.role == Role.EXPERT and user.approved)


@predicate
def is_member(user: Any, organisation: Any) -> bool:
    if not user.is_authenticated or organisation is None:
        return False
    return bool(user.memberships.filter(organisation=organisation).exists())


@predicate
def is_org_admin(user: Any, organisation: Any) -> bool:
    if not user.is_authenticated or organisation is None:
        return False
    return bool(user.memberships.filter(organisation=organisation, is_admin=True).exists())


@predicate
def can_sign_for(user: Any, organisation: Any) -> bool:
    if not user.is_authenticated or organisation is None:
        return False
    return bool(user.memberships.filter(organisation=organisation, can_sign=True).exists())


# Organisers decide on the officers and experts who signed up. The rule (not only the
# permission) lets templates ask without the model backend's permission queries.
add_perm("accounts.review_application", is_organiser)
add_rule("accounts.review_application", is_organiser)
