"""Machine endpoints: /healthz for load balancers, /metrics for Prometheus."""

from __future__ import annotations

import hmac
import ipaddress
import sys

from django.conf import settings
from django.db import DatabaseError
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import gettext, gettext_noop
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

from qiao.ops import metrics
from qiao.ops.domain.health import run_checks

PROXY_HEADERS = ("X-Forwarded-For", "X-Real-IP", "Forwarded")


@never_cache
@require_safe
def healthz(request: HttpRequest) -> JsonResponse:
    """200 with every check when healthy, 503 when the database, queue or search index fails."""
    health = run_checks()
    return JsonResponse(health.as_dict(), status=200 if health.ok else 503)


@never_cache
@require_safe
def metrics_view(request: HttpRequest) -> HttpResponse:
    """Prometheus text format, for a bearer of METRICS_TOKEN or (without one) a direct loopback caller."""
    if not may_scrape(request):
        return HttpResponse("Forbidden\n", status=403, content_type="text/plain; charset=utf-8")
    return HttpResponse(metrics.render(), content_type="text/plain; version=0.0.4; charset=utf-8")


def may_scrape(request: HttpRequest) -> bool:
    """With METRICS_TOKEN set, only its bearer; without, only loopback callers not relayed by a proxy."""
    token = str(getattr(settings, "METRICS_TOKEN", ""))
    if token:
        offered = request.headers.get("Authorization", "")
        return hmac.compare_digest(offered.encode(), f"Bearer {token}".encode())
    if any(header in request.headers for header in PROXY_HEADERS):
        return False
    try:
        return ipaddress.ip_address(request.META.get("REMOTE_ADDR", "")).is_loopback
    except ValueError:
        return False


#: An error page may not touch the database (it may be what failed), so it cannot know the
#: person's language from their profile: it says its message in all three languages.
_UNAVAILABLE = gettext_noop(
    "The platform cannot reach its database for a moment. Nothing you sent in this request was saved; "
    "please try again in a minute."
)
_FAILED = gettext_noop("Something went wrong on our side. The error has been logged; please try again.")


def server_error(request: HttpRequest) -> HttpResponse:
    """handler500: 503 with Retry-After while the database is unreachable, else the site's 500 page.

    Django calls it inside the `except` that caught the error, so `sys.exc_info` names it.
    """
    unavailable = isinstance(sys.exc_info()[1], DatabaseError)
    message = _UNAVAILABLE if unavailable else _FAILED
    texts = []
    for language in ("en", "zh-hans", "de"):
        with translation.override(language):
            texts.append((language, gettext(message)))
    title = gettext("Service unavailable") if unavailable else gettext("Server error")
    html = render_to_string("ops/error.html", {"title": title, "texts": texts})
    response = HttpResponse(html, status=503 if unavailable else 500)
    if unavailable:
        response["Retry-After"] = "30"
    return response
