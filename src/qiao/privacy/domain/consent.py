"""Recording and withdrawing consent; asking again when the consent texts change version."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from qiao.core.domain import audit
from qiao.privacy.enums import REQUIRED_CONSENTS, ConsentKind
from qiao.privacy.models import Consent


def current_version() -> str:
    """The version of the consent texts people agree to now (a setting, raised when they change)."""
    return str(settings.PRIVACY_CONSENT_VERSION)


def give_consent(person: Any, kinds: Iterable[str], *, ip_address: str | None = None) -> list[Consent]:
    """Record that ``person`` agreed to the current text of each kind; kinds already given are kept.

    Side effects: one Consent row per new kind; audit ``privacy.consent_given``.
    """
    wanted = [ConsentKind(kind) for kind in dict.fromkeys(kinds)]
    version = current_version()
    with transaction.atomic():
        given = set(
            Consent.objects.filter(
                person=person, kind__in=wanted, version=version, withdrawn_at__isnull=True
            ).values_list("kind", flat=True)
        )
        created = [
            Consent.objects.create(person=person, kind=kind, version=version, ip_address=ip_address or None)
            for kind in wanted
            if kind not in given
        ]
        if created:
            audit.record(person, "privacy.consent_given", person, kinds=[c.kind for c in created], version=version)
    return created


def withdraw_consent(person: Any, kind: str) -> int:
    """Withdraw every active consent of this kind; returns how many rows changed.

    Side effects: sets withdrawn_at; audit ``privacy.consent_withdrawn``.
    """
    with transaction.atomic():
        changed = Consent.objects.filter(person=person, kind=ConsentKind(kind), withdrawn_at__isnull=True).update(
            withdrawn_at=timezone.now()
        )
        if changed:
            audit.record(person, "privacy.consent_withdrawn", person, kind=kind)
    return changed


def missing_consents(person: Any) -> list[ConsentKind]:
    """The required consents the person has not given to the current texts (empty when all given)."""
    if not getattr(person, "is_authenticated", False):
        return list(REQUIRED_CONSENTS)
    given = set(
        Consent.objects.filter(person=person, version=current_version(), withdrawn_at__isnull=True).values_list(
            "kind", flat=True
        )
    )
    return [kind for kind in REQUIRED_CONSENTS if kind not in given]
