"""The OpenAPI generator: every operation documents the shared error body for its error codes."""

from __future__ import annotations

from typing import Any

from drf_spectacular.openapi import AutoSchema as SpectacularAutoSchema
from drf_spectacular.utils import OpenApiResponse

from qiao.api.errors import ErrorSerializer
from qiao.api.filters import list_parameters

ERRORS = {
    "400": "The query or body is not valid (code names the problem; fields names the parameters).",
    "401": "Not signed in, or the token is not valid or was revoked.",
    "403": "Signed in, but not allowed to do this.",
    "404": "Not found, or not visible to you.",
    "429": "Too many requests for this token; see Retry-After.",
}
WRITE_ERRORS = {
    "409": "The object changed meanwhile or is in a state that does not allow this.",
    "415": "Send the body as application/json.",
}


class AutoSchema(SpectacularAutoSchema):
    def get_override_parameters(self) -> list[Any]:
        """A list view's declared filters and ordering (qiao.api.filters) as query parameters."""
        params: list[Any] = list(super().get_override_parameters())
        filters = getattr(self.view, "api_filters", None)
        if self.method == "GET" and filters is not None:
            params += list_parameters(filters, getattr(self.view, "api_ordering", ()))
        return params

    def _get_response_bodies(self, direction: Any = "response") -> dict[str, Any]:
        responses: dict[str, Any] = super()._get_response_bodies(direction)
        if direction != "response":
            return responses
        errors = dict(ERRORS)
        if self.method in ("POST", "PUT", "PATCH"):
            errors.update(WRITE_ERRORS)
        for code, description in errors.items():
            if code not in responses:
                responses[code] = self._get_response_for_code(  # type: ignore[no-untyped-call]
                    OpenApiResponse(ErrorSerializer, description=description), code, direction=direction
                )
        return responses
