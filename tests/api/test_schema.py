"""The served OpenAPI schema validates and documents every endpoint; the docs page is built from it."""

from __future__ import annotations

import pytest
from drf_spectacular.validation import validate_schema

from qiao.api.docs import openapi_schema

pytestmark = pytest.mark.django_db

EXPECTED_PATHS = {
    "/api/v1/organisations/",
    "/api/v1/projects/{key}/matches/",
    "/api/v1/offers/",
    "/api/v1/meeting-requests/{id}/accept/",
    "/api/v1/agenda/",
    "/api/v1/agreements/",
    "/api/v1/cases/{id}/move/",
    "/api/v1/review-requests/",
    "/api/v1/trade/series/{reporter}/{partner}/",
}


def test_served_schema_is_valid_openapi(client):
    response = client.get("/api/v1/openapi.json")

    assert response.status_code == 200
    schema = response.json()
    validate_schema(schema)
    assert schema["openapi"].startswith("3.")
    assert set(schema["paths"]) >= EXPECTED_PATHS


def test_every_operation_documents_the_error_body():
    schema = openapi_schema()
    for path, item in schema["paths"].items():
        for method, operation in item.items():
            error = operation["responses"]["400"]["content"]["application/json"]["schema"]
            assert error == {"$ref": "#/components/schemas/Error"}, (method, path)
    assert set(schema["components"]["schemas"]["Error"]["required"]) == {"code", "message", "fields"}


def test_docs_page_lists_operations_without_inline_scripts(client):
    response = client.get("/api/v1/docs/", HTTP_ACCEPT_LANGUAGE="de")

    html = response.content.decode()
    assert response.status_code == 200
    assert "/api/v1/cases/{id}/move/" in html
    assert "<script>" not in html
    assert "cdn" not in html.lower()
    assert "script-src 'self'" in response["Content-Security-Policy"]
