"""The OpenAPI schema (JSON) and a server-rendered documentation page built from it.

No Swagger UI or Redoc: they would load scripts from a CDN, which the strict CSP and the
offline deployments forbid. The page lists every operation with its parameters and answers.
"""

from __future__ import annotations

import functools
from typing import Any

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import get_language
from drf_spectacular.generators import SchemaGenerator
from drf_spectacular.utils import extend_schema
from rest_framework.permissions import AllowAny
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

METHODS = ("get", "post", "put", "patch", "delete")


@functools.cache
def _schema(language: str) -> dict[str, Any]:
    generator = SchemaGenerator(api_version="1")  # type: ignore[no-untyped-call]
    result: dict[str, Any] = generator.get_schema(request=None, public=True)  # type: ignore[no-untyped-call]
    return result


def openapi_schema() -> dict[str, Any]:
    """The schema in the active language (enum labels are translated); generated once per language."""
    return _schema(get_language() or "en")


class SchemaView(APIView):  # type: ignore[misc]  # DRF ships no types
    permission_classes = [AllowAny]

    @extend_schema(exclude=True)
    def get(self, request: Request) -> Response:
        return Response(openapi_schema(), headers={"Content-Type": "application/vnd.oai.openapi+json"})


schema_view = SchemaView.as_view()


def _resolve(schema: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    ref = node.get("$ref", "")
    if ref.startswith("#/components/schemas/"):
        return dict(schema["components"]["schemas"].get(ref.rsplit("/", 1)[1], {}))
    return node


def _type(schema: dict[str, Any], node: dict[str, Any]) -> str:
    node = _resolve(schema, node or {})
    if "enum" in node:
        return " | ".join(str(v) for v in node["enum"] if v is not None)
    if node.get("type") == "array":
        return f"[{_type(schema, node.get('items', {}))}]"
    return str(node.get("format") or node.get("type") or "object")


def operations(schema: dict[str, Any]) -> list[dict[str, Any]]:
    """The schema's operations as rows for the page: method, path, text, parameters, body fields, answers."""
    rows = []
    for path, item in schema.get("paths", {}).items():
        for method in METHODS:
            op = item.get(method)
            if op is None:
                continue
            body = op.get("requestBody", {}).get("content", {}).get("application/json", {}).get("schema", {})
            body_schema = _resolve(schema, body)
            required = set(body_schema.get("required", []))
            rows.append(
                {
                    "id": op.get("operationId", f"{method}-{path}"),
                    "method": method.upper(),
                    "path": path,
                    "tag": (op.get("tags") or ["api"])[0],
                    "description": op.get("description", ""),
                    "parameters": [
                        {
                            "name": p["name"],
                            "where": p["in"],
                            "type": _type(schema, p.get("schema", {})),
                            "required": p.get("required", False),
                            "description": p.get("description", ""),
                        }
                        for p in op.get("parameters", [])
                    ],
                    "body": [
                        {"name": name, "type": _type(schema, spec), "required": name in required}
                        for name, spec in body_schema.get("properties", {}).items()
                    ],
                    "responses": [
                        {"status": code, "description": r.get("description", "")}
                        for code, r in sorted(op.get("responses", {}).items())
                    ],
                    "secured": bool(op.get("security")),
                }
            )
    return rows


def docs_page(request: HttpRequest) -> HttpResponse:
    """The API documentation, in the site's design, generated from the same schema as openapi.json."""
    schema = openapi_schema()
    return render(request, "api/docs.html", {"schema": schema, "operations": operations(schema)})
