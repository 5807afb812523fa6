import pytest
from django.db import transaction
from django.urls import reverse

from qiao.core.domain import audit
from qiao.core.models import AuditEntry
from qiao.organisations.domain.verification import verify_organisation
from qiao.organisations.models import Organisation
from tests.factories import OrganisationFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.mark.django_db(transaction=True)
def test_record_outside_a_transaction_is_refused():
    with pytest.raises(RuntimeError):
        audit.record(None, "x.changed")


def test_record_stores_actor_action_and_object():
    user = UserFactory()
    organisation = OrganisationFactory()

    with transaction.atomic():
        entry = audit.record(user, "organisation.checked", organisation, reason="call")

    assert (entry.actor, entry.action, entry.object_type, entry.object_id, entry.data) == (
        user,
        "organisation.checked",
        "organisations.organisation",
        str(organisation.pk),
        {"reason": "call"},
    )


def test_verify_organisation_writes_one_audit_entry_and_is_idempotent():
    organiser = UserFactory(role="organiser")
    organisation = OrganisationFactory(verified=False)

    first = verify_organisation(organisation, by=organiser)
    second = verify_organisation(organisation, by=organiser)

    assert (first, second) == (True, False)
    assert Organisation.objects.get(pk=organisation.pk).verified is True
    assert list(AuditEntry.objects.filter(action="organisation.verified").values_list("actor", flat=True)) == [
        organiser.pk
    ]


def test_admin_change_writes_audit_entry_and_records_translator(client):
    admin = UserFactory(username="boss", is_staff=True, is_superuser=True, role="organiser")
    organisation = OrganisationFactory(country="CN", kind="park")
    client.force_login(admin)
    url = reverse("admin:organisations_organisation_change", args=[organisation.pk])

    response = client.post(
        url,
        {
            "key": organisation.key,
            "kind": "park",
            "name_zh_hans": "滨海新区",
            "name_de": organisation.name["de"]["text"],
            "name_en": organisation.name["en"]["text"],
            "country": "CN",
            "memberships-TOTAL_FORMS": "0",
            "memberships-INITIAL_FORMS": "0",
        },
    )

    assert response.status_code == 302
    organisation.refresh_from_db()
    assert organisation.name["zh-hans"]["text"] == "滨海新区"
    assert organisation.name["zh-hans"]["by"] == "boss"
    assert organisation.name["zh-hans"]["status"] == "translated"
    assert AuditEntry.objects.filter(action="organisations.organisation.changed", actor=admin).count() == 1
