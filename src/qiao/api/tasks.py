"""Webhook deliveries: POST the stored body, signed, and log how it went. Tasks take primary keys."""

from __future__ import annotations

import datetime as dt
import logging
import urllib.error
import urllib.request

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django_tasks import task

from qiao.api.domain.webhooks import EVENT_HEADER, SIGNATURE_HEADER, sign
from qiao.api.enums import DeliveryStatus
from qiao.api.models import WebhookDelivery

logger = logging.getLogger(__name__)


def _post(url: str, body: bytes, headers: dict[str, str], timeout: int) -> int:
    request = urllib.request.Request(url, data=body, headers=headers, method="POST")  # noqa: S310 - http(s) only, checked
    with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310 - see above
        return int(response.status)


@task()
def deliver_webhook(delivery_pk: int) -> str:
    """Send one delivery; a failure is retried later (when the backend can defer) up to WEBHOOK_ATTEMPTS."""
    delivery = WebhookDelivery.objects.select_related("webhook").filter(pk=delivery_pk).first()
    if delivery is None or delivery.status != DeliveryStatus.PENDING:
        return "skipped"
    hook = delivery.webhook
    body = delivery.body.encode()
    headers = {
        "Content-Type": "application/json",
        "User-Agent": "Qiao-Webhooks/1",
        SIGNATURE_HEADER: sign(hook.secret, body),
        EVENT_HEADER: delivery.event,
    }
    status: int | None = None
    error = ""
    if not hook.url.startswith(("http://", "https://")):
        error = "Only http and https addresses are supported."
    else:
        try:
            status = _post(hook.url, body, headers, settings.WEBHOOK_TIMEOUT)
        except urllib.error.HTTPError as refused:
            status, error = refused.code, f"HTTP {refused.code}"
        except (urllib.error.URLError, OSError, ValueError) as failed:
            error = str(getattr(failed, "reason", failed))[:500]
    with transaction.atomic():
        locked = WebhookDelivery.objects.select_for_update().get(pk=delivery.pk)
        locked.attempts += 1
        locked.response_status = status
        if status is not None and 200 <= status < 300:
            locked.status, locked.last_error, locked.delivered_at = DeliveryStatus.DELIVERED, "", timezone.now()
        else:
            locked.last_error = error or f"HTTP {status}"
            if locked.attempts >= settings.WEBHOOK_ATTEMPTS:
                locked.status = DeliveryStatus.FAILED
        locked.save(update_fields=["attempts", "response_status", "status", "last_error", "delivered_at"])
    if locked.status == DeliveryStatus.PENDING:
        _retry(locked)
    return str(locked.status)


def _retry(delivery: WebhookDelivery) -> None:
    if not deliver_webhook.get_backend().supports_defer:
        logger.warning(
            "webhook delivery %s failed (%s); this task backend cannot retry later", delivery.pk, delivery.last_error
        )
        return
    wait = dt.timedelta(minutes=2**delivery.attempts)
    deliver_webhook.using(run_after=timezone.now() + wait).enqueue(delivery.pk)
