"""Loading the demo: the 2020 summit as reported, the 2026 summit, synthetic profiles,
demo accounts. Idempotent: a second run finds nothing to change and writes nothing."""

from __future__ import annotations

import datetime as dt
import zoneinfo
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from django.contrib.auth.hashers import make_password
from django.db import transaction

from qiao.accounts.domain.signup import mark_email_verified
from qiao.accounts.enums import Role
from qiao.accounts.models import Membership, User
from qiao.core import translated
from qiao.core.domain import audit
from qiao.core.domain.upsert import Changes, set_m2m, upsert
from qiao.currencies.models import ExchangeRate
from qiao.deals.domain.demo import sign_demo_intents
from qiao.deals.models import Agreement, AgreementParty
from qiao.demo import summit2020, summit2026
from qiao.demo.specs import OrgSpec, SyntheticData, Text
from qiao.experts.models import Expert
from qiao.meetings.domain.requests import accept_request, request_meeting
from qiao.meetings.enums import Priority
from qiao.meetings.models import MeetingRequest, MeetingSlot
from qiao.organisations.models import Organisation
from qiao.pipeline.domain.demo import cases_from_intents
from qiao.projects.enums import ProjectStage
from qiao.projects.models import Offer, Project
from qiao.reviews.domain.demo import reviews_for_summit_2020
from qiao.sectors.domain.taxonomy import load_taxonomy
from qiao.sectors.models import Sector, ThemeTag
from qiao.summits.enums import EventStatus, TalkKind
from qiao.summits.models import Event, EventOrganiser, QuotedFigure, Registration, Session, Speaker, Talk

CST = zoneinfo.ZoneInfo("Asia/Shanghai")


@dataclass(frozen=True)
class DemoAccount:
    username: str
    password: str
    role: str
    description: str


DEMO_ACCOUNTS: list[DemoAccount] = [
    DemoAccount("organiser", "Qiao-Organiser-2020", Role.ORGANISER, "Shaoxing investment promotion (organiser, admin)"),
    DemoAccount("officer", "Qiao-Officer-2020", Role.OFFICER, "Yuecheng District officer"),
    DemoAccount("company", "Qiao-Company-2020", Role.COMPANY, "Representative of Auerbach Lasersysteme GmbH"),
    DemoAccount("expert", "Qiao-Expert-2020", Role.EXPERT, "Think-tank expert"),
    DemoAccount("visitor", "Qiao-Visitor-2020", Role.VISITOR, "Visitor"),
]


def _t(text: Text, original: str = "en") -> dict[str, Any]:
    return translated.make(original, en=text.en, de=text.de, zh=text.zh)


def _at(day: dt.date, hhmm: str) -> dt.datetime:
    hour, minute = (int(p) for p in hhmm.split(":"))
    return dt.datetime.combine(day, dt.time(hour, minute), tzinfo=CST)


class DemoLoader:
    """Writes the demo data set; every write goes through `upsert` so reruns change nothing."""

    def __init__(self, synthetic: SyntheticData | None) -> None:
        self.synthetic = synthetic
        self.changes = Changes()
        self.sectors: dict[str, Sector] = {}
        self.tags: dict[str, ThemeTag] = {}
        self.orgs: dict[str, Organisation] = {}

    def run(self) -> Changes:
        load_taxonomy()
        self.sectors = {s.code: s for s in Sector.objects.all()}
        self.tags = {t.slug: t for t in ThemeTag.objects.all()}
        self._rates()
        self._summit_2020()
        self._summit_2026()
        if self.synthetic is not None:
            self._synthetic(self.synthetic)
        self._accounts()
        self._meetings_2026()
        cases_from_intents(summit2020.EVENT_KEY, self.changes)
        sign_demo_intents(summit2020.EVENT_KEY, self.changes)
        reviews_for_summit_2020(self.changes)
        return self.changes

    # -- helpers ---------------------------------------------------------------------
    def _org(self, key: str, kind: str, country: str, name: Text, original: str, **extra: Any) -> Organisation:
        values = {"kind": kind, "country": country, "name": _t(name, original), "verified": True, **extra}
        org = upsert(Organisation, self.changes, {"key": key}, values)
        self.orgs[key] = org
        return org

    def _org_from_spec(self, spec: OrgSpec) -> Organisation:
        original = "de" if spec.country == "DE" else "zh" if spec.country == "CN" else "en"
        org = self._org(
            spec.key,
            spec.kind,
            spec.country,
            spec.name,
            original,
            province=_t(spec.province, original),
            city=_t(spec.city, original),
            district=_t(spec.district, original),
            description=_t(spec.description, original),
            website=spec.website,
            size=spec.size,
            address=spec.address,
            verified=spec.verified,
        )
        self._classify(org, spec.sectors, spec.tags)
        return org

    def _classify(
        self, obj: Any, sector_codes: Iterable[str], tag_slugs: Iterable[str], sector_field: str = "sectors"
    ) -> None:
        """Set an object's sectors and themes from NACE codes and theme slugs."""
        set_m2m(obj, sector_field, [self.sectors[code] for code in sector_codes], self.changes)
        set_m2m(obj, "tags", [self.tags[slug] for slug in tag_slugs], self.changes)

    # -- parts -----------------------------------------------------------------------
    def _rates(self) -> None:
        # Illustrative rates for the demo (organisers maintain real ones in the admin).
        for currency, day, rate in (
            ("EUR", dt.date(2020, 12, 14), Decimal("7.9470")),
            ("USD", dt.date(2020, 12, 14), Decimal("6.5430")),
            ("EUR", dt.date(2026, 11, 2), Decimal("8.2100")),
            ("USD", dt.date(2026, 11, 2), Decimal("7.1200")),
        ):
            upsert(
                ExchangeRate,
                self.changes,
                {"currency": currency, "valid_on": day},
                {"cny_per_unit": rate, "source": "Qiao demo data (illustrative rate)"},
            )

    def _summit_2020(self) -> None:
        s = summit2020
        shaoxing = _t(Text("Shaoxing", "Shaoxing", "绍兴"), "zh")
        for key, kind, country, name in s.ORGANISATIONS:
            local = key in s.SHAOXING_BODIES
            self._org(key, kind, country, name, "de" if country == "DE" else "zh", city=shaoxing if local else {})
        day = dt.date(2020, 12, 14)
        event = upsert(
            Event,
            self.changes,
            {"key": s.EVENT_KEY},
            {
                "edition": 3,
                "name": _t(s.NAME, "zh"),
                "theme": _t(s.THEME, "zh"),
                "description": _t(s.DESCRIPTION, "zh"),
                "city": _t(s.CITY, "zh"),
                "venue": {},
                "time_zone": "Asia/Shanghai",
                "starts_at": _at(day, "09:00"),
                "ends_at": _at(day, "17:30"),
                "hybrid": True,
                "status": EventStatus.PAST,
                "photo_credit": s.PHOTO_CREDIT,
                "source": s.SOURCE,
            },
        )
        for role, keys in s.ORGANISER_ROLES.items():
            for order, key in enumerate(keys):
                upsert(
                    EventOrganiser,
                    self.changes,
                    {"event": event, "organisation": self.orgs[key], "role": role},
                    {"order": order},
                )
        sessions: dict[str, Session] = {}
        for key, kind, start, end, online, title in s.SESSIONS:
            sessions[key] = upsert(
                Session,
                self.changes,
                {"event": event, "key": key},
                {
                    "kind": kind,
                    "title": _t(title, "zh"),
                    "starts_at": _at(day, start),
                    "ends_at": _at(day, end),
                    "time_zone": "Asia/Shanghai",
                    "online": online,
                    "venue": _t(Text("Shaoxing", "Shaoxing", "绍兴"), "zh") if not online else {},
                },
            )
        for session_key, kind, facts in (
            ("forum-opening", TalkKind.ADDRESS, s.ADDRESSES),
            ("forum-keynotes", TalkKind.KEYNOTE, s.KEYNOTES),
        ):
            for order, fact in enumerate(facts):
                speaker = upsert(
                    Speaker,
                    self.changes,
                    {"key": fact.key},
                    {"name": _t(fact.name, "zh"), "position": _t(fact.position, "zh")},
                )
                upsert(
                    Talk,
                    self.changes,
                    {"session": sessions[session_key], "speaker": speaker, "kind": kind},
                    {"title": _t(fact.title, "zh") if fact.title else {}, "order": order},
                )
        for order, (key, label, value, unit, start_s, end_s) in enumerate(s.FIGURES):
            upsert(
                QuotedFigure,
                self.changes,
                {"event": event, "key": key},
                {
                    "label": _t(label, "zh"),
                    "value": value,
                    "unit": unit,
                    "period_start": dt.date.fromisoformat(start_s) if start_s else None,
                    "period_end": dt.date.fromisoformat(end_s) if end_s else None,
                    "order": order,
                },
            )
        signed_onsite = _at(day, "11:50")
        for key, kind, title, summary, parties in (s.INSTITUTE_AGREEMENT, s.WTSH_AGREEMENT):
            agreement = upsert(
                Agreement,
                self.changes,
                {"key": key},
                {
                    "kind": kind,
                    "title": _t(title, "zh"),
                    "summary": _t(summary, "zh"),
                    "event": event,
                    "signed_at": signed_onsite,
                    "signing_mode": "",  # the report does not say how these were signed
                },
            )
            self._parties(agreement, parties)
        signed_online = _at(day, "16:00")
        for company in s.GERMAN_COMPANIES:
            self._org(
                company.key,
                "company",
                "DE",
                Text(company.name, company.name, company.name),
                "de",
                city=_t(company.city, "de"),
            )
            self._classify(self.orgs[company.key], [company.sector], [company.theme])
            project = upsert(
                Project,
                self.changes,
                {"key": f"{company.key}-shaoxing"},
                {
                    "organisation": self.orgs[company.key],
                    "kind": "invest",
                    "title": _t(company.project_title, "de"),
                    "summary": _t(company.project_summary, "de"),
                    "stage": ProjectStage.INTENT_SIGNED,
                    "visibility": "public",
                    "moderation": "published",
                    "preferred_regions": "Shaoxing",
                },
            )
            self._classify(project, [company.sector], [company.theme])
            theme = s.SIGNING_THEME_TITLES[company.theme]
            agreement = upsert(
                Agreement,
                self.changes,
                {"key": f"agr-2020-{company.key.removeprefix('de-2020-')}"},
                {
                    "kind": "intent",
                    "title": _t(
                        Text(
                            f"Letter of intent: {company.name} — {theme.en}",
                            f"Absichtserklärung: {company.name} – {theme.de}",
                            f"投资意向书：{company.name}（{theme.zh}）",
                        ),
                        "zh",
                    ),
                    "project": project,
                    "event": event,
                    "signed_at": signed_online,
                    "signing_mode": "online",
                },
            )
            self._classify(agreement, [company.sector], [company.theme])
            self._parties(agreement, [company.key, "cn-yuecheng", "cn-binhai"])

    def _parties(self, agreement: Agreement, keys: list[str]) -> None:
        # The 2020 signings were announced in the press by the parties: consent to show them.
        for order, key in enumerate(keys):
            upsert(
                AgreementParty,
                self.changes,
                {"agreement": agreement, "organisation": self.orgs[key]},
                {"order": order, "public_consent": True},
            )

    def _summit_2026(self) -> None:
        s = summit2026
        first_day = dt.date(2026, 12, 10)
        event = upsert(
            Event,
            self.changes,
            {"key": s.EVENT_KEY},
            {
                "edition": 9,
                "name": _t(s.NAME, "zh"),
                "theme": _t(s.THEME, "zh"),
                "description": _t(s.DESCRIPTION, "zh"),
                "city": _t(summit2020.CITY, "zh"),
                "venue": {},
                "time_zone": "Asia/Shanghai",
                "starts_at": _at(first_day, "09:00"),
                "ends_at": _at(first_day + dt.timedelta(days=1), "17:00"),
                "hybrid": True,
                "status": EventStatus.PREPARATION,
            },
        )
        for role, keys in {
            "host": ["cn-shaoxing-gov"],
            "organiser": ["cn-yuecheng", "cn-binhai", "cn-zj-invest"],
        }.items():
            for order, key in enumerate(keys):
                upsert(
                    EventOrganiser,
                    self.changes,
                    {"event": event, "organisation": self.orgs[key], "role": role},
                    {"order": order},
                )
        for key, kind, offset, start, end, online, title, capacity in s.SESSIONS:
            day = first_day + dt.timedelta(days=offset)
            upsert(
                Session,
                self.changes,
                {"event": event, "key": key},
                {
                    "kind": kind,
                    "title": _t(title, "zh"),
                    "starts_at": _at(day, start),
                    "ends_at": _at(day, end),
                    "time_zone": "Asia/Shanghai",
                    "online": online,
                    "capacity": capacity,
                },
            )

    def _synthetic(self, data: SyntheticData) -> None:
        for spec in data.organisations:
            self._org_from_spec(spec)
        for p in data.projects:
            project = upsert(
                Project,
                self.changes,
                {"key": p.key},
                {
                    "organisation": self.orgs[p.org_key],
                    "kind": p.kind,
                    "title": _t(p.title, "de"),
                    "summary": _t(p.summary, "de"),
                    "investment": p.investment,
                    "currency": p.currency,
                    "jobs": p.jobs,
                    "land_mu": p.land_mu,
                    "land_m2": p.land_m2,
                    "factory_m2": p.factory_m2,
                    "office_m2": p.office_m2,
                    "needs_talent": p.needs_talent,
                    "needs_certification": p.needs_certification,
                    "needs_subsidies": p.needs_subsidies,
                    "start": dt.date.fromisoformat(f"{p.start}-01") if p.start else None,
                    "preferred_regions": ", ".join(p.preferred_regions),
                    "visibility": p.visibility,
                    "stage": ProjectStage.PUBLISHED,
                    "moderation": "published",
                },
            )
            self._classify(project, p.sectors, p.tags)
        for o in data.offers:
            offer = upsert(
                Offer,
                self.changes,
                {"key": o.key},
                {
                    "organisation": self.orgs[o.org_key],
                    "kind": o.kind,
                    "title": _t(o.title, "zh"),
                    "summary": _t(o.summary, "zh"),
                    "land_mu": o.land_mu,
                    "land_m2": o.land_m2,
                    "factory_m2": o.factory_m2,
                    "flats": o.flats,
                    "subsidy_amount": o.subsidy_amount,
                    "contact_name": o.contact_name,
                    "contact_email": o.contact_email,
                },
            )
            self._classify(offer, o.sectors, o.tags)
        for e in data.experts:
            original = "de" if e.country == "DE" else "zh" if e.country == "CN" else "en"
            full = f"{e.given_name} {e.family_name}"
            expert = upsert(
                Expert,
                self.changes,
                {"key": e.key},
                {
                    "name": _t(Text(full, full, e.name_zh), original),
                    "affiliation": _t(e.affiliation, original),
                    "country": e.country,
                    "languages": list(e.languages),
                    "bio": _t(e.bio, original),
                    "contact_email": e.email,
                },
            )
            self._classify(expert, e.fields, e.tags, sector_field="fields")

    def _accounts(self) -> None:
        memberships = {
            "officer": ("cn-yuecheng", "Investment promotion officer", True, False),
            "company": ("de-2020-auerbach", "Head of business development China", True, True),
        }
        for account in DEMO_ACCOUNTS:
            user = User.objects.filter(username=account.username).first()
            if user is None:
                user = User(
                    username=account.username,
                    role=account.role,
                    approved=True,
                    email=f"{account.username}@qiao.example",
                    is_staff=account.role == Role.ORGANISER,
                    is_superuser=account.role == Role.ORGANISER,
                    language="de"
                    if account.role == Role.COMPANY
                    else "zh-hans"
                    if account.role == Role.OFFICER
                    else "en",
                    time_zone="Europe/Berlin" if account.role in (Role.COMPANY, Role.EXPERT) else "Asia/Shanghai",
                    password=make_password(account.password),
                )
                user.save()
                self.changes.count("created", User)
            mark_email_verified(user)  # demo accounts sign in without a verification mail
            if account.username in memberships:
                org_key, title, is_admin, can_sign = memberships[account.username]
                upsert(
                    Membership,
                    self.changes,
                    {"person": user, "organisation": self.orgs[org_key]},
                    {"job_title": title, "is_admin": is_admin, "can_sign": can_sign},
                )
        expert_profile = Expert.objects.order_by("key").first()
        expert_user = User.objects.get(username="expert")
        if (
            expert_profile is not None
            and expert_profile.person_id is None
            and not hasattr(expert_user, "expert_profile")
        ):
            expert_profile.person = expert_user
            expert_profile.save(update_fields=["person", "updated_at"])
            self.changes.count("updated", Expert)

    def _meetings_2026(self) -> None:
        """Meeting slots, the demo people's registrations and one accepted request for 2026."""
        event = Event.objects.get(key=summit2026.EVENT_KEY)
        first = dt.date(2026, 12, 10)
        # Day 1 afternoon in Shaoxing is morning in Germany: onsite tables and online rooms.
        # Day 2 morning in Shaoxing is night in Germany: onsite only.
        blocks = [("d1-pm", first, "14:00", 7, 12, None), ("d2-am", first + dt.timedelta(days=1), "09:00", 6, 12, 0)]
        for block, day, start, count, tables, rooms in blocks:
            begin = _at(day, start)
            for n in range(count):
                slot_start = begin + dt.timedelta(minutes=30 * n)
                upsert(
                    MeetingSlot,
                    self.changes,
                    {"event": event, "starts_at": slot_start},
                    {
                        "ends_at": slot_start + dt.timedelta(minutes=30),
                        "block": block,
                        "tables": tables,
                        "rooms": rooms,
                    },
                )
        company, officer = User.objects.get(username="company"), User.objects.get(username="officer")
        upsert(Registration, self.changes, {"event": event, "person": company}, {"mode": "online"})
        upsert(
            Registration,
            self.changes,
            {"event": event, "person": officer},
            {"mode": "onsite", "onsite_from": first, "onsite_to": first + dt.timedelta(days=1)},
        )
        if not MeetingRequest.objects.filter(event=event, requester=company).exists():
            request = request_meeting(
                requester=company,
                event=event,
                from_organisation=self.orgs["de-2020-auerbach"],
                to_organisation=self.orgs["cn-yuecheng"],
                priority=Priority.MUST,
                message="Wir möchten den Servicestützpunkt in Binhai besprechen.",
            )
            accept_request(request, by=officer)
            self.changes.count("created", MeetingRequest)


def load_demo(synthetic: SyntheticData | None = None, actor: object = None) -> Changes:
    """Load or refresh the whole demo in one transaction.

    Side effects: upserts every demo row; writes audit entry ``demo.loaded`` when anything
    changed (a second run changes nothing and writes nothing).
    """
    with transaction.atomic():
        changes = DemoLoader(synthetic).run()
        if changes.total:
            audit.record(actor, "demo.loaded", None, created=changes.created, updated=changes.updated)
    return changes
