"""Sign-in throttling with django-axes: lock a username on one address after repeated failures."""

from __future__ import annotations

from typing import Any

from axes.backends import AxesStandaloneBackend  # type: ignore[import-untyped,unused-ignore]
from axes.helpers import get_cool_off  # type: ignore[import-untyped,unused-ignore]
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render


class LockoutBackend(AxesStandaloneBackend):  # type: ignore[misc]  # axes ships no types
    """axes' standalone backend, minus its refusal of calls without a request.

    Signing in from a browser or the API always passes the request, so it is checked;
    the test client's ``login()`` and scripts pass none and have no address to lock.
    """

    def authenticate(self, request: HttpRequest | None, *args: Any, **kwargs: Any) -> None:
        if request is None:
            return
        super().authenticate(request, *args, **kwargs)
        return


def login_name(request: HttpRequest, credentials: dict[str, Any] | None) -> str:
    """The name a sign-in attempt was made for, as typed in the form (case-insensitive)."""
    credentials = credentials or {}
    name = credentials.get("username") or credentials.get("email") or request.POST.get("login", "")
    return str(name or "").strip().lower()


def lockout_response(
    request: HttpRequest, original_response: HttpResponse | None = None, credentials: dict[str, Any] | None = None
) -> HttpResponse:
    """The translated page a locked-out person sees, with status 429 and when to try again."""
    cool_off = get_cool_off(request)
    minutes = max(1, round(cool_off.total_seconds() / 60)) if cool_off else 0
    return render(request, "accounts/locked_out.html", {"minutes": minutes}, status=429)
