"""The agreement pages: who sees what, signing and verifying through the browser, refusals as messages."""

from __future__ import annotations

import hashlib

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import translation

from qiao.accounts.enums import Role
from qiao.deals.domain.files import MAX_BYTES
from qiao.deals.domain.versions import issue_version
from qiao.deals.models import Agreement, Signature, SignedScan
from qiao.pipeline.enums import Stage
from qiao.pipeline.models import Case
from tests.deals.conftest import build_deal
from tests.factories import MembershipFactory, UserFactory

pytestmark = pytest.mark.django_db


def _url(name: str, *args: object, language: str = "en") -> str:
    with translation.override(language):
        return reverse(name, args=args)


def _party(deal, organisation):
    return deal.agreement.party_links.get(organisation=organisation)


@pytest.mark.parametrize("who", ["organiser", "officer", "company_rep"])
def test_organisers_and_party_members_see_the_agreement(client, deal, who) -> None:
    client.force_login(getattr(deal, who))

    detail = client.get(_url("deals:detail", deal.agreement.pk))
    listing = client.get(_url("deals:list")).content.decode()

    assert detail.status_code == 200
    assert "Absichtserklärung Laserfertigung Shaoxing" in listing


@pytest.mark.parametrize("role", [Role.COMPANY, Role.OFFICER, Role.VISITOR, Role.EXPERT])
def test_others_get_404_everywhere(client, deal, role) -> None:
    version = issue_version(deal.agreement, deal.organiser)
    client.force_login(UserFactory(role=role))

    responses = [
        client.get(_url("deals:detail", deal.agreement.pk)),
        client.get(_url("deals:version_pdf", deal.agreement.pk, version.number)),
        client.get(_url("deals:sign", deal.agreement.pk, version.number)),
        client.get(_url("deals:verify", deal.agreement.pk)),
        client.post(_url("deals:issue", deal.agreement.pk)),
    ]

    assert [r.status_code for r in responses] == [404] * 5
    assert "Laserfertigung" not in client.get(_url("deals:list")).content.decode()


def test_anonymous_visitors_are_sent_to_sign_in(client, deal) -> None:
    response = client.get(_url("deals:detail", deal.agreement.pk))

    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]


def test_officer_of_the_case_district_sees_it_even_when_not_a_party(client, deal) -> None:
    colleague = UserFactory(role=Role.OFFICER)
    MembershipFactory(person=colleague, organisation=deal.district)
    deal.agreement.party_links.filter(organisation=deal.district).delete()
    client.force_login(colleague)

    assert client.get(_url("deals:detail", deal.agreement.pk)).status_code == 200


def test_party_member_may_not_delete_but_organiser_may(client, deal) -> None:
    client.force_login(deal.company_rep)
    assert client.post(_url("deals:delete", deal.agreement.pk)).status_code == 403

    client.force_login(deal.organiser)
    response = client.post(_url("deals:delete", deal.agreement.pk))

    assert response.status_code == 302
    assert Agreement.objects.get(pk=deal.agreement.pk).deleted_at is not None
    assert client.get(_url("deals:detail", deal.agreement.pk)).status_code == 404


def test_download_returns_exactly_the_stored_bytes(client, deal) -> None:
    version = issue_version(deal.agreement, deal.organiser)
    client.force_login(deal.company_rep)

    response = client.get(_url("deals:version_pdf", deal.agreement.pk, 1))

    assert response["Content-Type"] == "application/pdf"
    assert response.content == bytes(version.pdf)


def test_signing_page_shows_the_hash_and_signing_records_the_account_and_address(client, deal) -> None:
    version = issue_version(deal.agreement, deal.organiser)
    client.force_login(deal.company_rep)
    page = client.get(_url("deals:sign", deal.agreement.pk, 1)).content.decode()
    party = _party(deal, deal.company)

    response = client.post(
        _url("deals:sign", deal.agreement.pk, 1),
        {"party": party.pk, "sha256": version.sha256, "confirm": "on"},
        REMOTE_ADDR="198.51.100.4",
        follow=True,
    )

    assert version.sha256 in page
    signature = Signature.objects.get()
    assert (signature.username, signature.ip_address, signature.sha256) == (
        "rep-yuecheng",
        "198.51.100.4",
        hashlib.sha256(bytes(version.pdf)).hexdigest(),
    )
    assert "has signed version 1." in response.content.decode()


def test_signing_without_ticking_the_box_signs_nothing(client, deal) -> None:
    version = issue_version(deal.agreement, deal.organiser)
    client.force_login(deal.company_rep)

    response = client.post(
        _url("deals:sign", deal.agreement.pk, 1), {"party": _party(deal, deal.company).pk, "sha256": version.sha256}
    )

    assert response.status_code == 200
    assert "Tick the box to confirm that you sign this version." in response.content.decode()
    assert not Signature.objects.exists()


def test_both_parties_signing_in_the_browser_move_the_case(client, deal) -> None:
    version = issue_version(deal.agreement, deal.organiser)
    for person, organisation in ((deal.officer, deal.district), (deal.company_rep, deal.company)):
        client.force_login(person)
        client.post(
            _url("deals:sign", deal.agreement.pk, 1),
            {"party": _party(deal, organisation).pk, "sha256": version.sha256, "confirm": "on"},
        )

    assert Case.objects.get(pk=deal.case.pk).stage == Stage.INTENT_SIGNED
    assert Agreement.objects.get(pk=deal.agreement.pk).signing_mode == "online"


def test_verify_page_tells_match_and_mismatch(client, deal) -> None:
    version = issue_version(deal.agreement, deal.organiser)
    client.force_login(deal.company_rep)
    exact = bytes(version.pdf)

    unsigned = client.post(
        _url("deals:verify", deal.agreement.pk), {"file": SimpleUploadedFile("a.pdf", exact)}
    ).content.decode()
    not_pdf = client.post(
        _url("deals:verify", deal.agreement.pk), {"file": SimpleUploadedFile("a.pdf", b"hello")}
    ).content.decode()

    assert "This agreement has not been signed yet." in unsigned
    assert "The file is the issued version 1." in unsigned
    assert "This file is not a PDF." in not_pdf


def test_onsite_upload_too_big_is_refused_with_a_message(client, deal) -> None:
    client.force_login(deal.officer)
    big = SimpleUploadedFile("scan.pdf", b"%PDF-1.4\n" + b"0" * MAX_BYTES + b"\n%%EOF")

    response = client.post(_url("deals:onsite", deal.agreement.pk), {"file": big, "confirm": "on"})

    assert response.status_code == 200
    assert "The file is larger than 10 MB; please make it smaller." in response.content.decode()
    assert not SignedScan.objects.exists()


def test_company_rep_cannot_record_an_onsite_signing(client, deal) -> None:
    client.force_login(deal.company_rep)

    assert client.get(_url("deals:onsite", deal.agreement.pk)).status_code == 403


def test_form_refuses_wrong_currency_and_dates_out_of_order(client, deal) -> None:
    client.force_login(deal.organiser)
    data = {
        "kind": "intent",
        "title_zh_hans": "投资意向书",
        "title_de": "Absichtserklärung",
        "second_language": "de",
        "parties": [deal.district.pk, deal.company.pk],
        "amount": "1000",
        "currency": "GBP",
        "area_m2": "-3",
        "timeline_start": "2027-05-01",
        "timeline_end": "2027-01-01",
    }

    wrong_currency = client.post(_url("deals:create"), data).content.decode()
    data["currency"] = "EUR"
    negative_area = client.post(_url("deals:create"), data).content.decode()
    data["area_m2"] = "100"
    dates = client.post(_url("deals:create"), data).content.decode()

    assert "“GBP” is not a currency Qiao knows; use CNY, EUR or USD." in wrong_currency
    assert "The area must be more than 0 m²." in negative_area
    assert "The end of the timeline must be after its start." in dates
    assert Agreement.objects.count() == 1


def test_organiser_drafts_and_issues_in_german_pages(client, deal) -> None:
    client.force_login(deal.organiser)
    data = {
        "kind": "intent",
        "title_zh_hans": "新能源项目投资意向书",
        "title_de": "Absichtserklärung Neue Energien",
        "second_language": "de",
        "parties": [deal.district.pk, deal.company.pk],
        "amount": "2500000",
        "currency": "EUR",
        "area_m2": "12000",
    }

    response = client.post(_url("deals:create", language="de"), data)
    created = Agreement.objects.exclude(pk=deal.agreement.pk).get()
    client.post(_url("deals:issue", created.pk, language="de"))

    assert response.status_code == 302
    assert [link.organisation_id for link in created.party_links.all()] == [deal.district.pk, deal.company.pk]
    assert created.versions.count() == 1


def test_officer_cannot_draft_for_organisations_they_do_not_belong_to(client, deal) -> None:
    other = build_deal("keqiao")
    client.force_login(deal.officer)
    data = {
        "kind": "intent",
        "title_de": "Fremde Absicht",
        "second_language": "de",
        "parties": [other.district.pk, other.company.pk],
    }

    response = client.post(_url("deals:create"), data)

    assert "Name an organisation you belong to as a party." in response.content.decode()
    assert Agreement.objects.count() == 2


def test_list_query_count_does_not_grow_with_agreements(client, deal, django_assert_max_num_queries) -> None:
    client.force_login(deal.organiser)
    client.get(_url("deals:list"))
    with django_assert_max_num_queries(12) as one:
        client.get(_url("deals:list"))
    build_deal("keqiao")
    build_deal("shangyu")

    with django_assert_max_num_queries(len(one.captured_queries)):
        client.get(_url("deals:list"))


def test_signing_page_names_the_missing_pipeline_step_before_anyone_signs(client) -> None:
    deal = build_deal("keqiao", stage=Stage.CONTACTED)
    issue_version(deal.agreement, deal.organiser)
    client.force_login(deal.company_rep)

    page = client.get(_url("deals:sign", deal.agreement.pk, 1)).content.decode()

    assert "it must reach “Met” before the letter of intent can be signed." in page
    assert 'name="confirm"' not in page
