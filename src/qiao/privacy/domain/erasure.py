"""Erasure: a person asks to be forgotten; they are anonymised, legal records stay.

Signed agreements must keep who signed (their Signature rows keep the account name at
signing time), so the person row is kept, emptied and deactivated rather than deleted.
"""

from __future__ import annotations

from collections.abc import Callable
from importlib import import_module
from typing import Any

from allauth.account.models import EmailAddress  # type: ignore[import-untyped,unused-ignore]
from django.conf import settings
from django.contrib.sessions.models import Session
from django.db import transaction
from django.utils import timezone

from qiao.accounts.models import Application, Membership
from qiao.core.domain import audit
from qiao.privacy.models import Consent

Eraser = Callable[[Any], dict[str, int]]

_ERASERS: dict[str, Eraser] = {}


def eraser(name: str) -> Callable[[Eraser], Eraser]:
    """Register ``person -> counts`` that removes an app's personal data; runs inside erasure's transaction."""

    def register(function: Eraser) -> Eraser:
        _ERASERS[name] = function
        return function

    return register


def anonymous_name(person: Any) -> str:
    return f"deleted-{person.pk}"


def is_anonymised(person: Any) -> bool:
    return bool(person.username == anonymous_name(person) and not person.is_active)


def erase_person(person: Any, *, actor: Any) -> dict[str, int]:
    """Anonymise ``person``: name, e-mail and contact emptied, account closed, memberships ended.

    Agreements' signatures, audit entries and other legal records keep pointing at the (now
    anonymous) person row. Returns what each registered eraser removed. Side effects: saves
    the person, deletes memberships, e-mail addresses, sessions, two-factor devices and
    notifications, withdraws consents; audit ``privacy.erased``.
    """
    counts: dict[str, int] = {}
    with transaction.atomic():
        person.username = anonymous_name(person)
        person.first_name = ""
        person.last_name = ""
        person.display_name_zh = ""
        person.email = ""
        person.is_active = False
        person.is_staff = False
        person.is_superuser = False
        person.approved = False
        person.set_unusable_password()
        person.save()
        for name in sorted(_ERASERS):
            counts.update({f"{name}.{key}": value for key, value in _ERASERS[name](person).items()})
        audit.record(actor, "privacy.erased", person, removed=counts)
    return counts


@eraser("accounts")
def _erase_account(person: Any) -> dict[str, int]:
    memberships = Membership.objects.filter(person=person).delete()[0]
    addresses = EmailAddress.objects.filter(user=person).delete()[0]
    Application.objects.filter(person=person).update(organisation_name="")
    withdrawn = Consent.objects.filter(person=person, withdrawn_at__isnull=True).update(withdrawn_at=timezone.now())
    return {"memberships": memberships, "email_addresses": addresses, "consents_withdrawn": withdrawn}


@eraser("sessions")
def _erase_sessions(person: Any) -> dict[str, int]:
    """Sign the person out everywhere (database sessions that carry their id)."""
    ended = 0
    for session in Session.objects.filter(expire_date__gt=timezone.now()).iterator():
        if str(session.get_decoded().get("_auth_user_id")) == str(person.pk):
            # Through the configured engine, so a cached copy (cached_db on Redis) goes too.
            import_module(settings.SESSION_ENGINE).SessionStore(session.session_key).delete()
            ended += 1
    return {"sessions": ended}


@eraser("two_factor")
def _erase_devices(person: Any) -> dict[str, int]:
    from django_otp.plugins.otp_totp.models import TOTPDevice

    return {"devices": TOTPDevice.objects.filter(user=person).delete()[0]}


@eraser("notifications")
def _erase_notifications(person: Any) -> dict[str, int]:
    from qiao.notifications.models import Notification

    return {"notifications": Notification.objects.filter(recipient=person).delete()[0]}


@eraser("experts")
def _erase_expert_contact(person: Any) -> dict[str, int]:
    """An expert profile stays (reviews cite it) but loses its private contact and its link to the account."""
    from qiao.experts.models import Expert

    return {"expert_profiles": Expert.objects.filter(person=person).update(contact_email="", person=None)}
