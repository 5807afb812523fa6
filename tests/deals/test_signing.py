"""Signing online and onsite, the case moving with it, and verifying files against the recorded hash."""

from __future__ import annotations

import hashlib
import io

import pytest
from PIL import Image

from qiao.core.models import AuditEntry
from qiao.deals.domain.drafts import update_agreement
from qiao.deals.domain.errors import DealsError
from qiao.deals.domain.files import MAX_BYTES
from qiao.deals.domain.signing import record_onsite, sign_online, verify_file
from qiao.deals.domain.versions import issue_version
from qiao.deals.models import Agreement, ImmutableRecordError, Signature, SignedScan
from qiao.pipeline.enums import Stage
from qiao.pipeline.models import Case
from tests.deals.conftest import build_deal, draft_for
from tests.factories import MembershipFactory, UserFactory

pytestmark = pytest.mark.django_db

SCAN_PDF = b"%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"


def _links(agreement):
    return {link.organisation_id: link for link in agreement.party_links.all()}


def _sign_all(deal):
    version = issue_version(deal.agreement, deal.organiser)
    links = _links(deal.agreement)
    sign_online(version, links[deal.district.pk], deal.officer, "203.0.113.7")
    sign_online(version, links[deal.company.pk], deal.company_rep, "2001:db8::1")
    return version


def test_online_signing_records_the_hash_of_the_stored_bytes_and_moves_the_case(deal) -> None:
    version = _sign_all(deal)

    signatures = list(Signature.objects.filter(version=version).order_by("pk"))
    expected = hashlib.sha256(bytes(version.pdf)).hexdigest()
    assert [s.sha256 for s in signatures] == [expected, expected]
    assert [(s.username, s.ip_address) for s in signatures] == [
        ("officer-yuecheng", "203.0.113.7"),
        ("rep-yuecheng", "2001:db8::1"),
    ]
    agreement = Agreement.objects.get(pk=deal.agreement.pk)
    assert agreement.signing_mode == "online"
    assert agreement.signed_version_id == version.pk
    assert agreement.signed_at == signatures[-1].signed_at
    case = Case.objects.get(pk=deal.case.pk)
    assert case.stage == Stage.INTENT_SIGNED
    assert case.history.latest("at").note == agreement.key


def test_one_signature_does_not_sign_the_agreement(deal) -> None:
    version = issue_version(deal.agreement, deal.organiser)

    sign_online(version, _links(deal.agreement)[deal.company.pk], deal.company_rep, None)

    assert Agreement.objects.get(pk=deal.agreement.pk).signed_at is None
    assert Case.objects.get(pk=deal.case.pk).stage == Stage.MET


def test_signed_agreement_is_frozen(deal) -> None:
    version = _sign_all(deal)

    with pytest.raises(DealsError, match="signed and can no longer change"):
        issue_version(deal.agreement, deal.organiser)
    with pytest.raises(DealsError, match="signed and can no longer change"):
        update_agreement(deal.agreement, draft_for(deal.district, deal.company), deal.organiser)
    signature = Signature.objects.filter(version=version).first()
    signature.sha256 = "0" * 64
    with pytest.raises(ImmutableRecordError):
        signature.save()


def test_member_without_signing_authority_is_refused(deal) -> None:
    clerk = UserFactory(role="company")
    MembershipFactory(person=clerk, organisation=deal.company, can_sign=False)
    version = issue_version(deal.agreement, deal.organiser)

    with pytest.raises(DealsError, match="not an authorised signatory"):
        sign_online(version, _links(deal.agreement)[deal.company.pk], clerk, None)

    assert not Signature.objects.exists()


def test_signatory_of_one_party_cannot_sign_for_the_other(deal) -> None:
    version = issue_version(deal.agreement, deal.organiser)

    with pytest.raises(DealsError, match="not an authorised signatory"):
        sign_online(version, _links(deal.agreement)[deal.district.pk], deal.company_rep, None)


def test_outdated_version_cannot_be_signed(deal) -> None:
    first = issue_version(deal.agreement, deal.organiser)
    issue_version(deal.agreement, deal.organiser)

    with pytest.raises(DealsError, match="replaced by version 2"):
        sign_online(first, _links(deal.agreement)[deal.company.pk], deal.company_rep, None)


def test_same_party_cannot_sign_twice(deal) -> None:
    version = issue_version(deal.agreement, deal.organiser)
    link = _links(deal.agreement)[deal.company.pk]
    sign_online(version, link, deal.company_rep, None)

    with pytest.raises(DealsError, match="already signed this version"):
        sign_online(version, link, deal.company_rep, None)


def test_case_before_met_refuses_signing_and_names_the_missing_step(db) -> None:
    deal = build_deal("keqiao", stage=Stage.CONTACTED)
    version = issue_version(deal.agreement, deal.organiser)

    with pytest.raises(DealsError) as refused:
        sign_online(version, _links(deal.agreement)[deal.company.pk], deal.company_rep, None)

    assert str(refused.value) == (
        "The investment case is at “Contacted”: it must reach “Met” before the letter of intent can be signed."
    )
    assert not Signature.objects.exists()
    with pytest.raises(DealsError, match="must reach “Met”"):
        record_onsite(deal.agreement, SCAN_PDF, "scan.pdf", deal.officer)
    assert not SignedScan.objects.exists()


def test_onsite_scan_signs_the_agreement_and_moves_the_case(deal) -> None:
    scan = record_onsite(deal.agreement, SCAN_PDF, "../../Unterschrift Zeremonie 签字.PDF", deal.officer)

    assert scan.sha256 == hashlib.sha256(SCAN_PDF).hexdigest()
    assert bytes(SignedScan.objects.get(pk=scan.pk).content) == SCAN_PDF
    assert scan.filename == "Unterschrift-Zeremonie.pdf"
    agreement = Agreement.objects.get(pk=deal.agreement.pk)
    assert (agreement.signing_mode, agreement.signed_at is not None) == ("onsite", True)
    assert Case.objects.get(pk=deal.case.pk).stage == Stage.INTENT_SIGNED
    assert AuditEntry.objects.filter(action="deals.signed_onsite", object_id=str(agreement.pk)).exists()


def test_onsite_png_scan_is_accepted(deal) -> None:
    buffer = io.BytesIO()
    Image.new("RGB", (40, 30), "white").save(buffer, format="PNG")

    scan = record_onsite(deal.agreement, buffer.getvalue(), "scan.png", deal.organiser)

    assert (scan.content_type, scan.filename) == ("image/png", "scan.png")


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"Dear partners, this is not a scan.", "Only PDF, JPEG or PNG files can be uploaded."),
        (b"%PDF-1.4\n" + b"0" * (MAX_BYTES), "The file is larger than 10 MB; please make it smaller."),
        (b"%PDF-1.4\n1 0 obj", "This PDF is incomplete or damaged."),
        (b"\x89PNG\r\n\x1a\nbroken", "This picture is damaged or incomplete."),
        (b"", "The file is empty."),
    ],
)
def test_bad_scans_are_refused_and_nothing_is_written(deal, content, message) -> None:
    with pytest.raises(DealsError) as refused:
        record_onsite(deal.agreement, content, "scan.pdf", deal.officer)

    assert str(refused.value) == message
    assert not SignedScan.objects.exists()
    assert Agreement.objects.get(pk=deal.agreement.pk).signed_at is None


def test_verify_accepts_the_exact_signed_file_and_rejects_a_modified_one(deal) -> None:
    version = _sign_all(deal)
    exact = bytes(version.pdf)
    modified = exact.replace(b"%%EOF", b"% changed\n%%EOF")

    good = verify_file(deal.agreement, exact, "signed.pdf")
    bad = verify_file(deal.agreement, modified, "signed.pdf")

    assert (good.matches_signed, good.given_sha256, good.recorded_sha256) == (True, version.sha256, version.sha256)
    assert (bad.matches_signed, bad.matching_version) == (False, None)
    assert bad.given_sha256 == hashlib.sha256(modified).hexdigest()


def test_verify_refuses_a_file_that_is_not_a_pdf(deal) -> None:
    _sign_all(deal)

    with pytest.raises(DealsError, match=r"This file is not a PDF\."):
        verify_file(deal.agreement, b"GIF89a....", "signed.pdf")


def test_verify_before_signing_names_the_matching_issued_version(deal) -> None:
    version = issue_version(deal.agreement, deal.organiser)

    result = verify_file(deal.agreement, bytes(version.pdf), "v1.pdf")

    assert (result.signed, result.matches_signed, result.matching_version) == (False, False, 1)
