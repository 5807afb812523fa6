"""Writing audit entries: every state change calls `record` inside its transaction."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from django.db import models, transaction

from qiao.core.models import AuditEntry


def record(actor: Any, action: str, obj: models.Model | None = None, **data: Any) -> AuditEntry:
    """Write one audit entry; must run inside the transaction of the change it records."""
    if not transaction.get_connection().in_atomic_block:
        raise RuntimeError("audit.record must be called inside transaction.atomic()")
    user = actor if getattr(actor, "is_authenticated", False) else None
    return AuditEntry.objects.create(
        actor=user,
        action=action,
        object_type=obj._meta.label_lower if obj is not None else "",
        object_id=str(obj.pk) if obj is not None and obj.pk is not None else "",
        object_repr=str(obj)[:200] if obj is not None else "",
        data=_jsonable(data),
    )


# The action of every personal-data read; retention keeps these rows for a shorter time.
READ_ACTION = "personal_data.read"


def record_read(
    actor: Any, objects: models.Model | Iterable[models.Model], *, kind: str, fields: Iterable[str] = ()
) -> list[AuditEntry]:
    """Log that ``actor`` saw personal or confidential data of these objects (a page, the API).

    One entry per object, so each person's export lists who read about them. A read changes
    nothing, so no transaction is needed; anonymous readers are recorded without an actor.
    """
    targets = [objects] if isinstance(objects, models.Model) else list(objects)
    user = actor if getattr(actor, "is_authenticated", False) else None
    data = {"kind": kind, "fields": sorted(fields)}
    return AuditEntry.objects.bulk_create(
        [
            AuditEntry(
                actor=user,
                action=READ_ACTION,
                object_type=obj._meta.label_lower,
                object_id=str(obj.pk),
                object_repr=str(obj)[:200],
                data=data,
            )
            for obj in targets
            if obj.pk is not None
        ]
    )


def _jsonable(value: Any) -> Any:
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set):
        return [_jsonable(v) for v in value]
    if isinstance(value, str | int | float | bool) or value is None:
        return value
    return str(value)
