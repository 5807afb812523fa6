"""factory_boy factories: the one way tests build domain objects."""

from __future__ import annotations

import datetime as dt
import zoneinfo

import factory

from qiao.accounts.enums import Role
from qiao.accounts.models import Membership, User
from qiao.core import translated
from qiao.organisations.models import Organisation
from qiao.projects.models import Offer, Project
from qiao.summits.models import Event, Session

CST = zoneinfo.ZoneInfo("Asia/Shanghai")


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"person{n}")
    email = factory.LazyAttribute(lambda u: f"{u.username}@qiao.example")
    role = Role.VISITOR
    approved = True
    password = factory.PostGenerationMethodCall("set_password", "correct-horse-battery")

    @factory.post_generation
    def _save(obj, create, extracted, **kwargs):  # noqa: N805 - factory_boy hook signature
        if create:
            obj.save()


class OrganisationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Organisation

    key = factory.Sequence(lambda n: f"org-{n}")
    kind = "company"
    country = "DE"
    name = factory.Sequence(lambda n: translated.make("de", de=f"Firma {n} GmbH", en=f"Company {n} Ltd"))


class MembershipFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Membership

    person = factory.SubFactory(UserFactory)
    organisation = factory.SubFactory(OrganisationFactory)


class ProjectFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Project

    key = factory.Sequence(lambda n: f"project-{n}")
    organisation = factory.SubFactory(OrganisationFactory)
    kind = "invest"
    title = factory.Sequence(lambda n: translated.make("de", de=f"Projekt {n}"))
    stage = "published"
    visibility = "public"
    moderation = "published"


class OfferFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Offer

    key = factory.Sequence(lambda n: f"offer-{n}")
    organisation = factory.SubFactory(OrganisationFactory, country="CN", kind="park")
    kind = "land"
    title = factory.Sequence(lambda n: translated.make("zh", zh=f"工业用地{n}"))


class EventFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Event

    key = factory.Sequence(lambda n: f"event-{n}")
    name = factory.Sequence(lambda n: translated.make("en", en=f"Summit {n}"))
    starts_at = dt.datetime(2026, 12, 10, 9, 0, tzinfo=CST)
    ends_at = dt.datetime(2026, 12, 10, 18, 0, tzinfo=CST)
    status = "published"


class SessionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Session

    event = factory.SubFactory(EventFactory)
    key = factory.Sequence(lambda n: f"session-{n}")
    kind = "forum"
    title = factory.Sequence(lambda n: translated.make("en", en=f"Session {n}", de=f"Sitzung {n}", zh=f"会议{n}"))
    starts_at = dt.datetime(2026, 12, 10, 9, 0, tzinfo=CST)
    ends_at = dt.datetime(2026, 12, 10, 10, 0, tzinfo=CST)
