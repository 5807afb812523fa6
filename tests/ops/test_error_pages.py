"""The error pages: 503 with Retry-After while the database is down, the site's 500 page otherwise."""

from __future__ import annotations

import pytest
from django.db import OperationalError
from django.test import Client
from django.urls import path

from qiao.urls import urlpatterns as site_urls


def _database_down(request):
    raise OperationalError("connection refused")


def _bug(request):
    raise ValueError("a bug")


urlpatterns = [path("down/", _database_down), path("bug/", _bug), *site_urls]
handler500 = "qiao.ops.views.server_error"


@pytest.fixture
def raw_client(settings):
    settings.ROOT_URLCONF = __name__
    return Client(raise_request_exception=False)


def test_database_outage_answers_503_in_three_languages(raw_client) -> None:
    response = raw_client.get("/down/")

    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    html = response.content.decode()
    assert "cannot reach its database" in html
    assert "无法连接数据库" in html
    assert "Datenbank" in html


def test_other_errors_answer_the_sites_500_page(raw_client) -> None:
    response = raw_client.get("/bug/")

    assert response.status_code == 500
    assert "Retry-After" not in response
    assert "has been logged" in response.content.decode()
