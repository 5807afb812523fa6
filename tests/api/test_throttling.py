"""Rate limits per token: the next request over the limit is a 429 in the error shape."""

from __future__ import annotations

import pytest
from rest_framework.settings import api_settings

pytestmark = pytest.mark.django_db


@pytest.fixture
def tight_rates(settings):
    settings.REST_FRAMEWORK = {
        **settings.REST_FRAMEWORK,
        "DEFAULT_THROTTLE_RATES": {"user": "3/hour", "anon": "2/hour"},
    }
    yield
    api_settings.reload()


def test_token_over_its_rate_gets_429(world, tight_rates, api):
    client = api(world.visitor)
    statuses = [client.get("/api/v1/organisations/").status_code for _ in range(4)]

    refused = client.get("/api/v1/organisations/")

    assert statuses == [200, 200, 200, 429]
    assert refused.json()["code"] == "throttled"
    assert int(refused["Retry-After"]) > 0


def test_each_token_has_its_own_budget(world, tight_rates, api):
    first, second = api(world.visitor), api(world.visitor)
    for _ in range(3):
        first.get("/api/v1/organisations/")

    assert first.get("/api/v1/organisations/").status_code == 429
    assert second.get("/api/v1/organisations/").status_code == 200


def test_anonymous_rate_is_per_address(world, tight_rates, api):
    client = api()
    statuses = [client.get("/api/v1/organisations/").status_code for _ in range(3)]

    assert statuses == [200, 200, 429]
