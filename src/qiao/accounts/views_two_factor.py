"""Two-factor sign-in pages: setting up an authenticator, and the code step after the password."""

from __future__ import annotations

import base64

from allauth.account.stages import LoginStageController  # type: ignore[import-untyped,unused-ignore]
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from django_otp import login as otp_login
from django_otp.plugins.otp_totp.models import TOTPDevice

from qiao.accounts.domain.two_factor import (
    check_sign_in_code,
    confirmed_device,
    may_use_two_factor,
    pending_device,
    turn_off,
    turn_on,
)
from qiao.accounts.forms import TwoFactorCodeForm
from qiao.accounts.two_factor import STAGE_KEY, qr_svg


@login_required
def setup(request: HttpRequest) -> HttpResponse:
    """Shows the QR code of a new secret and confirms it with one code; or offers to turn it off."""
    if not may_use_two_factor(request.user):
        raise PermissionDenied
    active = confirmed_device(request.user)
    form = TwoFactorCodeForm(request.POST or None)
    if active is not None:
        return render(request, "accounts/two_factor.html", {"form": form, "active": True})
    device = pending_device(request.user)
    if request.method == "POST" and form.is_valid():
        try:
            turn_on(request.user, device, form.cleaned_data["code"])
        except ValidationError as error:
            form.add_error("code", error)
        else:
            messages.success(request, _("Two-factor sign-in is on. From now on you will be asked for a code."))
            return HttpResponseRedirect(reverse("accounts:profile"))
    return render(
        request,
        "accounts/two_factor.html",
        {"form": form, "active": False, "qr": qr_svg(device.config_url), "secret": _grouped(device)},
    )


def _grouped(device: TOTPDevice) -> str:
    """The base32 secret in groups of four, for typing into an app by hand."""
    secret = base64.b32encode(device.bin_key).decode().rstrip("=")
    return " ".join(secret[i : i + 4] for i in range(0, len(secret), 4))


@login_required
@require_POST
def disable(request: HttpRequest) -> HttpResponse:
    form = TwoFactorCodeForm(request.POST)
    if form.is_valid():
        try:
            turn_off(request.user, form.cleaned_data["code"])
        except ValidationError as error:
            form.add_error("code", error)
        else:
            messages.success(request, _("Two-factor sign-in is off."))
            return HttpResponseRedirect(reverse("accounts:profile"))
    return render(request, "accounts/two_factor.html", {"form": form, "active": True}, status=400)


def sign_in_code(request: HttpRequest) -> HttpResponse:
    """The second sign-in step: the password was right, now the authenticator code."""
    stage = LoginStageController.enter(request, STAGE_KEY)
    if stage is None:
        return HttpResponseRedirect(reverse("account_login"))
    form = TwoFactorCodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            device = check_sign_in_code(stage.login.user, form.cleaned_data["code"])
        except ValidationError as error:
            form.add_error("code", error)
        else:
            response: HttpResponse = stage.exit()
            otp_login(request, device)
            return response
    return render(request, "accounts/two_factor_sign_in.html", {"form": form})
