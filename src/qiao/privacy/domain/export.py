"""A person's data as one JSON document, assembled from a registry of exporters.

Apps add what they hold about a person with ``@exporter("name")``; every model that points
at the person and has no exporter of its own is exported field by field, so new apps are
covered before anyone writes an exporter for them. Secrets (passwords, keys, tokens) never
leave.
"""

from __future__ import annotations

import datetime
import decimal
import uuid
from collections.abc import Callable
from typing import Any

from django.apps import apps
from django.conf import settings
from django.db import models
from django.utils import timezone

from qiao.core.models import AuditEntry

Exporter = Callable[[Any], Any]

_EXPORTERS: dict[str, Exporter] = {}
# Models covered by a named exporter (or never exported), skipped by the generic walk.
_HANDLED: set[str] = set()
# Field names whose values are secrets: shown as withheld, never exported.
SECRET_FIELDS = frozenset({"password", "key", "token", "secret", "digest", "token_hash", "key_hash", "session_key"})
# Rows of these models are kept out of the export altogether (secrets, or another person's log).
NEVER_EXPORTED = frozenset(
    {
        "otp_totp.totpdevice",
        "otp_static.staticdevice",
        "sessions.session",
        "admin.logentry",
        "core.auditentry",
        "django_tasks_db.dbtaskresult",
    }
)


def exporter(name: str, *models_covered: str) -> Callable[[Exporter], Exporter]:
    """Register a function ``person -> JSON-able data`` as the export section ``name``.

    ``models_covered`` (``app_label.model`` labels) are then left out of the generic walk.
    """

    def register(function: Exporter) -> Exporter:
        _EXPORTERS[name] = function
        _HANDLED.update(label.lower() for label in models_covered)
        return function

    return register


def export_person(person: Any) -> dict[str, Any]:
    """Everything the platform holds about ``person``, section by section, JSON-ready."""
    document: dict[str, Any] = {
        "format": "qiao-personal-data/1",
        "exported_at": timezone.now().isoformat(),
        "person_id": person.pk,
    }
    for name in sorted(_EXPORTERS):
        document[name] = _EXPORTERS[name](person)
    document["other_records"] = _related_rows(person)
    return document


def row(obj: models.Model, *, exclude: tuple[str, ...] = ()) -> dict[str, Any]:
    """One model instance's concrete fields as JSON values (foreign keys as ids, secrets withheld)."""
    data: dict[str, Any] = {}
    for field in obj._meta.concrete_fields:
        if field.name in exclude:
            continue
        if field.name in SECRET_FIELDS:
            data[field.name] = "(withheld)"
            continue
        data[field.attname] = jsonable(getattr(obj, field.attname))
    return data


def jsonable(value: Any) -> Any:
    """A value as JSON: dates in ISO 8601, decimals and UUIDs as text, containers recursively."""
    if isinstance(value, dict):
        return {str(key): jsonable(item) for key, item in value.items()}
    if isinstance(value, list | tuple | set):
        return [jsonable(item) for item in value]
    if isinstance(value, datetime.date | datetime.time):
        return value.isoformat()
    if isinstance(value, decimal.Decimal | uuid.UUID):
        return str(value)
    if isinstance(value, bytes):
        return value.hex()
    if value is None or isinstance(value, str | int | float | bool):
        return value
    return str(value)


def _related_rows(person: Any) -> dict[str, list[dict[str, Any]]]:
    """Rows of every other model with a foreign key to the person, grouped by model label."""
    user_model = apps.get_model(settings.AUTH_USER_MODEL)
    found: dict[str, list[dict[str, Any]]] = {}
    for model in apps.get_models():
        label = model._meta.label_lower
        if label in _HANDLED or label in NEVER_EXPORTED or model is user_model:
            continue
        links = [
            field.name
            for field in model._meta.concrete_fields
            if field.is_relation and field.related_model is user_model
        ]
        if not links:
            continue
        query = models.Q()
        for name in links:
            query |= models.Q(**{name: person})
        rows = [row(obj) for obj in model._default_manager.filter(query).order_by("pk")]
        if rows:
            found[label] = rows
    return found


def audit_about(person: Any) -> list[dict[str, Any]]:
    """Audit entries whose object is the person: who changed or read their data, and when."""
    entries = AuditEntry.objects.filter(object_type=person._meta.label_lower, object_id=str(person.pk)).select_related(
        "actor"
    )
    return [
        {
            "at": entry.at.isoformat(),
            "action": entry.action,
            "by": entry.actor.get_username() if entry.actor else None,
            "data": entry.data,
        }
        for entry in entries.order_by("at", "pk")
    ]
