"""Demo: the 2020 summit's intents signed online, with an issued version 1 and each party's signature."""

from __future__ import annotations

import datetime as dt
import hashlib

from django.db import transaction
from django.utils import timezone

from qiao.accounts.enums import Role
from qiao.accounts.models import Membership, User
from qiao.core.domain import audit
from qiao.core.domain.upsert import Changes, upsert
from qiao.deals.domain.letter import facts_of, render_pdf
from qiao.deals.enums import SecondLanguage, SigningMode
from qiao.deals.models import Agreement, AgreementVersion, Signature
from qiao.organisations.models import Organisation

#: Demo signatories for the Chinese parties of the 2020 intents (no password: they cannot sign in).
DEMO_SIGNATORIES = {
    "cn-yuecheng": ("yuecheng-signatory", "Deputy district head (demo signatory)"),
    "cn-binhai": ("binhai-signatory", "Director, Binhai New Area investment bureau (demo signatory)"),
}
#: The 2020 letters were issued a few days before the online signing.
ISSUED_BEFORE = dt.timedelta(days=3)


def sign_demo_intents(event_key: str, changes: Changes) -> None:
    """Give each of the event's online-signed intents whose parties all have a signatory a version 1 and signatures.

    Intents that already have a version are left alone, so reloading changes nothing.
    """
    _demo_signatories(changes)
    agreements = (
        Agreement.objects.filter(
            event__key=event_key, kind="intent", signing_mode=SigningMode.ONLINE, signed_at__isnull=False
        )
        .filter(versions__isnull=True)
        .order_by("key")
    )
    for agreement in agreements:
        links = list(agreement.party_links.select_related("organisation"))
        signatories = {
            link.pk: Membership.objects.filter(organisation=link.organisation, can_sign=True)
            .select_related("person")
            .order_by("pk")
            .first()
            for link in links
        }
        if len(links) < 2 or any(m is None for m in signatories.values()):
            continue
        assert agreement.signed_at is not None
        issued_at = agreement.signed_at - ISSUED_BEFORE
        with transaction.atomic():
            if agreement.second_language != SecondLanguage.GERMAN:
                agreement.second_language = SecondLanguage.GERMAN
            pdf = render_pdf(facts_of(agreement), 1, timezone.localdate(issued_at))
            digest = hashlib.sha256(pdf).hexdigest()
            version = AgreementVersion.objects.create(
                agreement=agreement,
                number=1,
                second_language=agreement.second_language,
                pdf=pdf,
                size=len(pdf),
                sha256=digest,
                created_at=issued_at,
            )
            for link in links:
                membership = signatories[link.pk]
                assert membership is not None
                Signature.objects.create(
                    version=version,
                    party=link,
                    person=membership.person,
                    username=membership.person.get_username(),
                    signed_at=agreement.signed_at,
                    sha256=digest,
                )
                changes.count("created", Signature)
            agreement.signed_version = version
            agreement.save(update_fields=["signed_version", "second_language", "updated_at"])
            audit.record(None, "deals.demo_signed_online", agreement, version=1, sha256=digest)
        changes.count("created", AgreementVersion)


def _demo_signatories(changes: Changes) -> None:
    for org_key, (username, title) in DEMO_SIGNATORIES.items():
        organisation = Organisation.objects.filter(key=org_key).first()
        if organisation is None:
            continue
        person = User.objects.filter(username=username).first()
        if person is None:
            person = User(username=username, role=Role.OFFICER, approved=True, email=f"{username}@qiao.example")
            person.set_unusable_password()
            person.save()
            changes.count("created", User)
        upsert(
            Membership,
            changes,
            {"person": person, "organisation": organisation},
            {"job_title": title, "can_sign": True},
        )
