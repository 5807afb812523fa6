"""Drafting letters of intent: create, edit, soft-delete, and each party's consent to publication."""

from __future__ import annotations

import datetime as dt
import secrets
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from qiao.core import translated
from qiao.core.domain import audit
from qiao.currencies.enums import Currency
from qiao.deals.domain.errors import DealsError
from qiao.deals.enums import AgreementKind, SecondLanguage
from qiao.deals.models import Agreement, AgreementParty
from qiao.organisations.models import Organisation
from qiao.pipeline.models import Case
from qiao.projects.models import Project
from qiao.sectors.models import Sector
from qiao.summits.models import Event

#: At most this many parties fit the letter's template (甲方 … 辛方).
MAX_PARTIES = 8


@dataclass
class Draft:
    """What a person enters for a letter of intent; checked by `check_draft` before anything is written."""

    title: dict[str, Any]
    summary: dict[str, Any]
    parties: Sequence[Organisation]
    kind: str = AgreementKind.LETTER_OF_INTENT
    second_language: str = SecondLanguage.GERMAN
    project: Project | None = None
    case: Case | None = None
    event: Event | None = None
    sectors: Sequence[Sector] = field(default_factory=list)
    amount: Decimal | None = None
    currency: str = ""
    area_m2: Decimal | None = None
    timeline_start: dt.date | None = None
    timeline_end: dt.date | None = None


def check_draft(draft: Draft) -> None:
    """Refuse wrong currencies, negative amounts or areas, dates out of order and too few parties."""
    if draft.kind not in AgreementKind.values:
        raise DealsError("kind", _("This kind of agreement does not exist."), "kind")
    if draft.second_language not in SecondLanguage.values:
        raise DealsError("language", _("The second language must be German or English."), "second_language")
    if not translated.texts_of(draft.title):
        raise DealsError("title", _("Write the title in at least one language."), "title")
    if draft.currency and draft.currency not in Currency.values:
        raise DealsError(
            "currency",
            _("“%(code)s” is not a currency Qiao knows; use CNY, EUR or USD.") % {"code": draft.currency},
            "currency",
        )
    if draft.amount is not None:
        if draft.amount < 0:
            raise DealsError("amount", _("The investment cannot be negative."), "amount")
        if not draft.currency:
            raise DealsError("currency", _("Choose the currency of the investment."), "currency")
    if draft.area_m2 is not None and draft.area_m2 <= 0:
        raise DealsError("area", _("The area must be more than 0 m²."), "area_m2")
    if draft.timeline_start and draft.timeline_end and draft.timeline_end <= draft.timeline_start:
        raise DealsError("timeline", _("The end of the timeline must be after its start."), "timeline_end")
    keys = [party.pk for party in draft.parties]
    if len(set(keys)) != len(keys):
        raise DealsError("parties", _("Each party can be named only once."), "parties")
    if len(keys) < 2:
        raise DealsError("parties", _("A letter of intent needs at least two parties."), "parties")
    if len(keys) > MAX_PARTIES:
        raise DealsError(
            "parties", _("A letter of intent can have at most %(max)d parties.") % {"max": MAX_PARTIES}, "parties"
        )
    if draft.case is not None and draft.project is not None and draft.case.project_id != draft.project.pk:
        raise DealsError("case", _("The investment case belongs to another project."), "case")


def create_agreement(draft: Draft, by: Any) -> Agreement:
    """Create a draft agreement from checked input. Side effects: parties, sectors, an audit entry."""
    check_draft(draft)
    project = draft.project or (draft.case.project if draft.case else None)
    with transaction.atomic():
        agreement = Agreement.objects.create(
            key=f"loi-{timezone.now():%Y}-{secrets.token_hex(4)}",
            kind=draft.kind,
            title=draft.title,
            summary=draft.summary,
            second_language=draft.second_language,
            project=project,
            case=draft.case,
            event=draft.event,
            amount=draft.amount,
            currency=draft.currency,
            area_m2=draft.area_m2,
            timeline_start=draft.timeline_start,
            timeline_end=draft.timeline_end,
        )
        for order, party in enumerate(draft.parties):
            AgreementParty.objects.create(agreement=agreement, organisation=party, order=order)
        agreement.sectors.set(draft.sectors)
        audit.record(by, "deals.agreement_created", agreement, parties=[p.pk for p in draft.parties])
    return agreement


def update_agreement(agreement: Agreement, draft: Draft, by: Any) -> Agreement:
    """Change a draft that is not signed; a party that already signed a version stays.

    Side effects: the agreement's fields, parties and sectors; an audit entry listing the changed fields.
    """
    check_draft(draft)
    with transaction.atomic():
        locked = _lock_open(agreement)
        values = {
            "kind": draft.kind,
            "title": draft.title,
            "summary": draft.summary,
            "second_language": draft.second_language,
            "project": draft.project or (draft.case.project if draft.case else None),
            "case": draft.case,
            "event": draft.event,
            "amount": draft.amount,
            "currency": draft.currency,
            "area_m2": draft.area_m2,
            "timeline_start": draft.timeline_start,
            "timeline_end": draft.timeline_end,
        }
        changed = [name for name, value in values.items() if getattr(locked, name) != value]
        for name, value in values.items():
            setattr(locked, name, value)
        locked.save()
        changed += _set_parties(locked, draft.parties)
        if {s.pk for s in locked.sectors.all()} != {s.pk for s in draft.sectors}:
            locked.sectors.set(draft.sectors)
            changed.append("sectors")
        audit.record(by, "deals.agreement_updated", locked, changed=changed)
    return locked


def _set_parties(agreement: Agreement, parties: Sequence[Organisation]) -> list[str]:
    links = {link.organisation_id: link for link in agreement.party_links.all()}
    wanted = [party.pk for party in parties]
    gone = [link for org_id, link in links.items() if org_id not in wanted]
    for link in gone:
        if link.signatures.exists():
            raise DealsError(
                "party_signed",
                _("%(party)s has already signed a version and cannot be removed.") % {"party": link.organisation},
                "parties",
            )
        link.delete()
    changed = bool(gone)
    for order, org_id in enumerate(wanted):
        existing = links.get(org_id)
        if existing is None:
            AgreementParty.objects.create(agreement=agreement, organisation_id=org_id, order=order)
            changed = True
        elif existing.order != order:
            existing.order = order
            existing.save(update_fields=["order"])
            changed = True
    return ["parties"] if changed else []


def delete_agreement(agreement: Agreement, by: Any) -> Agreement:
    """Soft-delete: the agreement disappears from lists; its versions, signatures and scans stay."""
    with transaction.atomic():
        locked = Agreement.objects.select_for_update().get(pk=agreement.pk)
        if locked.deleted_at is not None:
            raise DealsError("deleted", _("This agreement has already been deleted."))
        locked.deleted_at = timezone.now()
        locked.save(update_fields=["deleted_at", "updated_at"])
        audit.record(by, "deals.agreement_deleted", locked)
    return locked


def set_consent(link: AgreementParty, allowed: bool, by: Any) -> AgreementParty:
    """Record whether this party lets the signed intent appear on public summit pages."""
    with transaction.atomic():
        locked = AgreementParty.objects.select_for_update().get(pk=link.pk)
        locked.public_consent = allowed
        locked.consent_by = by if getattr(by, "is_authenticated", False) else None
        locked.consent_at = timezone.now()
        locked.save(update_fields=["public_consent", "consent_by", "consent_at"])
        audit.record(by, "deals.public_consent", locked.agreement, party=locked.organisation_id, allowed=allowed)
    return locked


def _lock_open(agreement: Agreement) -> Agreement:
    """The agreement locked for change, refusing deleted and signed ones."""
    locked = Agreement.objects.select_for_update().get(pk=agreement.pk)
    if locked.deleted_at is not None:
        raise DealsError("deleted", _("This agreement has been deleted."))
    if locked.signed_at is not None:
        raise DealsError("signed", _("This agreement is signed and can no longer change."))
    return locked
