"""Request helpers the privacy records need."""

from __future__ import annotations

from axes.helpers import get_client_ip_address  # type: ignore[import-untyped,unused-ignore]
from django.http import HttpRequest


def client_ip(request: HttpRequest) -> str | None:
    """The address a request came from, as the sign-in lockout sees it (proxy-aware)."""
    address = get_client_ip_address(request)
    return str(address) if address else None
