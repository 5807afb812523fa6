"""The one link from the rest of the platform to webhooks: every new audit entry is looked at."""

from __future__ import annotations

import logging
from typing import Any

from qiao.api.domain.webhooks import on_audit_entry
from qiao.core.models import AuditEntry

logger = logging.getLogger(__name__)


def audit_entry_saved(sender: Any, instance: AuditEntry, created: bool, raw: bool = False, **kwargs: Any) -> None:
    """Queue webhook deliveries for a new entry; a webhook problem never undoes the change it reports."""
    if not created or raw:
        return
    try:
        on_audit_entry(instance)
    except Exception:  # the audited change must not fail because of a receiver's data
        logger.exception("webhooks: could not queue deliveries for audit entry %s", instance.pk)
