"""The export sections of accounts and of data reached through a person's expert profile.

Everything else that points at a person (registrations, meeting requests, messages,
notifications, signatures, …) is exported by the generic walk in qiao.privacy.domain.export.
"""

from __future__ import annotations

from typing import Any

from qiao.accounts.models import Application, Membership
from qiao.privacy.domain.export import audit_about, exporter, row
from qiao.privacy.models import Consent

PROFILE_FIELDS = (
    "username",
    "first_name",
    "last_name",
    "display_name_zh",
    "email",
    "role",
    "approved",
    "language",
    "time_zone",
    "date_joined",
    "last_login",
    "is_active",
)


@exporter("profile", "accounts.user")
def profile(person: Any) -> dict[str, Any]:
    data = row(person)
    return {name: data[name] for name in PROFILE_FIELDS}


@exporter("memberships", "accounts.membership")
def memberships(person: Any) -> list[dict[str, Any]]:
    return [
        {**row(membership), "organisation": str(membership.organisation)}
        for membership in Membership.objects.filter(person=person).select_related("organisation").order_by("pk")
    ]


@exporter("application", "accounts.application")
def application(person: Any) -> dict[str, Any] | None:
    found = Application.objects.filter(person=person).first()
    return row(found, exclude=("decided_by",)) if found else None


@exporter("consents", "privacy.consent")
def consents(person: Any) -> list[dict[str, Any]]:
    return [row(consent) for consent in Consent.objects.filter(person=person).order_by("given_at", "pk")]


@exporter("audit_entries_about_you")
def audit_entries(person: Any) -> list[dict[str, Any]]:
    return audit_about(person)


@exporter("two_factor")
def two_factor(person: Any) -> dict[str, Any]:
    from django_otp.plugins.otp_totp.models import TOTPDevice

    # The device's secret key stays out; the person only learns that a device exists.
    devices = TOTPDevice.objects.filter(user=person).order_by("pk")
    return {"devices": [{"name": device.name, "confirmed": device.confirmed} for device in devices]}


@exporter("reviews")
def reviews(person: Any) -> list[dict[str, Any]]:
    """Reviews written through the person's expert profile (the review rows point at the expert)."""
    from qiao.reviews.models import Review

    return [row(review) for review in Review.objects.filter(assignment__expert__person=person).order_by("pk")]
