"""The sign-in step that asks for an authenticator code, plugged into allauth's login stages."""

from __future__ import annotations

from typing import Any

import segno
from allauth.account.stages import LoginStage  # type: ignore[import-untyped,unused-ignore]
from django.http import HttpResponse, HttpResponseRedirect
from django.urls import reverse

from qiao.accounts.domain.two_factor import confirmed_device

STAGE_KEY = "qiao_two_factor"


class TwoFactorStage(LoginStage):  # type: ignore[misc]  # allauth ships no types
    """After the password: people with a confirmed authenticator must enter a code before they are signed in."""

    key = STAGE_KEY
    urlname = "accounts:two_factor_sign_in"

    def handle(self) -> tuple[HttpResponse | None, bool]:
        if confirmed_device(self.login.user) is None:
            return None, True
        return HttpResponseRedirect(reverse(self.urlname)), True


def qr_svg(config_url: str) -> str:
    """The otpauth:// address as an inline SVG QR code (no script, no external request)."""
    code: Any = segno.make(config_url, error="m")
    svg: str = code.svg_inline(scale=4, dark="#1f2933", light="#ffffff")
    return svg
