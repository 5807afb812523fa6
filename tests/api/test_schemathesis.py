"""Schemathesis against the served OpenAPI schema, through the WSGI app, with an organiser's token.

Every operation gets at least 50 generated examples (hypothesis, derandomised so CI runs are
reproducible); each response must not be a server error, must match its documented schema
and must use a documented status code. A stateful run then chains operations along the links
schemathesis infers (an id returned by one call fed into the next). Runs once in CI (marker
`once`), not again in the PostgreSQL rerun; about three minutes on two cores.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
import schemathesis
from django.core import signals
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import response_schema_conformance, status_code_conformance

from qiao.api.domain.tokens import create_token
from tests.api.conftest import build_world

pytestmark = [pytest.mark.once, pytest.mark.django_db]

# Django's WSGI handler, not qiao.wsgi: that module also starts the matching warm-up thread.
application = get_wsgi_application()
schema = schemathesis.openapi.from_wsgi("/api/v1/openapi.json", application)
CHECKS = [not_a_server_error, response_schema_conformance, status_code_conformance]
HEALTH = [HealthCheck.function_scoped_fixture, HealthCheck.too_slow, HealthCheck.filter_too_much]


@pytest.fixture(autouse=True)
def _keep_the_test_connection() -> Iterator[None]:
    """Calls through the WSGI app must not close the test's connection after each request
    (Django's test client does the same); PostgreSQL would lose the test transaction."""
    signals.request_started.disconnect(close_old_connections)
    signals.request_finished.disconnect(close_old_connections)
    yield
    signals.request_started.connect(close_old_connections)
    signals.request_finished.connect(close_old_connections)


@pytest.fixture
def token(fresh_engine: None) -> str:
    """A populated platform and an organiser's token (organisers reach every operation)."""
    world = build_world()
    return create_token(world.organiser, "schemathesis").secret


@schema.parametrize()
@settings(max_examples=50, deadline=None, derandomize=True, suppress_health_check=HEALTH)
def test_api_conforms_to_its_schema(case: Any, token: str) -> None:
    case.call_and_validate(headers={"Authorization": f"Bearer {token}"}, checks=CHECKS)


def test_api_workflows_conform_to_the_schema(token: str) -> None:
    class Workflow(schema.as_state_machine()):  # type: ignore[misc]
        def get_call_kwargs(self, case: Any) -> dict[str, Any]:
            return {"headers": {"Authorization": f"Bearer {token}"}}

        def validate_response(self, response: Any, case: Any, additional_checks: Any = None, **kwargs: Any) -> None:
            case.validate_response(response, checks=CHECKS, transport_kwargs=kwargs or None, recorder=self.recorder)

    Workflow.run(
        settings=settings(
            max_examples=30, stateful_step_count=6, deadline=None, derandomize=True, suppress_health_check=HEALTH
        )
    )
