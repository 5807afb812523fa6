"""The demo signs the 2020 intents online where every party has a signatory, once."""

from __future__ import annotations

import hashlib
import io

import pytest
from pdfminer.high_level import extract_text

from qiao.deals.models import Agreement, AgreementVersion, Signature
from qiao.demo import summit2020
from qiao.demo.domain.loader import load_demo

pytestmark = pytest.mark.django_db


def test_demo_issues_and_signs_the_auerbach_intent_once() -> None:
    load_demo(None)
    agreement = Agreement.objects.get(
        event__key=summit2020.EVENT_KEY, party_links__organisation__key="de-2020-auerbach"
    )
    version = AgreementVersion.objects.get(agreement=agreement)
    versions_before = AgreementVersion.objects.count()

    changes = load_demo(None)

    signatures = Signature.objects.filter(version=version).order_by("party__order")
    assert [s.username for s in signatures] == ["company", "yuecheng-signatory", "binhai-signatory"]
    assert {s.sha256 for s in signatures} == {hashlib.sha256(bytes(version.pdf)).hexdigest()}
    assert agreement.signed_version_id == version.pk
    assert agreement.signing_mode == "online"
    text = "".join(extract_text(io.BytesIO(bytes(version.pdf))).split())
    assert "Auerbach" in text
    assert "投资意向书" in text
    assert AgreementVersion.objects.count() == versions_before
    assert changes.created.get("deals.AgreementVersion", 0) == 0
    assert changes.created.get("deals.Signature", 0) == 0
