"""Keep waiting lists moving when organisers give a session more seats (admin, imports)."""

from __future__ import annotations

from typing import Any

from django.db import transaction
from django.db.models.signals import post_save

from qiao.summits.models import Session
from qiao.tickets.domain.seats import session_capacity_changed


def _session_saved(sender: Any, instance: Session, created: bool, raw: bool = False, **kwargs: Any) -> None:
    if created or raw:
        return
    transaction.on_commit(lambda: session_capacity_changed(instance.pk))


def connect() -> None:
    post_save.connect(_session_saved, sender=Session, dispatch_uid="tickets-session-capacity")
