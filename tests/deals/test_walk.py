"""Issue 6's walk: one German company's project from lead to operating, through the pages.

The letter of intent is signed online by both parties' signatories; the PDF downloaded
afterwards hashes to the recorded SHA-256 and its text holds the Chinese and the German.
"""

from __future__ import annotations

import hashlib
import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import translation
from pdfminer.high_level import extract_text

from qiao.accounts.enums import Role
from qiao.core import translated
from qiao.core.models import AuditEntry
from qiao.deals.domain.drafts import create_agreement
from qiao.deals.models import Agreement, AgreementVersion, Signature
from qiao.pipeline.domain.cases import open_case
from qiao.pipeline.enums import OPEN_STAGES, Stage
from qiao.pipeline.models import Case, CaseEvent, ChecklistStep
from tests.deals.conftest import NON_BINDING_DE, NON_BINDING_ZH, draft_for
from tests.factories import MembershipFactory, OrganisationFactory, ProjectFactory, UserFactory

pytestmark = pytest.mark.django_db


def _url(name: str, *args: object) -> str:
    with translation.override("en"):
        return reverse(name, args=args)


def _move(client, case_pk: int, stage: Stage) -> str:
    """Post the move as the case page does (with the version read back); returns the page after."""
    case = Case.objects.get(pk=case_pk)
    response = client.post(
        _url("pipeline:move", case_pk),
        {"to_stage": stage.value, "version": case.version, "note": f"to {stage.value}", "next": "case"},
        follow=True,
    )
    assert response.status_code == 200
    return response.content.decode()


def test_a_german_project_walks_from_lead_to_operating_with_an_online_signed_intent(client) -> None:
    district = OrganisationFactory(
        kind="government", country="CN", name=translated.make("zh", zh="越城区人民政府", de="Bezirk Yuecheng")
    )
    company = OrganisationFactory(
        kind="company", country="DE", name=translated.make("de", de="Auerbach Lasersysteme GmbH")
    )
    project = ProjectFactory(organisation=company)
    officer = UserFactory(role=Role.OFFICER, username="officer-walk")
    MembershipFactory(person=officer, organisation=district, can_sign=True)
    company_rep = UserFactory(role=Role.COMPANY, username="rep-walk")
    MembershipFactory(person=company_rep, organisation=company, can_sign=True)
    organiser = UserFactory(role=Role.ORGANISER, username="organiser-walk")
    case = open_case(project, district, officer, owner=officer)

    # lead → contacted → met: the district officer moves the case on its page.
    client.force_login(officer)
    for stage in (Stage.CONTACTED, Stage.MET):
        _move(client, case.pk, stage)
    assert Case.objects.get(pk=case.pk).stage == Stage.MET

    # The organiser drafts the bilingual letter (zh + de) and issues version 1 as PDF.
    agreement = create_agreement(draft_for(district, company, case=case, project=project), organiser)
    client.force_login(organiser)
    client.post(_url("deals:issue", agreement.pk))
    version = AgreementVersion.objects.get(agreement=agreement, number=1)

    # Both signatories sign online, each confirming the hash shown to them.
    for person, party in ((officer, district), (company_rep, company)):
        client.force_login(person)
        page = client.get(_url("deals:sign", agreement.pk, 1)).content.decode()
        assert version.sha256 in page
        link = agreement.party_links.get(organisation=party)
        client.post(
            _url("deals:sign", agreement.pk, 1),
            {"party": link.pk, "sha256": version.sha256, "confirm": "on"},
            REMOTE_ADDR="198.51.100.9",
        )
    agreement = Agreement.objects.get(pk=agreement.pk)
    assert agreement.signing_mode == "online"
    assert agreement.signed_version_id == version.pk
    assert Case.objects.get(pk=case.pk).stage == Stage.INTENT_SIGNED

    # The PDF anyone with access downloads is the signed one: same SHA-256, both languages as text.
    client.force_login(company_rep)
    pdf = client.get(_url("deals:version_pdf", agreement.pk, 1)).content
    digest = hashlib.sha256(pdf).hexdigest()
    recorded = set(Signature.objects.filter(version=version).values_list("sha256", flat=True))
    assert recorded == {digest}
    text = extract_text(io.BytesIO(pdf))
    assert "越城区人民政府" in text
    assert NON_BINDING_ZH in text
    assert "Absichtserklärung Laserfertigung Shaoxing" in text
    assert NON_BINDING_DE in " ".join(text.split())
    verified = client.post(
        _url("deals:verify", agreement.pk),
        {"file": SimpleUploadedFile("signed.pdf", pdf, content_type="application/pdf")},
    )
    assert verified.status_code == 200
    assert verified.context["result"].matches_signed

    # Landing: the checklist blocks "company registered" until its required steps are done.
    client.force_login(officer)
    _move(client, case.pk, Stage.CONTRACT_SIGNED)
    steps = list(ChecklistStep.objects.filter(case=case))
    assert steps, "a case at 'letter of intent signed' gets the district's landing checklist"
    refused = _move(client, case.pk, Stage.COMPANY_REGISTERED)
    assert Case.objects.get(pk=case.pk).stage == Stage.CONTRACT_SIGNED
    open_required = [s for s in steps if s.required_for]
    assert open_required
    assert translated.resolve(open_required[0].title, "en").text in refused
    for step in steps:
        client.post(_url("pipeline:step", case.pk, step.pk), {"status": "done"})
    for stage in (Stage.COMPANY_REGISTERED, Stage.SITE_SECURED, Stage.OPERATING):
        _move(client, case.pk, stage)

    case.refresh_from_db()
    assert case.stage == Stage.OPERATING
    walked = list(CaseEvent.objects.filter(case=case).order_by("at", "pk").values_list("to_stage", flat=True))
    assert walked == [s.value for s in OPEN_STAGES]
    assert AuditEntry.objects.filter(action="pipeline.case_moved", object_id=str(case.pk)).count() == 7
