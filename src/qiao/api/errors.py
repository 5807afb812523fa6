"""One error body for every API failure: a machine code, a message in the request's language, fields.

``{"code": "invalid", "message": "…", "fields": {"page_size": ["…"]}}``. LocaleMiddleware
activates the language from Accept-Language (the API has no language prefix), so DRF's and
our messages arrive translated.
"""

from __future__ import annotations

from typing import Any

from django.core.exceptions import PermissionDenied as DjangoPermissionDenied
from django.http import Http404, HttpRequest, JsonResponse
from django.utils.translation import gettext as _
from rest_framework import exceptions, serializers, status
from rest_framework.response import Response
from rest_framework.views import set_rollback

from qiao.api.domain.tokens import TokenError
from qiao.meetings.domain.requests import MeetingRequestError
from qiao.pipeline.domain.cases import PipelineError


class ApiError(exceptions.APIException):  # type: ignore[misc]  # DRF ships no types
    """An error with its own code, status and optional field messages."""

    def __init__(
        self, code: str, message: str, status_code: int = 400, fields: dict[str, list[str]] | None = None
    ) -> None:
        super().__init__(detail=message, code=code)
        self.status_code = status_code
        self.error_code = code
        self.fields = fields or {}


class ErrorSerializer(serializers.Serializer):  # type: ignore[misc]  # DRF ships no types
    """The body of every error response."""

    code = serializers.CharField(help_text="A stable machine-readable code, e.g. not_found or invalid_parameter.")
    message = serializers.CharField(help_text="What went wrong, in the language asked for by Accept-Language.")
    fields = serializers.DictField(
        child=serializers.ListField(child=serializers.CharField()),
        help_text="Messages per field or parameter, when the input was at fault.",
    )


# DRF's exception classes and the codes they answer with.
CODES: list[tuple[type[exceptions.APIException], str]] = [
    (exceptions.NotAuthenticated, "not_authenticated"),
    (exceptions.AuthenticationFailed, "authentication_failed"),
    (exceptions.PermissionDenied, "permission_denied"),
    (exceptions.NotFound, "not_found"),
    (exceptions.MethodNotAllowed, "method_not_allowed"),
    (exceptions.NotAcceptable, "not_acceptable"),
    (exceptions.UnsupportedMediaType, "unsupported_media_type"),
    (exceptions.Throttled, "throttled"),
    (exceptions.ParseError, "parse_error"),
    (exceptions.ValidationError, "invalid"),
]

MEETING_STATUS = {"illegal_transition": 409, "duplicate": 409, "not_member": 403, "not_recipient": 403}
MEETING_STATUS["not_requester"] = 403


def body(code: str, message: str, fields: dict[str, list[str]] | None = None) -> dict[str, Any]:
    return {"code": code, "message": message, "fields": fields or {}}


def _flatten(detail: Any) -> list[str]:
    if isinstance(detail, dict):
        return [m for value in detail.values() for m in _flatten(value)]
    if isinstance(detail, list):
        return [m for item in detail for m in _flatten(item)]
    return [str(detail)]


def _fields(detail: Any) -> dict[str, list[str]]:
    if not isinstance(detail, dict):
        return {}
    return {str(name): _flatten(value) for name, value in detail.items()}


def _translate(exc: Exception) -> exceptions.APIException:
    """Django's and the domain's exceptions as API exceptions."""
    if isinstance(exc, Http404):
        return exceptions.NotFound(_("Not found."))
    if isinstance(exc, DjangoPermissionDenied):
        return exceptions.PermissionDenied()
    if isinstance(exc, PipelineError):
        return ApiError(f"pipeline.{exc.code}", str(exc), 409 if exc.code == "version" else 400)
    if isinstance(exc, MeetingRequestError):
        return ApiError(f"meeting_request.{exc.code}", str(exc), MEETING_STATUS.get(exc.code, 400))
    if isinstance(exc, TokenError):
        return ApiError(f"token.{exc.code}", str(exc))
    assert isinstance(exc, exceptions.APIException)
    return exc


def exception_handler(exc: Exception, context: dict[str, Any]) -> Response | None:
    """DRF's exception handler in the one shape; unknown exceptions stay 500s (and are logged)."""
    known = Http404 | DjangoPermissionDenied | PipelineError | MeetingRequestError | TokenError
    if not isinstance(exc, known | exceptions.APIException):
        return None
    api_exc = _translate(exc)
    headers: dict[str, str] = {}
    if getattr(api_exc, "auth_header", None):
        headers["WWW-Authenticate"] = str(api_exc.auth_header)
    if getattr(api_exc, "wait", None) is not None:
        headers["Retry-After"] = str(int(api_exc.wait))
    if isinstance(api_exc, ApiError):
        data = body(api_exc.error_code, str(api_exc.detail), api_exc.fields)
    else:
        code = next((c for cls, c in CODES if isinstance(api_exc, cls)), "error")
        fields = _fields(api_exc.detail)
        if isinstance(api_exc, exceptions.ValidationError):
            message = _("Some of the data sent is not valid.") if fields else _flatten(api_exc.detail)[0]
        else:
            message = _flatten(api_exc.detail)[0]
        data = body(code, message, fields)
    set_rollback()
    return Response(data, status=api_exc.status_code, headers=headers)


def not_found(request: HttpRequest, *args: Any, **kwargs: Any) -> JsonResponse:
    """Any unknown path under /api/v1/: a 404 in the API's error shape, not the site's HTML page."""
    return JsonResponse(body("not_found", _("Not found.")), status=status.HTTP_404_NOT_FOUND)
