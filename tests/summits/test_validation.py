import datetime as dt

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation

from qiao.organisations.models import Organisation
from tests.factories import CST, EventFactory, OrganisationFactory, SessionFactory

pytestmark = pytest.mark.django_db


def test_session_ending_before_it_starts_is_refused_in_german():
    session = SessionFactory.build(event=EventFactory(), ends_at=dt.datetime(2026, 12, 10, 8, 0, tzinfo=CST))

    with translation.override("de"):
        with pytest.raises(ValidationError) as error:
            session.full_clean()

        assert "Ende" in error.value.message_dict["ends_at"][0]


def test_event_with_unknown_time_zone_is_refused():
    event = EventFactory.build(time_zone="Europe/Shaoxing")

    with pytest.raises(ValidationError) as error:
        event.full_clean()

    assert list(error.value.message_dict) == ["time_zone"]


def test_online_link_on_onsite_session_is_refused():
    session = SessionFactory.build(event=EventFactory(), online=False, online_link="https://meet.example/x")

    with pytest.raises(ValidationError) as error:
        session.full_clean()

    assert list(error.value.message_dict) == ["online_link"]


def test_organisation_with_unknown_country_is_refused():
    organisation: Organisation = OrganisationFactory.build(country="XX")

    with pytest.raises(ValidationError) as error:
        organisation.full_clean()

    assert list(error.value.message_dict) == ["country"]
