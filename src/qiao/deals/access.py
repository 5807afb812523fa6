"""Chokepoints: every page fetches agreements, versions and lineups through these."""

from __future__ import annotations

from typing import Any

from django.db.models import Q, QuerySet
from django.http import Http404

from qiao.accounts.rules import is_officer, is_organiser
from qiao.deals.domain.ceremony import publishable
from qiao.deals.models import Agreement, AgreementParty, AgreementVersion
from qiao.summits.access import events_visible_to
from qiao.summits.enums import SessionKind
from qiao.summits.models import Session


def agreements_visible_to(user: Any) -> QuerySet[Agreement]:
    """Organisers see every agreement; others those of organisations they belong to (deleted ones: nobody)."""
    agreements = Agreement.objects.filter(deleted_at__isnull=True).select_related("project", "case", "event")
    if is_organiser(user):
        return agreements
    if not user.is_authenticated:
        return agreements.none()
    mine = Q(party_links__organisation__memberships__person=user)
    if is_officer(user):
        mine |= Q(case__district__memberships__person=user)
    return agreements.filter(pk__in=Agreement.objects.filter(mine).values("pk"))


def agreements_readable_by(user: Any) -> QuerySet[Agreement]:
    """What the API lists: the agreements the pages show the person, plus every intent the
    public pages show (signed, every party consenting, of an event the person may see)."""
    public = publishable(Agreement.objects.all()).filter(Q(event__isnull=True) | Q(event__in=events_visible_to(user)))
    readable = Q(pk__in=agreements_visible_to(user).values("pk")) | Q(pk__in=public.values("pk"))
    return Agreement.objects.filter(readable).select_related("project", "case", "event")


def get_agreement_for_user(user: Any, pk: int) -> Agreement:
    """The agreement if the person may see it, else 404 (others' agreements do not exist for you)."""
    try:
        return agreements_visible_to(user).get(pk=pk)
    except Agreement.DoesNotExist as missing:
        raise Http404(pk) from missing


def get_version_for_user(user: Any, agreement_pk: int, number: int) -> AgreementVersion:
    """A version of an agreement the person may see, else 404."""
    agreement = get_agreement_for_user(user, agreement_pk)
    try:
        return agreement.versions.get(number=number)
    except AgreementVersion.DoesNotExist as missing:
        raise Http404(number) from missing


def get_party_for_user(user: Any, agreement: Agreement, pk: int) -> AgreementParty:
    """A party link of an agreement fetched through `get_agreement_for_user`, else 404."""
    try:
        return agreement.party_links.select_related("organisation").get(pk=pk)
    except AgreementParty.DoesNotExist as missing:
        raise Http404(pk) from missing


def get_signing_session_for_user(user: Any, pk: int) -> Session:
    """A signing-ceremony session for organisers, else 404."""
    if not is_organiser(user):
        raise Http404(pk)
    try:
        return Session.objects.select_related("event").get(pk=pk, kind=SessionKind.SIGNING)
    except Session.DoesNotExist as missing:
        raise Http404(pk) from missing
