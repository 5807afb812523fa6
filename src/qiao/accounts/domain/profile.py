"""A person's own name and preferences."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from qiao.accounts.models import User, validate_time_zone
from qiao.core.domain import audit
from qiao.core.languages import CONTENT_LANGUAGES


def update_profile(user: User, *, first_name: str, last_name: str, language: str, time_zone: str) -> User:
    """Change the person's name, language and time zone; pages follow from the next request.

    Raises ValidationError for an unknown language or time zone. Side effects: saves the
    user; audit ``account.profile_changed`` listing the changed fields.
    """
    if language not in CONTENT_LANGUAGES:
        raise ValidationError(_("Choose one of the offered languages."), code="language")
    validate_time_zone(time_zone)
    values = {
        "first_name": first_name.strip()[:150],
        "last_name": last_name.strip()[:150],
        "language": language,
        "time_zone": time_zone,
    }
    changed = [field for field, value in values.items() if getattr(user, field) != value]
    if not changed:
        return user
    with transaction.atomic():
        for field in changed:
            setattr(user, field, values[field])
        user.save(update_fields=changed)
        audit.record(user, "account.profile_changed", user, fields=changed)
    return user
