"""Signing up: the role, language and time zone a new person chose, and their application."""

from __future__ import annotations

from allauth.account.models import EmailAddress  # type: ignore[import-untyped,unused-ignore]
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from qiao.accounts.enums import ROLES_NEEDING_APPROVAL, SIGNUP_ROLES, ApplicationStatus
from qiao.accounts.models import Application, User, validate_time_zone
from qiao.core.domain import audit
from qiao.core.languages import CONTENT_LANGUAGES


def enrol(
    user: User,
    *,
    role: str,
    language: str,
    time_zone: str,
    organisation_name: str = "",
) -> Application:
    """Give a just-created person the role and preferences they chose at sign-up.

    Officers and experts stay unapproved until an organiser decides; companies and
    visitors are approved at once. Raises ValidationError for a role that cannot be
    chosen (organiser), an unknown language or time zone.

    Side effects: updates the user's role, approved flag, language and time zone; creates
    their Application; audit entry ``account.signed_up``.
    """
    if role not in SIGNUP_ROLES:
        raise ValidationError(_("This role cannot be chosen when signing up."), code="role")
    if language not in CONTENT_LANGUAGES:
        raise ValidationError(_("Choose one of the offered languages."), code="language")
    validate_time_zone(time_zone)
    needs_approval = role in ROLES_NEEDING_APPROVAL
    with transaction.atomic():
        user.role = role
        user.approved = not needs_approval
        user.language = language
        user.time_zone = time_zone
        user.save(update_fields=["role", "approved", "language", "time_zone"])
        application = Application.objects.create(
            person=user,
            role=role,
            organisation_name=organisation_name.strip()[:200],
            status=ApplicationStatus.PENDING if needs_approval else ApplicationStatus.APPROVED,
        )
        audit.record(user, "account.signed_up", user, role=role, needs_approval=needs_approval)
    return application


def mark_email_verified(user: User) -> bool:
    """Record the person's current e-mail address as verified and primary (demo accounts).

    Returns True when a record was created or changed. Side effects: creates or updates
    the allauth EmailAddress for ``user.email``.
    """
    if not user.email:
        return False
    with transaction.atomic():
        address, created = EmailAddress.objects.get_or_create(
            user=user, email__iexact=user.email, defaults={"email": user.email, "verified": True, "primary": True}
        )
        if created or (address.verified and address.primary):
            return bool(created)
        address.verified = True
        address.primary = True
        address.save(update_fields=["verified", "primary"])
    return True
