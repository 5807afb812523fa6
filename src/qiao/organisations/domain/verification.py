"""Verifying an organisation: organisers confirm it is who it says it is."""

from __future__ import annotations

from typing import Any

from django.db import transaction

from qiao.core.domain import audit
from qiao.organisations.models import Organisation


def verify_organisation(organisation: Organisation, by: Any) -> bool:
    """Mark the organisation verified; returns False when it already was.

    Side effects: saves the organisation, writes audit entry ``organisation.verified``.
    """
    with transaction.atomic():
        locked = Organisation.objects.select_for_update().get(pk=organisation.pk)
        if locked.verified:
            return False
        locked.verified = True
        locked.save(update_fields=["verified", "updated_at"])
        audit.record(by, "organisation.verified", locked)
    organisation.verified = True
    return True
