"""Per-request preferences (time zone) and the Content-Security-Policy header."""

from __future__ import annotations

import zoneinfo
from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.utils import timezone

from qiao.core.timezones import is_valid_zone

TZ_SESSION_KEY = "qiao_tz"


class UserPreferencesMiddleware:
    """Activate the reader's time zone: profile first, then the session's choice."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        zone = None
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated and getattr(user, "time_zone", ""):
            zone = user.time_zone
        elif hasattr(request, "session"):
            zone = request.session.get(TZ_SESSION_KEY)
        if zone and is_valid_zone(zone):
            timezone.activate(zoneinfo.ZoneInfo(zone))
        else:
            timezone.deactivate()
        return self.get_response(request)


class ContentSecurityPolicyMiddleware:
    """Send the strict policy from settings; the pages carry no inline script or style."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        policy = getattr(settings, "CONTENT_SECURITY_POLICY", "")
        # The admin ships inline scripts of its own; the policy covers our pages.
        if policy and not request.path_info.startswith(("/admin/", "/zh-hans/admin/", "/de/admin/", "/en/admin/")):
            response.headers.setdefault("Content-Security-Policy", policy)
        return response
