"""The person's API tokens: create one (its secret is shown once, on this answer only) and revoke.

With two-factor sign-in on, a token can only be created from a session that passed the second
factor (see qiao.api.domain.tokens.needs_second_factor); ``verify`` confirms a code for this session.
"""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST
from django_otp import login as otp_login

from qiao.accounts.forms import TwoFactorCodeForm
from qiao.api.domain.tokens import (
    TokenError,
    confirm_second_factor,
    create_token,
    needs_second_factor,
    revoke_token,
    tokens_of,
)
from qiao.api.forms import TokenForm


@never_cache
@login_required
def tokens(request: HttpRequest) -> HttpResponse:
    """List the person's tokens; POST creates one and shows its secret this once."""
    form = TokenForm(request.POST or None)
    secret = ""
    status = 200
    if request.method == "POST":
        if form.is_valid():
            try:
                created = create_token(request.user, form.cleaned_data["name"])
            except TokenError as refused:
                form.add_error(None if refused.code == "two_factor" else "name", str(refused))
            else:
                secret = created.secret
                form = TokenForm()
        if not secret:
            status = 422
    return render(
        request,
        "api/tokens.html",
        {
            "form": form,
            "tokens": tokens_of(request.user),
            "secret": secret,
            "needs_second_factor": needs_second_factor(request.user),
        },
        status=status,
    )


@never_cache
@login_required
def verify(request: HttpRequest) -> HttpResponse:
    """Confirm a code from the authenticator app for this session, so it may create tokens."""
    if not needs_second_factor(request.user):
        return HttpResponseRedirect(reverse("api_tokens:list"))
    form = TwoFactorCodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            device = confirm_second_factor(request.user, form.cleaned_data["code"])
        except ValidationError as error:
            form.add_error("code", error)
        else:
            otp_login(request, device)
            messages.success(request, _("Code confirmed. You can create API tokens now."))
            return HttpResponseRedirect(reverse("api_tokens:list"))
    status = 400 if request.method == "POST" else 200
    return render(request, "api/verify.html", {"form": form}, status=status)


@require_POST
@login_required
def revoke(request: HttpRequest, pk: int) -> HttpResponse:
    """Revoke one of the person's own tokens; another person's token does not exist for them."""
    token = tokens_of(request.user).filter(pk=pk).first()
    if token is None:
        raise Http404(pk)
    revoke_token(token, request.user)
    messages.success(request, _("The token “%(name)s” was revoked.") % {"name": token.name})
    return HttpResponseRedirect(reverse("api_tokens:list"))
