"""Webhooks: which audit actions raise which events, who receives them, and the signed body.

The trigger is decoupled from the other apps: a post_save receiver on AuditEntry (see
qiao.api.apps) maps the action to an event, writes one WebhookDelivery per subscribed
webhook inside the same transaction, and enqueues the deliveries once it commits.
"""

from __future__ import annotations

import functools
import hashlib
import hmac
import json
from typing import Any

from django.apps import apps
from django.core.serializers.json import DjangoJSONEncoder
from django.db import models, transaction

from qiao.api.enums import ACTION_EVENTS, WebhookEvent
from qiao.api.models import Webhook, WebhookDelivery
from qiao.core.models import AuditEntry

SIGNATURE_HEADER = "X-Qiao-Signature"
EVENT_HEADER = "X-Qiao-Event"


def sign(secret: str, body: bytes) -> str:
    """The value of X-Qiao-Signature: ``sha256=`` and the hex HMAC-SHA256 of the exact body."""
    return "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


def verify(secret: str, body: bytes, signature: str) -> bool:
    """What a receiver does: recompute the signature and compare in constant time."""
    return hmac.compare_digest(sign(secret, body), signature)


def _key(obj: Any) -> str | None:
    return getattr(obj, "key", None) if obj is not None else None


def _subject(entry: AuditEntry) -> models.Model | None:
    if not entry.object_type or not entry.object_id:
        return None
    try:
        model = apps.get_model(entry.object_type)
    except (LookupError, ValueError):
        return None
    found: models.Model | None = model._default_manager.filter(pk=entry.object_id).first()
    return found


def describe(event: str, entry: AuditEntry, subject: Any) -> tuple[dict[str, Any], set[int]]:
    """The event's data and the organisations it concerns (whose webhooks receive it)."""
    if event == WebhookEvent.CASE_STAGE_CHANGED:
        data = {
            "case": subject.pk,
            "project": _key(subject.project),
            "district": _key(subject.district),
            "from_stage": entry.data.get("from_stage", ""),
            "to_stage": entry.data.get("to_stage", subject.stage),
            "version": subject.version,
        }
        return data, {subject.district_id, subject.project.organisation_id}
    if event == WebhookEvent.MEETING_CONFIRMED:
        data = {
            "meeting_request": subject.pk,
            "event": _key(subject.event),
            "requester_organisation": _key(subject.requester_organisation),
            "recipient_organisation": _key(subject.recipient_organisation),
            "project": _key(subject.project),
            "offer": _key(subject.offer),
        }
        return data, {subject.requester_organisation_id, subject.recipient_organisation_id}
    parties = list(subject.party_links.select_related("organisation")) if hasattr(subject, "party_links") else []
    data = {
        "agreement": _key(subject),
        "kind": getattr(subject, "kind", ""),
        "parties": [p.organisation.key for p in parties],
        "signed_at": getattr(subject, "signed_at", None),
    }
    return data, {p.organisation_id for p in parties}


def body_for(event: str, entry: AuditEntry, data: dict[str, Any]) -> str:
    payload = {"event": event, "audit_entry": entry.pk, "occurred_at": entry.at, "data": data}
    return json.dumps(payload, cls=DjangoJSONEncoder, ensure_ascii=False, sort_keys=True)


def receivers(event: str, organisations: set[int]) -> list[Webhook]:
    """Active webhooks subscribed to the event: the organisers' ones and those of the concerned organisations."""
    hooks = Webhook.objects.filter(active=True).filter(
        models.Q(organisation__isnull=True) | models.Q(organisation_id__in=organisations)
    )
    return [hook for hook in hooks if event in (hook.events or [])]


def on_audit_entry(entry: AuditEntry) -> list[WebhookDelivery]:
    """Queue a delivery per subscribed webhook for an audit entry that raises an event.

    Side effects: WebhookDelivery rows (in the caller's transaction) and, once it commits,
    one ``deliver_webhook`` task per delivery.
    """
    event = ACTION_EVENTS.get(entry.action)
    if event is None:
        return []
    subject = _subject(entry)
    if subject is None:
        return []
    data, organisations = describe(event, entry, subject)
    hooks = receivers(event, organisations)
    if not hooks:
        return []
    body = body_for(event, entry, data)
    deliveries = [WebhookDelivery.objects.create(webhook=hook, event=event, body=body) for hook in hooks]
    from qiao.api.tasks import deliver_webhook

    for delivery in deliveries:
        transaction.on_commit(functools.partial(deliver_webhook.enqueue, delivery.pk))
    return deliveries
