"""GET /healthz: every check answers; a broken database turns the answer into a 503."""

from __future__ import annotations

import pytest
from django.db import OperationalError, connection

from tests.factories import ProjectFactory

pytestmark = pytest.mark.django_db


def test_healthz_is_ok_and_reports_every_check(client):
    ProjectFactory()

    response = client.get("/healthz")

    body = response.json()
    assert response.status_code == 200
    assert body["status"] == "ok"
    assert set(body["checks"]) == {"database", "queue", "search", "matching"}
    assert body["checks"]["database"] == {"status": "ok", "vendor": connection.vendor}
    assert body["checks"]["queue"]["backend"] == "database"
    assert body["checks"]["search"]["status"] == "ok"
    assert body["checks"]["search"]["documents"] >= 1
    assert response["Cache-Control"].startswith("max-age=0")


def test_healthz_counts_waiting_tasks(client, settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}}
    from tests.ops import tasks

    tasks.always_fails.enqueue(1)
    tasks.always_fails.enqueue(2)

    queue = client.get("/healthz").json()["checks"]["queue"]

    assert (queue["ready"], queue["running"], queue["dead_letters"]) == (2, 0, 0)


def test_healthz_answers_503_when_the_database_fails(db, client, monkeypatch):
    def broken_cursor(*args, **kwargs):
        raise OperationalError("could not connect to server")

    monkeypatch.setattr(connection, "cursor", broken_cursor)

    response = client.get("/healthz")

    body = response.json()
    assert response.status_code == 503
    assert body["status"] == "fail"
    assert body["checks"]["database"] == {"status": "fail", "error": "OperationalError"}
    assert "could not connect" not in response.content.decode()


def test_healthz_refuses_writes(client):
    assert client.post("/healthz").status_code == 405


def test_healthz_is_not_redirected_to_https_behind_a_plain_http_probe(client, settings):
    settings.SECURE_SSL_REDIRECT = True

    assert client.get("/healthz").status_code == 200
    assert client.get("/en/").status_code == 301
