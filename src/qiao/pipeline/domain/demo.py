"""Demo cases: the summit's signed letters of intent become cases at "letter of intent signed"."""

from __future__ import annotations

from django.db.models import Q

from qiao.accounts.models import Membership
from qiao.core.domain.upsert import Changes
from qiao.deals.models import Agreement
from qiao.organisations.enums import OrganisationKind
from qiao.pipeline.domain.cases import open_case
from qiao.pipeline.enums import Stage
from qiao.pipeline.models import Case

#: The Chinese side of an agreement: the organisations a case's district may be.
DISTRICT_KINDS = (OrganisationKind.GOVERNMENT, OrganisationKind.PARK, OrganisationKind.AGENCY)


def cases_from_intents(event_key: str, changes: Changes) -> None:
    """Open one case per (project, Chinese party) of the event's letters of intent, once.

    A case that already exists for the pair (even moved, dropped or deleted since) is left
    alone, so reloading the demo changes nothing. Side effects: cases, their first history
    row and audit entries; the owner is the first member of the district, if any.
    """
    agreements = (
        Agreement.objects.filter(event__key=event_key, kind="intent", project__isnull=False)
        .select_related("project", "event")
        .prefetch_related("parties")
        .order_by("key")
    )
    for agreement in agreements:
        assert agreement.project is not None
        for party in agreement.parties.all():
            if party.kind not in DISTRICT_KINDS or party.country != "CN":
                continue
            if Case.objects.filter(Q(project=agreement.project) & Q(district=party)).exists():
                continue
            membership = Membership.objects.filter(organisation=party).order_by("pk").first()
            open_case(
                agreement.project,
                party,
                None,
                owner=membership.person if membership else None,
                event=agreement.event,
                stage=Stage.INTENT_SIGNED,
                note=str(agreement.key),
                at=agreement.signed_at,
            )
            changes.count("created", Case)
