"""Signing: online (each party's authorised signatory confirms a version) or onsite (a signed scan).

Either way the agreement becomes signed and frozen, and an investment case at "met" moves
to "letter of intent signed" in the same transaction.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Any

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from qiao.accounts.models import Membership
from qiao.core.domain import audit
from qiao.deals.domain.drafts import _lock_open
from qiao.deals.domain.errors import DealsError
from qiao.deals.domain.files import JPEG, PDF, PNG, check_upload
from qiao.deals.enums import SigningMode
from qiao.deals.models import Agreement, AgreementParty, AgreementVersion, Signature, SignedScan
from qiao.pipeline.domain.cases import move_case
from qiao.pipeline.domain.errors import PipelineError
from qiao.pipeline.enums import OPEN_STAGES, Stage
from qiao.pipeline.models import Case

SCAN_TYPES = (PDF, JPEG, PNG)


def check_case_ready(agreement: Agreement) -> None:
    """Refuse signing when the agreement's investment case has not reached "met" (or was dropped)."""
    case = agreement.case
    if case is None or case.deleted_at is not None:
        return
    if case.stage == Stage.DROPPED:
        raise DealsError("case", _("The investment case was dropped; reopen it before signing the letter of intent."))
    if OPEN_STAGES.index(Stage(case.stage)) < OPEN_STAGES.index(Stage.MET):
        raise DealsError(
            "case",
            _(
                "The investment case is at “%(stage)s”: it must reach “%(met)s” before the letter of intent can "
                "be signed."
            )
            % {"stage": Stage(case.stage).label, "met": Stage.MET.label},
        )


def sign_online(version: AgreementVersion, party: AgreementParty, person: Any, ip_address: str | None) -> Signature:
    """Record that `person`, authorised to sign for `party`, confirms exactly this version's bytes.

    Refused unless the version is the newest one, the person may sign for the party, the party
    has not signed it yet and the case (if any) has reached "met". When the last party signs,
    the agreement becomes signed online and frozen and its case moves on. Side effects: the
    signature, audit entries, and then the agreement and case changes.
    """
    if not getattr(person, "is_authenticated", False):
        raise DealsError("person", _("Sign in to sign."))
    with transaction.atomic():
        agreement = _lock_open(version.agreement)
        if party.agreement_id != agreement.pk:
            raise DealsError("party", _("This organisation is not a party to the agreement."))
        newest = agreement.versions.order_by("-number").values_list("number", flat=True).first()
        if newest != version.number:
            raise DealsError(
                "outdated",
                _("Version %(number)d has been replaced by version %(newest)d; please sign the newest one.")
                % {"number": version.number, "newest": newest or 0},
            )
        if not Membership.objects.filter(
            person_id=person.pk, organisation_id=party.organisation_id, can_sign=True
        ).exists():
            raise DealsError(
                "not_authorised",
                _("You are not an authorised signatory of %(party)s.") % {"party": party.organisation},
            )
        if Signature.objects.filter(version=version, party=party).exists():
            raise DealsError("already", _("%(party)s has already signed this version.") % {"party": party.organisation})
        check_case_ready(agreement)
        stored = bytes(AgreementVersion.objects.values_list("pdf", flat=True).get(pk=version.pk))
        digest = hashlib.sha256(stored).hexdigest()
        if digest != version.sha256:
            raise DealsError("hash", _("The stored PDF does not match its recorded hash; it cannot be signed."))
        now = timezone.now()
        signature = Signature.objects.create(
            version=version,
            party=party,
            person=person,
            username=person.get_username(),
            signed_at=now,
            ip_address=ip_address or None,
            sha256=digest,
        )
        audit.record(
            person, "deals.signed_online", agreement, version=version.number, party=party.organisation_id, sha256=digest
        )
        signed_parties = set(Signature.objects.filter(version=version).values_list("party_id", flat=True))
        if signed_parties >= set(agreement.party_links.values_list("pk", flat=True)):
            agreement.signed_version = version
            _mark_signed(agreement, SigningMode.ONLINE, person, now)
    return signature


def record_onsite(agreement: Agreement, content: bytes, filename: str, by: Any) -> SignedScan:
    """Record an onsite signing from the uploaded scan (PDF, JPEG or PNG, at most 10 MB).

    Side effects: the scan with its SHA-256, the agreement signed onsite and frozen, the
    case moved to "letter of intent signed" if it was at "met", audit entries.
    """
    checked = check_upload(content, filename, SCAN_TYPES)
    with transaction.atomic():
        locked = _lock_open(agreement)
        check_case_ready(locked)
        now = timezone.now()
        scan = SignedScan.objects.create(
            agreement=locked,
            content=checked.content,
            content_type=checked.content_type,
            filename=checked.filename,
            size=len(checked.content),
            sha256=hashlib.sha256(checked.content).hexdigest(),
            uploaded_by=by if getattr(by, "is_authenticated", False) else None,
            uploaded_at=now,
        )
        audit.record(by, "deals.signed_onsite", locked, scan=scan.pk, sha256=scan.sha256, filename=scan.filename)
        _mark_signed(locked, SigningMode.ONSITE, by, now)
    return scan


def _mark_signed(agreement: Agreement, mode: str, by: Any, now: Any) -> None:
    agreement.signed_at = now
    agreement.signing_mode = mode
    agreement.save(update_fields=["signed_at", "signing_mode", "signed_version", "updated_at"])
    audit.record(by, "deals.agreement_signed", agreement, mode=mode)
    if agreement.case_id is None:
        return
    case = Case.objects.get(pk=agreement.case_id)
    if case.deleted_at is None and case.stage == Stage.MET:
        try:
            move_case(case, Stage.INTENT_SIGNED, by, agreement.key, expected_version=case.version)
        except PipelineError as refused:
            raise DealsError("case", str(refused)) from refused


@dataclass(frozen=True)
class Verification:
    """The outcome of checking a file against what Qiao recorded."""

    given_sha256: str
    recorded_sha256: str
    matches_signed: bool
    matching_version: int | None

    @property
    def signed(self) -> bool:
        return bool(self.recorded_sha256)


def verify_file(agreement: Agreement, content: bytes, filename: str) -> Verification:
    """Hash the given file (never a re-rendering) and compare it with the signed document's recorded hash."""
    mode = Agreement.objects.values_list("signing_mode", flat=True).get(pk=agreement.pk)
    check_upload(content, filename, SCAN_TYPES if mode == SigningMode.ONSITE else (PDF,))
    given = hashlib.sha256(content).hexdigest()
    recorded = signed_sha256(agreement)
    matching = (
        AgreementVersion.objects.filter(agreement=agreement, sha256=given).values_list("number", flat=True).first()
    )
    return Verification(given, recorded, bool(recorded) and given == recorded, matching)


def signed_sha256(agreement: Agreement) -> str:
    """The recorded SHA-256 of what was signed (read from the database): the signed version's, else the scan's."""
    version_hash = Agreement.objects.values_list("signed_version__sha256", flat=True).get(pk=agreement.pk)
    if version_hash:
        return str(version_hash)
    scan = (
        SignedScan.objects.filter(agreement=agreement).order_by("-uploaded_at", "-pk").values_list("sha256", flat=True)
    )
    return scan.first() or ""
