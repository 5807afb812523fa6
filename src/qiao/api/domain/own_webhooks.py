"""A person's own webhooks: add (the signing secret is shown once), list and delete them.

Address rule: only ``https://`` addresses with a public host name or public IP address,
because the server itself sends the requests and must not be pointed at internal services.
With DEBUG on, ``http://`` to a loopback host (localhost, 127.0.0.1, ::1) is allowed as well,
for trying webhooks on a development machine. A host name is checked again when a delivery is
sent (`delivery_target`): every address it resolves to must be public, and the delivery
connects to the address checked, so a name that points inside — from the start, or by changing
its DNS answer after the check (rebinding) — is refused.
"""

from __future__ import annotations

import ipaddress
import secrets
import socket
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from django.conf import settings
from django.db import transaction
from django.db.models import QuerySet
from django.utils.translation import gettext as _

from qiao.accounts.rules import is_member, is_organiser
from qiao.api.enums import WebhookEvent
from qiao.api.models import Webhook
from qiao.core.domain import audit
from qiao.organisations.models import Organisation

#: At most this many webhooks per person (each one is called on every matching event).
MAX_WEBHOOKS = 10
MAX_URL = 500
LOOPBACK_NAMES = frozenset({"localhost", "127.0.0.1", "::1"})


class WebhookError(Exception):
    """A webhook request the rules refuse; ``field`` names the form field, the message is for the person."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field


@dataclass(frozen=True)
class NewWebhook:
    """A webhook just created and its signing secret, shown to its owner this once."""

    webhook: Webhook
    secret: str


def webhooks_of(user: Any) -> QuerySet[Webhook]:
    """The webhooks the person created (the chokepoint of the self-service page)."""
    if not user.is_authenticated:
        return Webhook.objects.none()
    return Webhook.objects.filter(created_by=user).select_related("organisation")


def organisations_for_webhooks(user: Any) -> QuerySet[Organisation]:
    """The organisations whose events the person may receive: those they belong to."""
    if not user.is_authenticated:
        return Organisation.objects.none()
    return Organisation.objects.filter(memberships__person=user).distinct().order_by("key")


def may_receive_all(user: Any) -> bool:
    """Only organisers may add a webhook without an organisation, which receives every event."""
    return bool(is_organiser(user))


def _is_loopback(host: str) -> bool:
    return host in LOOPBACK_NAMES


def check_url(url: str) -> str:
    """The address, stripped, if the address rule (see the module) allows it; else WebhookError."""
    url = url.strip()
    if len(url) > MAX_URL:
        raise WebhookError("url", _("The address may have at most %(max)d characters.") % {"max": MAX_URL})
    try:
        parts = urlsplit(url)
        host = (parts.hostname or "").lower()
        parts.port  # noqa: B018 - raises ValueError for a port that is not a number
    except ValueError as bad:
        raise WebhookError("url", _("Enter a complete web address.")) from bad
    if not host or parts.scheme not in ("http", "https"):
        raise WebhookError("url", _("Enter a complete web address starting with https://."))
    if parts.username or parts.password:
        raise WebhookError("url", _("Do not put a user name or password into the address."))
    local_test = settings.DEBUG and _is_loopback(host)
    if parts.scheme != "https" and not local_test:
        raise WebhookError("url", _("Webhook addresses must start with https://."))
    if not local_test:
        try:
            address = ipaddress.ip_address(host)
        except ValueError:
            address = None
        if _is_loopback(host) or host.endswith(".localhost") or (address is not None and not address.is_global):
            raise WebhookError("url", _("Webhooks cannot be sent to local or private network addresses."))
    return url


@dataclass(frozen=True)
class DeliveryTarget:
    """Where one delivery connects: the address's host name (for the Host header and TLS) and the
    IP address vetted for it just now."""

    scheme: str
    host: str
    port: int
    path: str
    ip: str


def delivery_target(url: str) -> DeliveryTarget:
    """The address rule applied at sending time, with the host resolved now; else WebhookError."""
    url = check_url(url)
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    port = parts.port or (443 if parts.scheme == "https" else 80)
    try:
        found = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except OSError as failed:
        raise WebhookError("url", _("The host name %(host)s could not be resolved.") % {"host": host}) from failed
    addresses = [str(info[4][0]) for info in found]
    local_test = settings.DEBUG and _is_loopback(host)
    if not addresses or (not local_test and not all(ipaddress.ip_address(a).is_global for a in addresses)):
        raise WebhookError("url", _("Webhooks cannot be sent to local or private network addresses."))
    path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    return DeliveryTarget(parts.scheme, host, port, path, addresses[0])


def create_webhook(user: Any, url: str, events: Iterable[str], organisation: Organisation | None) -> NewWebhook:
    """Add a webhook for one of the person's organisations (organisers: optionally for every event).

    Side effects: a Webhook with a new signing secret; audit ``api.webhook_created``.
    """
    url = check_url(url)
    chosen = sorted(set(events))
    if not chosen:
        raise WebhookError("events", _("Choose at least one event."))
    unknown = [event for event in chosen if event not in WebhookEvent.values]
    if unknown:
        raise WebhookError("events", _("Unknown events: %(events)s.") % {"events": ", ".join(unknown)})
    if organisation is None and not may_receive_all(user):
        raise WebhookError("organisation", _("Choose one of your organisations."))
    if organisation is not None and not is_member(user, organisation):
        raise WebhookError("organisation", _("Choose one of your organisations."))
    with transaction.atomic():
        if webhooks_of(user).count() >= MAX_WEBHOOKS:
            raise WebhookError("url", _("You have %(max)d webhooks; delete one first.") % {"max": MAX_WEBHOOKS})
        secret = secrets.token_urlsafe(32)
        hook = Webhook.objects.create(
            organisation=organisation, created_by=user, url=url, secret=secret, events=chosen, active=True
        )
        audit.record(
            user,
            "api.webhook_created",
            hook,
            url=url,
            events=chosen,
            organisation=organisation.key if organisation else "",
        )
    return NewWebhook(hook, secret)


def delete_webhook(hook: Webhook, by: Any) -> None:
    """Delete one of the person's webhooks with its delivery log. Side effects: audit ``api.webhook_deleted``."""
    with transaction.atomic():
        audit.record(by, "api.webhook_deleted", hook, url=hook.url, events=list(hook.events or []))
        hook.delete()
