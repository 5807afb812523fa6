"""API tokens: create (the secret is returned once), authenticate by hash, revoke."""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from typing import Any

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from qiao.accounts.domain.two_factor import check_sign_in_code, confirmed_device
from qiao.api.models import ApiToken
from qiao.core.domain import audit

#: Every token starts with this, so leaked tokens are easy to recognise and scan for.
TOKEN_START = "qiao_"  # noqa: S105 - a public marker, not a secret
MAX_NAME = 80
MAX_ACTIVE = 20


class TokenError(Exception):
    """A token request the rules refuse; the message is for the person."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


@dataclass(frozen=True)
class NewToken:
    """A token just created and its full secret, which is never stored and never shown again."""

    token: ApiToken
    secret: str


def hash_secret(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


def needs_second_factor(user: Any) -> bool:
    """Whether the person must confirm an authenticator code in this session before creating a token.

    A token signs in without the second factor, so only a session that passed it (django-otp's
    ``is_verified``, set by OTPMiddleware) may mint one for a person who has turned two-factor on.
    """
    if confirmed_device(user) is None:
        return False
    is_verified = getattr(user, "is_verified", None)
    return not (callable(is_verified) and is_verified())


def confirm_second_factor(user: Any, code: str) -> Any:
    """The person's authenticator device if the code is right; raises ValidationError otherwise.

    Side effects: the device remembers the code (it works once); audit ``api.second_factor_confirmed``.
    The caller marks the session verified (django_otp.login).
    """
    device = check_sign_in_code(user, code)
    with transaction.atomic():
        audit.record(user, "api.second_factor_confirmed", user)
    return device


def create_token(user: Any, name: str) -> NewToken:
    """Create a named token for the person; with two-factor on, only from a session that passed it.

    Side effects: an ApiToken holding the prefix and the SHA-256 of the secret; audit ``api.token_created``.
    """
    if needs_second_factor(user):
        raise TokenError("two_factor", _("Confirm a code from your authenticator app before creating a token."))
    name = name.strip()
    if not name:
        raise TokenError("name", _("Give the token a name."))
    if len(name) > MAX_NAME:
        raise TokenError("name", _("A token name may have at most %(max)d characters.") % {"max": MAX_NAME})
    with transaction.atomic():
        if ApiToken.objects.filter(user=user, revoked_at__isnull=True).count() >= MAX_ACTIVE:
            raise TokenError("too_many", _("You have %(max)d active tokens; revoke one first.") % {"max": MAX_ACTIVE})
        prefix = secrets.token_hex(4)
        secret = f"{TOKEN_START}{prefix}_{secrets.token_urlsafe(32)}"
        token = ApiToken.objects.create(user=user, name=name, prefix=prefix, secret_hash=hash_secret(secret))
        audit.record(user, "api.token_created", token, name=name, prefix=prefix)
    return NewToken(token, secret)


def revoke_token(token: ApiToken, by: Any) -> ApiToken:
    """Revoke a token at once; revoking twice changes nothing. Side effects: revoked_at; audit ``api.token_revoked``."""
    with transaction.atomic():
        locked = ApiToken.objects.select_for_update().get(pk=token.pk)
        if locked.revoked_at is None:
            locked.revoked_at = timezone.now()
            locked.save(update_fields=["revoked_at"])
            audit.record(by, "api.token_revoked", locked, prefix=locked.prefix)
    return locked


def token_for_secret(secret: str) -> ApiToken | None:
    """The active token with this secret, else None; compares hashes in constant time."""
    if not secret.startswith(TOKEN_START):
        return None
    prefix, _sep, rest = secret[len(TOKEN_START) :].partition("_")
    if not prefix or not rest:
        return None
    token = ApiToken.objects.select_related("user").filter(prefix=prefix, revoked_at__isnull=True).first()
    if token is None or not hmac.compare_digest(token.secret_hash, hash_secret(secret)):
        return None
    return token


def mark_used(token: ApiToken) -> None:
    """Note the last use, at most once a minute (a plain timestamp, not a state change)."""
    now = timezone.now()
    if token.last_used_at is None or (now - token.last_used_at).total_seconds() > 60:
        ApiToken.objects.filter(pk=token.pk).update(last_used_at=now)
        token.last_used_at = now


def tokens_of(user: Any) -> Any:
    """The person's tokens, newest first (the chokepoint for the token page)."""
    if not user.is_authenticated:
        return ApiToken.objects.none()
    return ApiToken.objects.filter(user=user)
