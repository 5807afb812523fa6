"""Optional two-factor sign-in (TOTP, django-otp) for organisers and officers.

A person sets up an authenticator app (an unconfirmed device), proves it works with one
code (the device is confirmed), and from then on signing in asks for a code after the
password. Turning it off needs a current code too.
"""

from __future__ import annotations

from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _
from django_otp.plugins.otp_totp.models import TOTPDevice

from qiao.accounts.enums import Role
from qiao.core.domain import audit

# Roles that may protect their account with a second factor (staff accounts too).
TWO_FACTOR_ROLES = frozenset({Role.ORGANISER, Role.OFFICER})
DEVICE_NAME = "authenticator"


def may_use_two_factor(user: Any) -> bool:
    return bool(user.is_authenticated and (user.role in TWO_FACTOR_ROLES or user.is_staff or user.is_superuser))


def confirmed_device(user: Any) -> TOTPDevice | None:
    """The person's confirmed authenticator, if two-factor sign-in is on for them."""
    if user is None or user.pk is None:
        return None
    return TOTPDevice.objects.filter(user=user, confirmed=True).order_by("pk").first()


def pending_device(user: Any) -> TOTPDevice:
    """The unconfirmed authenticator being set up (a new secret unless one is waiting).

    Side effects: creates an unconfirmed TOTPDevice the first time.
    """
    if not may_use_two_factor(user):
        raise ValidationError(_("Two-factor sign-in is offered to organisers and officers."), code="role")
    with transaction.atomic():
        device = TOTPDevice.objects.filter(user=user, confirmed=False).order_by("pk").first()
        if device is None:
            device = TOTPDevice.objects.create(user=user, name=DEVICE_NAME, confirmed=False)
    return device


def _clean_code(code: str) -> str:
    digits = "".join(code.split())
    if not (digits.isdigit() and len(digits) == 6):
        raise ValidationError(_("Enter the 6-digit code your authenticator app shows."), code="format")
    return digits


def turn_on(user: Any, device: TOTPDevice, code: str) -> TOTPDevice:
    """Confirm the pending device with a code from the app; sign-in asks for codes from now on.

    Raises ValidationError for a wrong code. Side effects: confirms the device, removes
    other devices; audit ``account.two_factor_on``.
    """
    digits = _clean_code(code)
    device = TOTPDevice.objects.get(pk=device.pk, user=user)
    # Verified outside the change's transaction: a failure must keep its throttling count.
    if not device.verify_token(digits):
        raise ValidationError(_("This code is not valid. Check the time on your phone and try again."), code="code")
    with transaction.atomic():
        device.confirmed = True
        device.save()
        TOTPDevice.objects.filter(user=user).exclude(pk=device.pk).delete()
        audit.record(user, "account.two_factor_on", user)
    return device


def turn_off(user: Any, code: str) -> None:
    """Stop asking for codes; needs a current code. Raises ValidationError for a wrong one.

    Side effects: deletes the person's devices; audit ``account.two_factor_off``.
    """
    device = confirmed_device(user)
    if device is None:
        return
    digits = _clean_code(code)
    if not device.verify_token(digits):
        raise ValidationError(_("This code is not valid. Check the time on your phone and try again."), code="code")
    with transaction.atomic():
        TOTPDevice.objects.filter(user=user).delete()
        audit.record(user, "account.two_factor_off", user)


def check_sign_in_code(user: Any, code: str) -> TOTPDevice:
    """The device that accepts this code at sign-in; raises ValidationError otherwise.

    Side effects: the device remembers the code's time step (a code works once) and its
    throttling counter (django-otp slows down guessing).
    """
    device = confirmed_device(user)
    if device is None:
        raise ValidationError(_("Two-factor sign-in is not set up for this account."), code="none")
    digits = _clean_code(code)
    if not device.verify_token(digits):
        raise ValidationError(_("This code is not valid. Check the time on your phone and try again."), code="code")
    return device
