"""Drafting and versions: bad facts refused with a clear message, versions numbered and never changed."""

from __future__ import annotations

import datetime as dt
import hashlib
from decimal import Decimal

import pytest

from qiao.core.models import AuditEntry
from qiao.deals.access import agreements_visible_to
from qiao.deals.domain.drafts import create_agreement, delete_agreement, update_agreement
from qiao.deals.domain.errors import DealsError
from qiao.deals.domain.versions import issue_version
from qiao.deals.models import Agreement, AgreementVersion, ImmutableRecordError
from tests.deals.conftest import draft_for

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"currency": "GBP"}, "currency", "“GBP” is not a currency Qiao knows; use CNY, EUR or USD."),
        ({"currency": ""}, "currency", "Choose the currency of the investment."),
        ({"amount": Decimal("-1")}, "amount", "The investment cannot be negative."),
        ({"area_m2": Decimal("-5")}, "area_m2", "The area must be more than 0 m²."),
        ({"area_m2": Decimal("0")}, "area_m2", "The area must be more than 0 m²."),
        (
            {"timeline_start": dt.date(2027, 1, 1), "timeline_end": dt.date(2026, 1, 1)},
            "timeline_end",
            "The end of the timeline must be after its start.",
        ),
        ({"second_language": "fr"}, "second_language", "The second language must be German or English."),
    ],
)
def test_bad_facts_are_refused_and_nothing_is_written(deal, changes, field, message) -> None:
    count = Agreement.objects.count()

    with pytest.raises(DealsError) as refused:
        create_agreement(draft_for(deal.district, deal.company, **changes), deal.organiser)

    assert (refused.value.field, str(refused.value)) == (field, message)
    assert Agreement.objects.count() == count


def test_one_party_is_not_enough(deal) -> None:
    draft = draft_for(deal.district, deal.company)
    draft.parties = [deal.district]

    with pytest.raises(DealsError, match="at least two parties"):
        create_agreement(draft, deal.organiser)


def test_case_of_another_project_is_refused(deal) -> None:
    from tests.factories import ProjectFactory

    with pytest.raises(DealsError, match="belongs to another project"):
        create_agreement(
            draft_for(deal.district, deal.company, case=deal.case, project=ProjectFactory()), deal.organiser
        )


def test_issuing_again_adds_version_two_and_keeps_version_one(deal) -> None:
    first = issue_version(deal.agreement, deal.organiser)
    first_bytes = bytes(first.pdf)
    update_agreement(deal.agreement, draft_for(deal.district, deal.company, area_m2=Decimal("35000")), deal.organiser)

    second = issue_version(deal.agreement, deal.officer)

    assert [v.number for v in deal.agreement.versions.order_by("number")] == [1, 2]
    assert bytes(AgreementVersion.objects.get(pk=first.pk).pdf) == first_bytes
    assert first.sha256 == hashlib.sha256(first_bytes).hexdigest()
    assert second.sha256 == hashlib.sha256(bytes(second.pdf)).hexdigest()
    assert second.sha256 != first.sha256
    assert AuditEntry.objects.filter(action="deals.version_issued", object_id=str(deal.agreement.pk)).count() == 2


def test_stored_version_bytes_cannot_change_or_be_deleted(deal) -> None:
    version = issue_version(deal.agreement, deal.organiser)
    original = bytes(version.pdf)

    version.pdf = original + b"% tampered"
    with pytest.raises(ImmutableRecordError):
        version.save()
    with pytest.raises(ImmutableRecordError):
        version.delete()

    assert bytes(AgreementVersion.objects.get(pk=version.pk).pdf) == original


def test_soft_delete_hides_the_agreement_and_keeps_its_history(deal) -> None:
    version = issue_version(deal.agreement, deal.organiser)

    delete_agreement(deal.agreement, deal.organiser)

    assert not agreements_visible_to(deal.organiser).filter(pk=deal.agreement.pk).exists()
    assert Agreement.objects.get(pk=deal.agreement.pk).deleted_at is not None
    assert AgreementVersion.objects.filter(pk=version.pk).exists()
    assert AuditEntry.objects.filter(action="deals.agreement_deleted", object_id=str(deal.agreement.pk)).exists()
    with pytest.raises(DealsError, match="deleted"):
        issue_version(deal.agreement, deal.organiser)


def test_update_records_the_changed_fields(deal) -> None:
    draft = draft_for(deal.district, deal.company, case=deal.case, project=deal.project, currency="CNY")

    update_agreement(deal.agreement, draft, deal.organiser)

    entry = AuditEntry.objects.filter(action="deals.agreement_updated").latest("id")
    assert entry.data["changed"] == ["currency"]
    assert Agreement.objects.get(pk=deal.agreement.pk).currency == "CNY"
