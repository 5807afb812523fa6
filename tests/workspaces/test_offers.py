"""Officers keep their district's offers; others' offers stay out of reach."""

import pytest

from qiao.core import translated
from qiao.core.models import AuditEntry
from qiao.projects.models import Offer
from tests.factories import OfferFactory
from tests.workspaces.conftest import organisation_of

pytestmark = pytest.mark.django_db


def _form(**overrides):
    data = {
        "original_language": "zh-hans",
        "title_zh_hans": "滨海新区工业用地",
        "kind": "land",
        "land_mu": "150",
        "flats": "40",
        "published": "on",
    }
    data.update(overrides)
    return data


def test_officer_creates_offer_in_chinese_and_sees_it_with_match_link(client, officer):
    client.force_login(officer)

    response = client.post("/zh-hans/workspace/offers/new/", _form(organisation=organisation_of(officer).pk))

    assert response.status_code == 302
    offer = Offer.objects.get()
    assert (offer.organisation, translated.original_language(offer.title), offer.land_mu) == (
        organisation_of(officer),
        "zh-hans",
        150,
    )
    assert AuditEntry.objects.get().action == "offer.created"
    html = client.get("/en/workspace/").content.decode()
    assert f"/en/offers/{offer.key}/matches/" in html
    assert "has no text in German, English." in html


def test_officer_edits_own_offer(client, officer):
    offer = OfferFactory(key="binhai", organisation=organisation_of(officer))
    client.force_login(officer)

    client.post("/en/workspace/offers/binhai/edit/", _form(title_de="Industrieland Binhai", original_language=""))

    offer.refresh_from_db()
    assert offer.title["de"] == {**offer.title["de"], "text": "Industrieland Binhai", "status": "translated"}


def test_officer_cannot_edit_other_district_offer(client, officer):
    OfferFactory(key="elsewhere")
    client.force_login(officer)

    assert client.get("/en/workspace/offers/elsewhere/edit/").status_code == 404


def test_negative_flats_refused(client, officer):
    client.force_login(officer)

    response = client.post("/en/workspace/offers/new/", _form(organisation=organisation_of(officer).pk, flats="-3"))

    assert response.context["form"].errors["flats"] == ["Ensure this value is greater than or equal to 0."]
    assert Offer.objects.count() == 0


def test_person_without_organisation_is_sent_back_with_a_message(client):
    from tests.factories import UserFactory

    client.force_login(UserFactory(role="company"))

    response = client.get("/en/workspace/projects/new/", follow=True)

    assert response.redirect_chain[-1][0] == "/en/workspace/"
    assert "not linked to an organisation" in response.content.decode()


def test_officer_cannot_create_projects_and_company_cannot_create_offers(client, officer, company):
    client.force_login(officer)
    assert client.get("/en/workspace/projects/new/").status_code == 403
    client.force_login(company)
    assert client.get("/en/workspace/offers/new/").status_code == 403
