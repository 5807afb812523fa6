"""How allauth talks to Qiao: mails in the reader's language, sign-in lands in their language."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any
from urllib.parse import urlencode

from allauth.account.adapter import DefaultAccountAdapter  # type: ignore[import-untyped,unused-ignore]
from allauth.core import context as allauth_context  # type: ignore[import-untyped,unused-ignore]
from django.conf import settings
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import resolve_url
from django.urls import NoReverseMatch, reverse, translate_url
from django.utils import translation

from qiao.accounts.language import remember_language
from qiao.core.languages import normalise_language
from qiao.privacy.domain.consent import missing_consents

# Links in allauth's mails that carry the language prefix of the request that sent them.
LINK_KEYS = ("activate_url", "password_reset_url", "signup_url")
SITE_NAME = "Qiao"


def _language_of(user: Any) -> str:
    return normalise_language(getattr(user, "language", "") or translation.get_language())


class AccountAdapter(DefaultAccountAdapter):  # type: ignore[misc]  # allauth ships no types
    def send_mail(self, template_prefix: str, email: str, context: dict[str, Any]) -> None:
        """Write every account mail in the recipient's language, links included."""
        user = context.get("user")
        language = _language_of(user) if user is not None else normalise_language(translation.get_language())
        # Links resolve in the language of the request that made them, then switch prefix.
        for key in LINK_KEYS:
            if isinstance(context.get(key), str):
                context[key] = translate_url(context[key], language)
        request = getattr(allauth_context, "request", None)
        domain = request.get_host() if isinstance(request, HttpRequest) else ""
        context.setdefault("current_site", SimpleNamespace(name=SITE_NAME, domain=domain))
        with translation.override(language):
            super().send_mail(template_prefix, email, context)

    def get_login_redirect_url(self, request: HttpRequest) -> str:
        """The page LOGIN_REDIRECT_URL names, in the person's language; home if it does not exist yet."""
        language = _language_of(request.user)
        with translation.override(language):
            try:
                return resolve_url(settings.LOGIN_REDIRECT_URL)
            except NoReverseMatch:
                return reverse("web:home")

    def post_login(self, request: HttpRequest, user: Any, **kwargs: Any) -> HttpResponse:
        """Remember the person's language; ask once for the consents they have not given yet."""
        response: HttpResponse = super().post_login(request, user, **kwargs)
        if isinstance(response, HttpResponseRedirect) and missing_consents(user):
            language = _language_of(user)
            with translation.override(language):
                consent_url = reverse("privacy:consent")
            target = response["Location"]
            response = HttpResponseRedirect(f"{consent_url}?{urlencode({'next': target})}")
        language = getattr(user, "language", "")
        return remember_language(response, language) if language else response

    def get_login_stages(self) -> list[str]:
        """allauth's stages, then the authenticator code for people who turned two-factor sign-in on."""
        stages: list[str] = super().get_login_stages()
        return [*stages, "qiao.accounts.two_factor.TwoFactorStage"]
