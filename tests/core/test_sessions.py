"""A session that cannot be saved because the database is down is an outage (503), not a 400."""

from __future__ import annotations

import pytest
from django.contrib.sessions.models import Session
from django.db import DatabaseError, OperationalError

from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def _saving_fails_with(monkeypatch, error: Exception) -> None:
    def fail(self, *args, **kwargs):
        raise error

    monkeypatch.setattr(Session, "save", fail)


@pytest.mark.parametrize("engine", ["qiao.core.sessions.db", "qiao.core.sessions.cached_db"])
def test_a_lost_database_connection_while_saving_the_session_answers_503(client, monkeypatch, settings, engine):
    settings.SESSION_ENGINE = engine
    client.force_login(UserFactory())
    client.raise_request_exception = False
    _saving_fails_with(monkeypatch, OperationalError("connection to server at 127.0.0.1 refused"))

    response = client.post("/en/preferences/time-zone/", {"time_zone": "Europe/Berlin", "next": "/en/"})

    assert response.status_code == 503
    assert response["Retry-After"]


def test_a_session_deleted_meanwhile_is_still_djangos_400(client, monkeypatch):
    client.force_login(UserFactory())
    client.raise_request_exception = False
    _saving_fails_with(monkeypatch, DatabaseError("Forced update did not affect any rows."))

    response = client.post("/en/preferences/time-zone/", {"time_zone": "Europe/Berlin", "next": "/en/"})

    assert response.status_code == 400
