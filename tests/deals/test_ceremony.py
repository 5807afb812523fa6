"""Signing ceremonies: organisers' lineup, and the public summit page listing consented signed intents."""

from __future__ import annotations

import pytest
from django.urls import reverse
from django.utils import translation

from qiao.deals.domain.ceremony import add_to_lineup, move_in_lineup, public_intents_for
from qiao.deals.domain.drafts import set_consent
from qiao.deals.domain.errors import DealsError
from qiao.deals.domain.signing import record_onsite
from qiao.deals.models import LineupEntry
from tests.deals.conftest import build_deal
from tests.factories import EventFactory, SessionFactory

pytestmark = pytest.mark.django_db

SCAN = b"%PDF-1.4\n%%EOF\n"


def _url(name: str, *args: object) -> str:
    with translation.override("en"):
        return reverse(name, args=args)


def test_lineup_orders_agreements_and_refuses_other_session_kinds(deal) -> None:
    session = SessionFactory(kind="signing")
    second = build_deal("keqiao")
    first_entry = add_to_lineup(session, deal.agreement, deal.organiser)
    second_entry = add_to_lineup(session, second.agreement, deal.organiser)

    move_in_lineup(second_entry, -1, deal.organiser)

    order = list(LineupEntry.objects.filter(session=session).values_list("agreement_id", flat=True))
    assert order == [second.agreement.pk, deal.agreement.pk]
    assert first_entry.pk != second_entry.pk
    with pytest.raises(DealsError, match="Only signing-ceremony sessions"):
        add_to_lineup(SessionFactory(kind="forum"), deal.agreement, deal.organiser)
    with pytest.raises(DealsError, match="already in the lineup"):
        add_to_lineup(session, deal.agreement, deal.organiser)


def test_lineup_page_is_for_organisers_only(client, deal) -> None:
    session = SessionFactory(kind="signing")
    client.force_login(deal.officer)
    assert client.get(_url("deals:lineup", session.pk)).status_code == 404

    client.force_login(deal.organiser)
    client.post(_url("deals:lineup", session.pk), {"agreement": deal.agreement.pk})
    page = client.get(_url("deals:lineup", session.pk)).content.decode()

    assert LineupEntry.objects.filter(session=session, agreement=deal.agreement).exists()
    assert "Absichtserklärung Laserfertigung Shaoxing" in page


def test_public_list_shows_a_signed_intent_only_when_every_party_consents(client, deal) -> None:
    event = EventFactory()
    add_to_lineup(SessionFactory(event=event, kind="signing"), deal.agreement, deal.organiser)
    record_onsite(deal.agreement, SCAN, "scan.pdf", deal.organiser)
    district_link, company_link = deal.agreement.party_links.order_by("order")
    url = _url("web:event", event.key)

    set_consent(district_link, True, deal.officer)
    one_consent = client.get(url).content.decode()
    set_consent(company_link, True, deal.company_rep)
    both = client.get(url).content.decode()

    assert "Signed letters of intent" not in one_consent
    assert "Signed letters of intent" in both
    intents = public_intents_for(event)
    assert [(i.agreement.pk, [d.pk for d in i.districts]) for i in intents] == [(deal.agreement.pk, [deal.district.pk])]


def test_unsigned_or_deleted_intents_are_never_public(deal) -> None:
    event = EventFactory()
    deal.agreement.event = event
    deal.agreement.save()
    for link in deal.agreement.party_links.all():
        set_consent(link, True, deal.organiser)

    assert public_intents_for(event) == []


def test_consent_is_given_by_party_members_not_by_others(client, deal) -> None:
    link = deal.agreement.party_links.get(organisation=deal.company)
    client.force_login(deal.officer)  # a member of the other party
    response = client.post(_url("deals:consent", deal.agreement.pk), {"party": link.pk, "allowed": "1"})
    assert response.status_code == 403

    client.force_login(deal.company_rep)
    client.post(_url("deals:consent", deal.agreement.pk), {"party": link.pk, "allowed": "1"})

    link.refresh_from_db()
    assert (link.public_consent, link.consent_by) == (True, deal.company_rep)
