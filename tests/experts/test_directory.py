"""The think tank's directory: public fields for everyone, the contact for organisers and the expert."""

from __future__ import annotations

import pytest
from django.urls import reverse
from django.utils import translation

from qiao.accounts.enums import Role
from qiao.core import translated
from qiao.experts.models import Expert
from qiao.sectors.models import Sector
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def think_tank(db):
    laser_field = Sector.objects.create(code="C28", name=translated.make("en", en="Machinery"))
    textile_field = Sector.objects.create(code="C13", name=translated.make("en", en="Textiles"))
    person = UserFactory(role=Role.EXPERT)
    german = Expert.objects.create(
        key="anna-weber",
        person=person,
        name=translated.make("de", de="Anna Weber"),
        affiliation=translated.make("de", de="Fraunhofer ILT"),
        country="DE",
        languages=["de", "en"],
        bio=translated.make("de", de="Lasertechnik und additive Fertigung."),
        contact_email="anna.weber@private.example",
    )
    german.fields.add(laser_field)
    chinese = Expert.objects.create(
        key="li-hua",
        name=translated.make("zh", zh="李华"),
        affiliation=translated.make("zh", zh="浙江大学"),
        country="CN",
        languages=["zh-hans", "en"],
        bio=translated.make("zh", zh="纺织印染专家。"),
        contact_email="li.hua@private.example",
    )
    chinese.fields.add(textile_field)
    return {"german": german, "chinese": chinese, "person": person}


def _url(name, *args, language="en"):
    with translation.override(language):
        return reverse(f"experts:{name}", args=args)


def test_directory_is_public_and_shows_no_contact(client, think_tank):
    page = client.get(_url("directory")).content.decode()

    assert "Anna Weber" in page
    assert "李华" in page
    assert "private.example" not in page


def test_directory_filters_by_field_and_language(client, think_tank):
    by_field = client.get(_url("directory"), {"field": "C13"}).content.decode()
    by_language = client.get(_url("directory"), {"language": "de"}).content.decode()

    assert ("李华" in by_field, "Anna Weber" in by_field) == (True, False)
    assert ("Anna Weber" in by_language, "李华" in by_language) == (True, False)


def test_unknown_filter_values_get_a_message_not_an_error(client, think_tank):
    response = client.get(_url("directory"), {"field": "X99", "language": "tlh"})

    page = response.content.decode()
    assert response.status_code == 200
    assert "Choose a field from the list." in page
    assert "Choose a language from the list." in page
    assert "Anna Weber" in page


@pytest.mark.parametrize(
    ("who", "sees_contact"),
    [
        ("anonymous", False),
        ("visitor", False),
        ("officer", False),
        ("company", False),
        ("other_expert", False),
        ("the_expert", True),
        ("organiser", True),
    ],
)
def test_contact_is_shown_to_organisers_and_the_expert_only(client, think_tank, who, sees_contact):
    people = {
        "visitor": UserFactory(role=Role.VISITOR),
        "officer": UserFactory(role=Role.OFFICER),
        "company": UserFactory(role=Role.COMPANY),
        "other_expert": UserFactory(role=Role.EXPERT),
        "the_expert": think_tank["person"],
        "organiser": UserFactory(role=Role.ORGANISER),
    }
    if who != "anonymous":
        client.force_login(people[who])

    page = client.get(_url("detail", "anna-weber")).content.decode()

    assert "Lasertechnik und additive Fertigung." in page
    assert ("anna.weber@private.example" in page) is sees_contact


def test_unknown_expert_is_404(client, think_tank):
    assert client.get(_url("detail", "nobody")).status_code == 404


def test_directory_in_chinese_shows_chinese_labels(client, think_tank):
    page = client.get(_url("directory", language="zh-hans")).content.decode()

    assert "专家智库" in page
    assert "德语" in page
