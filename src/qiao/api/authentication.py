"""Token authentication: ``Authorization: Bearer qiao_…`` (or ``Token qiao_…``)."""

from __future__ import annotations

from typing import Any

from django.utils.translation import gettext_lazy as _
from drf_spectacular.extensions import OpenApiAuthenticationExtension
from rest_framework import exceptions
from rest_framework.authentication import BaseAuthentication, get_authorization_header
from rest_framework.request import Request

from qiao.api.domain.tokens import mark_used, token_for_secret

KEYWORDS = (b"bearer", b"token")
SCHEME_DESCRIPTION = (
    "A personal API token (qiao_…), created on the account's token page. A token signs in without "
    "the authenticator code, so people with two-factor sign-in on can only create one from a session "
    "that confirmed a code. Every read of personal data (e.g. meeting request messages) is audited."
)


class ApiTokenAuthentication(BaseAuthentication):  # type: ignore[misc]  # DRF ships no types
    """Looks the token up by its prefix and checks the SHA-256 of the secret; revoked tokens fail."""

    def authenticate(self, request: Request) -> tuple[Any, Any] | None:
        parts = get_authorization_header(request).split()
        if not parts or parts[0].lower() not in KEYWORDS:
            return None
        if len(parts) != 2:
            raise exceptions.AuthenticationFailed(_("Send the header as “Authorization: Bearer <token>”."))
        try:
            secret = parts[1].decode("ascii")
        except UnicodeDecodeError as bad:
            raise exceptions.AuthenticationFailed(_("This token is not valid or was revoked.")) from bad
        token = token_for_secret(secret)
        if token is None or not token.user.is_active:
            raise exceptions.AuthenticationFailed(_("This token is not valid or was revoked."))
        mark_used(token)
        return token.user, token

    def authenticate_header(self, request: Request) -> str:
        return 'Bearer realm="api"'


class ApiTokenScheme(OpenApiAuthenticationExtension):  # type: ignore[no-untyped-call]
    """Describes the token scheme in the OpenAPI schema."""

    target_class = "qiao.api.authentication.ApiTokenAuthentication"
    name = "tokenAuth"

    def get_security_definition(self, auto_schema: Any) -> dict[str, str]:
        return {"type": "http", "scheme": "bearer", "description": SCHEME_DESCRIPTION}
