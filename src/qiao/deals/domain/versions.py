"""Issuing a letter of intent as a numbered PDF version; every issue keeps the earlier ones."""

from __future__ import annotations

import hashlib
from typing import Any

from django.db import transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.translation import gettext as _

from qiao.core.domain import audit
from qiao.deals.domain.drafts import _lock_open
from qiao.deals.domain.errors import DealsError
from qiao.deals.domain.letter import facts_of, render_pdf
from qiao.deals.models import Agreement, AgreementVersion


def issue_version(agreement: Agreement, by: Any) -> AgreementVersion:
    """Render the agreement as it stands into PDF version n+1 and store its bytes and SHA-256.

    Refused for signed or deleted agreements and for fewer than two parties. Side effects:
    the version row and an audit entry with the hash.
    """
    with transaction.atomic():
        locked = _lock_open(agreement)
        if locked.party_links.count() < 2:
            raise DealsError("parties", _("A letter of intent needs at least two parties."))
        number = (locked.versions.aggregate(last=Max("number"))["last"] or 0) + 1
        now = timezone.now()
        pdf = render_pdf(facts_of(locked), number, timezone.localdate(now))
        version = AgreementVersion.objects.create(
            agreement=locked,
            number=number,
            second_language=locked.second_language,
            pdf=pdf,
            size=len(pdf),
            sha256=hashlib.sha256(pdf).hexdigest(),
            created_by=by if getattr(by, "is_authenticated", False) else None,
            created_at=now,
        )
        audit.record(by, "deals.version_issued", locked, number=number, sha256=version.sha256)
    return version


def latest_version(agreement: Agreement) -> AgreementVersion | None:
    """The newest issued version, the only one that can be signed."""
    return agreement.versions.order_by("-number").first()
