"""The profile page: name, language and time zone, effective from the next request."""

from __future__ import annotations

import pytest

from qiao.core.models import AuditEntry
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def _profile(**overrides):
    data = {"first_name": "Anna", "last_name": "Auerbach", "language": "de", "time_zone": "Europe/Berlin"}
    data.update(overrides)
    return data


def test_profile_change_switches_language_and_time_zone(client):
    user = UserFactory(language="en", time_zone="Asia/Shanghai")
    client.force_login(user)

    response = client.post("/en/accounts/profile/", _profile())

    assert response.status_code == 302
    assert response["Location"].endswith("/de/accounts/profile/")
    assert client.cookies["django_language"].value == "de"
    user.refresh_from_db()
    assert (user.first_name, user.language, user.time_zone) == ("Anna", "de", "Europe/Berlin")
    page = client.get("/de/accounts/profile/")
    assert page.context["active_time_zone"] == "Europe/Berlin"
    assert "Ihr Profil wurde gespeichert." in page.content.decode()
    assert AuditEntry.objects.filter(action="account.profile_changed", object_id=str(user.pk)).count() == 1


def test_unprefixed_address_opens_in_the_profile_language_after_change(client):
    client.force_login(UserFactory(language="en"))
    client.post("/en/accounts/profile/", _profile(language="zh-hans", time_zone="Asia/Shanghai"))

    response = client.get("/")

    assert response.status_code == 302
    assert response["Location"] == "/zh-hans/"


def test_profile_refuses_unknown_time_zone(client):
    user = UserFactory(time_zone="Asia/Shanghai")
    client.force_login(user)

    response = client.post("/de/accounts/profile/", _profile(time_zone="Europe/Atlantis"))

    assert response.status_code == 200
    assert "ist keine bekannte Zeitzone" in response.content.decode()
    user.refresh_from_db()
    assert user.time_zone == "Asia/Shanghai"


def test_profile_refuses_unknown_language(client):
    user = UserFactory(language="en")
    client.force_login(user)

    response = client.post("/en/accounts/profile/", _profile(language="xx"))

    assert response.status_code == 200
    user.refresh_from_db()
    assert user.language == "en"


def test_profile_requires_sign_in(client):
    response = client.get("/en/accounts/profile/")

    assert response.status_code == 302
    assert response["Location"].startswith("/en/accounts/login/")
