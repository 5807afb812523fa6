"""Rate limits per API token (else per signed-in person, else per address), from settings."""

from __future__ import annotations

from typing import Any

from rest_framework.request import Request
from rest_framework.settings import api_settings
from rest_framework.throttling import SimpleRateThrottle

from qiao.api.models import ApiToken


class TokenRateThrottle(SimpleRateThrottle):  # type: ignore[misc]  # DRF ships no types
    """Counts in the default cache (locmem, or Redis when REDIS_URL is set)."""

    cache_format = "qiao-api-throttle:%(scope)s:%(ident)s"

    def __init__(self) -> None:  # the scope depends on the request, so the rate is read per request
        pass

    def get_rate(self) -> str | None:
        # Read the rates when asked, so changed settings (and tests) take effect.
        return str(api_settings.DEFAULT_THROTTLE_RATES[self.scope])

    def allow_request(self, request: Request, view: Any) -> bool:
        self.scope = "user" if request.user and request.user.is_authenticated else "anon"
        self.rate = self.get_rate()
        self.num_requests, self.duration = self.parse_rate(self.rate)
        return bool(super().allow_request(request, view))

    def get_cache_key(self, request: Request, view: Any) -> str:
        if isinstance(request.auth, ApiToken):
            ident = f"token-{request.auth.pk}"
        elif request.user and request.user.is_authenticated:
            ident = f"user-{request.user.pk}"
        else:
            ident = f"ip-{self.get_ident(request)}"
        return self.cache_format % {"scope": self.scope, "ident": ident}
