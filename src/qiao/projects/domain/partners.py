"""Accepted partners: the organisations a company agreed to be in contact with.

They may see the company's "matched parties only" projects (issue 9: confidential fields
only for matched parties the company accepted)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from django.db.models import Q, QuerySet

from qiao.meetings.enums import RequestStatus
from qiao.meetings.models import MeetingRequest


def accepted_partner_of(organisation_ids: QuerySet[Any] | Sequence[int], field: str = "organisation_id") -> Q:
    """Rows whose organisation (the id column `field`) is an accepted partner of one of `organisation_ids`.

    Two organisations are accepted partners while a meeting request between them, in either
    direction, stands accepted: the invited side agreed, and the side that asked wanted the
    contact. Pending, declined and withdrawn requests (also one withdrawn after acceptance)
    grant nothing. Pipeline cases do not count: a district opens them without the company
    agreeing. Built from two `IN` subqueries, so callers need neither joins nor DISTINCT.
    """
    accepted = MeetingRequest.objects.filter(status=RequestStatus.ACCEPTED)
    they_were_asked = accepted.filter(requester_organisation_id__in=organisation_ids).values(
        "recipient_organisation_id"
    )
    they_asked = accepted.filter(recipient_organisation_id__in=organisation_ids).values("requester_organisation_id")
    return Q(**{f"{field}__in": they_were_asked}) | Q(**{f"{field}__in": they_asked})


def accepted_partner_ids(organisation_ids: Sequence[int]) -> list[int]:
    """The ids of the accepted partners of these organisations (as `accepted_partner_of`), read in
    one query on the meeting requests' indexed columns rather than by scanning every organisation."""
    if not organisation_ids:
        return []
    accepted = MeetingRequest.objects.filter(status=RequestStatus.ACCEPTED).order_by()
    asked = accepted.filter(requester_organisation_id__in=organisation_ids).values_list("recipient_organisation_id")
    were_asked = accepted.filter(recipient_organisation_id__in=organisation_ids).values_list(
        "requester_organisation_id"
    )
    return sorted({pk for (pk,) in asked.union(were_asked)})
