"""The API's own chokepoint for agreements (the deals app has none yet); the rest are the apps'."""

from __future__ import annotations

from typing import Any

from django.db.models import Prefetch, Q, QuerySet
from django.http import Http404

from qiao.accounts.rules import is_organiser
from qiao.deals.models import Agreement, AgreementParty
from qiao.summits.access import events_visible_to

#: Kinds the public "signed intents" page shows once signed (as qiao.web.views.intent_list).
PUBLIC_KINDS = ("intent", "co_building", "strategic")


def agreements_visible_to(user: Any) -> QuerySet[Agreement]:
    """Organisers: all; everyone: signed intents of visible events; members: their organisations'."""
    agreements = Agreement.objects.select_related("project", "event").prefetch_related(
        Prefetch("party_links", queryset=AgreementParty.objects.select_related("organisation"))
    )
    if is_organiser(user):
        return agreements
    public = Q(kind__in=PUBLIC_KINDS, signed_at__isnull=False) & (
        Q(event__isnull=True) | Q(event__in=events_visible_to(user))
    )
    if user.is_authenticated:
        return agreements.filter(public | Q(party_links__organisation__memberships__person=user)).distinct()
    return agreements.filter(public)


def get_agreement_for_user(user: Any, key: str) -> Agreement:
    try:
        return agreements_visible_to(user).get(key=key)
    except Agreement.DoesNotExist as missing:
        raise Http404(key) from missing
