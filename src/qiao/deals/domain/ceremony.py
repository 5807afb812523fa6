"""Signing ceremonies: the lineup of agreements for a session, and the signed intents shown publicly."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.db import transaction
from django.db.models import Exists, Max, OuterRef, Q, QuerySet
from django.utils.translation import gettext as _

from qiao.core.domain import audit
from qiao.deals.domain.errors import DealsError
from qiao.deals.enums import AgreementKind
from qiao.deals.models import Agreement, AgreementParty, LineupEntry
from qiao.organisations.enums import OrganisationKind
from qiao.organisations.models import Organisation
from qiao.sectors.models import Sector
from qiao.summits.enums import SessionKind
from qiao.summits.models import Event, Session

#: Kinds shown as signed intents (contracts stay private).
INTENT_KINDS = (AgreementKind.LETTER_OF_INTENT, AgreementKind.CO_BUILDING, AgreementKind.STRATEGIC)
#: Parties of these kinds in China are the district side of an intent.
DISTRICT_KINDS = (OrganisationKind.GOVERNMENT, OrganisationKind.PARK, OrganisationKind.AGENCY)


def add_to_lineup(session: Session, agreement: Agreement, by: Any) -> LineupEntry:
    """Put an agreement last in a signing ceremony's lineup. Side effects: the entry and an audit entry."""
    if session.kind != SessionKind.SIGNING:
        raise DealsError("session", _("Only signing-ceremony sessions have a lineup."))
    if agreement.deleted_at is not None:
        raise DealsError("deleted", _("This agreement has been deleted."))
    if agreement.event_id is not None and agreement.event_id != session.event_id:
        raise DealsError("event", _("This agreement belongs to another summit."))
    with transaction.atomic():
        Session.objects.select_for_update().get(pk=session.pk)
        if LineupEntry.objects.filter(session=session, agreement=agreement).exists():
            raise DealsError("already", _("This agreement is already in the lineup."))
        last = LineupEntry.objects.filter(session=session).aggregate(last=Max("order"))["last"]
        entry = LineupEntry.objects.create(session=session, agreement=agreement, order=0 if last is None else last + 1)
        audit.record(by, "deals.lineup_added", agreement, session=session.pk, order=entry.order)
    return entry


def remove_from_lineup(entry: LineupEntry, by: Any) -> None:
    """Take an agreement out of the lineup (the agreement itself stays)."""
    with transaction.atomic():
        audit.record(by, "deals.lineup_removed", entry.agreement, session=entry.session_id)
        entry.delete()


def move_in_lineup(entry: LineupEntry, step: int, by: Any) -> None:
    """Swap the entry with its neighbour one place earlier (step -1) or later (step +1)."""
    if step not in (-1, 1):
        raise DealsError("step", _("An agreement moves one place at a time."))
    with transaction.atomic():
        entries = list(
            LineupEntry.objects.select_for_update().filter(session_id=entry.session_id).order_by("order", "pk")
        )
        index = next((i for i, e in enumerate(entries) if e.pk == entry.pk), None)
        if index is None or not 0 <= index + step < len(entries):
            return
        entries[index], entries[index + step] = entries[index + step], entries[index]
        for order, item in enumerate(entries):
            if item.order != order:
                item.order = order
                item.save(update_fields=["order"])
        audit.record(by, "deals.lineup_moved", entry.agreement, session=entry.session_id, step=step)


@dataclass(frozen=True)
class PublicIntent:
    """What the public summit page shows of a signed intent: parties, sectors, districts."""

    agreement: Agreement
    parties: list[Organisation]
    sectors: list[Sector]
    districts: list[Organisation]


def publishable(agreements: QuerySet[Agreement]) -> QuerySet[Agreement]:
    """Signed, not deleted intents whose every party consented to publication."""
    refusing = AgreementParty.objects.filter(agreement=OuterRef("pk"), public_consent=False)
    return (
        agreements.filter(
            kind__in=INTENT_KINDS, signed_at__isnull=False, deleted_at__isnull=True, party_links__isnull=False
        )
        .filter(~Exists(refusing))
        .distinct()
    )


def public_intents_for(event: Event) -> list[PublicIntent]:
    """The event's signed intents (by event or ceremony lineup) that every party allows to show."""
    in_event = Agreement.objects.filter(Q(event=event) | Q(lineup_entries__session__event=event))
    agreements = (
        publishable(in_event)
        .select_related("case__district")
        .prefetch_related("party_links__organisation", "sectors")
        .order_by("signed_at", "key")
    )
    result = []
    for agreement in agreements:
        parties = [link.organisation for link in agreement.party_links.all()]
        if agreement.case is not None:
            districts = [agreement.case.district]
        else:
            districts = [p for p in parties if p.kind in DISTRICT_KINDS and p.country == "CN"]
        result.append(PublicIntent(agreement, parties, list(agreement.sectors.all()), districts))
    return result
