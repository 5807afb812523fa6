"""Webhook deliveries: POST the stored body, signed, and log how it went. Tasks take primary keys."""

from __future__ import annotations

import datetime as dt
import http.client
import logging
import socket
import ssl

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django_tasks import task

from qiao.api.domain.own_webhooks import DeliveryTarget, WebhookError, delivery_target
from qiao.api.domain.webhooks import EVENT_HEADER, SIGNATURE_HEADER, sign
from qiao.api.enums import DeliveryStatus
from qiao.api.models import WebhookDelivery

logger = logging.getLogger(__name__)


class _PinnedHTTPConnection(http.client.HTTPConnection):
    """HTTP to the vetted IP address (the host name stays in the Host header)."""

    def __init__(self, target: DeliveryTarget, timeout: int) -> None:
        super().__init__(target.host, target.port, timeout=timeout)
        self._ip = target.ip

    def connect(self) -> None:
        self.sock = socket.create_connection((self._ip, self.port), self.timeout)


class _PinnedHTTPSConnection(http.client.HTTPSConnection):
    """HTTPS to the vetted IP address; the certificate is checked against the host name."""

    def __init__(self, target: DeliveryTarget, timeout: int) -> None:
        super().__init__(target.host, target.port, timeout=timeout, context=ssl.create_default_context())
        self._ip = target.ip

    def connect(self) -> None:
        sock = socket.create_connection((self._ip, self.port), self.timeout)
        self.sock = self._context.wrap_socket(sock, server_hostname=self.host)  # type: ignore[attr-defined]


def _post(url: str, body: bytes, headers: dict[str, str], timeout: int) -> int:
    """POST to the address as the address rule allows it now; redirects are not followed (one
    could lead inside), so a 3xx counts as a failed attempt like any other non-2xx answer."""
    target = delivery_target(url)
    kind = _PinnedHTTPSConnection if target.scheme == "https" else _PinnedHTTPConnection
    connection = kind(target, timeout)
    try:
        connection.request("POST", target.path, body=body, headers=headers)
        return int(connection.getresponse().status)
    finally:
        connection.close()


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
    try:
        status = _post(hook.url, body, headers, settings.WEBHOOK_TIMEOUT)
    except WebhookError as refused:
        error = str(refused)
    except (http.client.HTTPException, OSError, ValueError) as failed:
        error = (str(failed) or type(failed).__name__)[:500]
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
