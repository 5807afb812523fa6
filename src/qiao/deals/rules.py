"""Who may see, draft, sign and record agreements."""

from __future__ import annotations

from typing import Any

from rules.permissions import add_perm
from rules.predicates import predicate
from rules.rulesets import add_rule

from qiao.accounts.models import Membership
from qiao.accounts.rules import is_officer, is_organiser


def _member_of_party(user: Any, agreement: Any) -> bool:
    if not user.is_authenticated or agreement is None:
        return False
    return Membership.objects.filter(person_id=user.pk, organisation__agreements=agreement).exists()


@predicate
def is_party_member(user: Any, agreement: Any) -> bool:
    return _member_of_party(user, agreement)


@predicate
def is_district_officer_of(user: Any, agreement: Any) -> bool:
    """An officer who belongs to a party or to the district of the agreement's investment case."""
    if agreement is None or not is_officer(user):
        return False
    if _member_of_party(user, agreement):
        return True
    case = agreement.case
    return case is not None and Membership.objects.filter(person_id=user.pk, organisation_id=case.district_id).exists()


@predicate
def may_speak_for_party(user: Any, link: Any) -> bool:
    """A member of this party's organisation (consent to publication)."""
    if not user.is_authenticated or link is None:
        return False
    return Membership.objects.filter(person_id=user.pk, organisation_id=link.organisation_id).exists()


can_view_agreement = is_organiser | is_party_member | is_district_officer_of
can_edit_agreement = is_organiser | is_party_member
can_record_onsite = is_organiser | is_district_officer_of
can_give_consent = is_organiser | may_speak_for_party
for name, rule in (
    ("deals.view_agreement", can_view_agreement),
    ("deals.change_agreement", can_edit_agreement),
    ("deals.record_onsite", can_record_onsite),
    ("deals.delete_agreement", is_organiser),
    ("deals.add_agreement", is_organiser | is_officer),
    ("deals.manage_lineup", is_organiser),
    ("deals.give_consent", can_give_consent),
):
    add_perm(name, rule)
    # The rules (not only the permissions) let templates ask with {% test_rule %}.
    add_rule(name, rule)
