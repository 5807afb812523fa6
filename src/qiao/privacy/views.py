"""Pages about a person's own data: consent, download, erasure (thin views over qiao.privacy.domain)."""

from __future__ import annotations

import json
from typing import Any, cast

from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from qiao.accounts.models import User
from qiao.core.domain import audit
from qiao.privacy.domain.consent import give_consent, missing_consents, withdraw_consent
from qiao.privacy.domain.erasure import erase_person
from qiao.privacy.domain.export import export_person
from qiao.privacy.domain.retention import retention_days
from qiao.privacy.enums import ConsentKind
from qiao.privacy.forms import ConsentForm, ErasureForm, consented_kinds
from qiao.privacy.http import client_ip
from qiao.privacy.models import Consent


def _safe_next(request: HttpRequest, fallback: str) -> str:
    target = request.POST.get("next") or request.GET.get("next") or ""
    if target and url_has_allowed_host_and_scheme(target, {request.get_host()}, request.is_secure()):
        return target
    return fallback


@login_required
def consent(request: HttpRequest) -> HttpResponse:
    """Asks a person who has not agreed to the current consent texts, once after signing in."""
    target = _safe_next(request, reverse("workspaces:home"))
    form = ConsentForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        give_consent(request.user, consented_kinds(form.cleaned_data), ip_address=client_ip(request))
        messages.success(request, _("Thank you, your consent has been recorded."))
        return HttpResponseRedirect(target)
    return render(
        request,
        "privacy/consent.html",
        {"form": form, "next": target, "missing": missing_consents(request.user)},
    )


@login_required
def my_data(request: HttpRequest) -> HttpResponse:
    """What Qiao keeps about the reader, with the download, withdrawal and erasure actions."""
    person = cast(User, request.user)  # login_required: never anonymous here
    consents = Consent.objects.filter(person=person).order_by("-given_at", "-pk")
    return render(
        request,
        "privacy/my_data.html",
        {
            "consents": consents,
            "missing": missing_consents(request.user),
            "retention": _retention_rows(),
            "kinds": ConsentKind.choices,
        },
    )


def _retention_rows() -> list[tuple[str, int]]:
    labels = {
        "audit_reads": _("Records of who read your personal data"),
        "notifications": _("Inbox messages"),
        "unconfirmed_signups": _("Sign-ups whose e-mail address was never confirmed"),
        "pending_uploads": _("Uploaded files waiting for confirmation"),
        "login_attempts": _("Sign-in attempts"),
    }
    return [(labels.get(kind, kind), days) for kind, days in retention_days().items()]


@login_required
def download(request: HttpRequest) -> HttpResponse:
    """All the reader's data as a JSON file; the download itself is audited."""
    person = cast(User, request.user)  # login_required: never anonymous here
    document = export_person(person)
    with transaction.atomic():
        audit.record(person, "privacy.exported", person, sections=sorted(document))
    body = json.dumps(document, ensure_ascii=False, indent=2, sort_keys=True)
    response = HttpResponse(body, content_type="application/json; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="qiao-data-{person.pk}.json"'
    return response


@login_required
@require_POST
def withdraw(request: HttpRequest) -> HttpResponse:
    kind = request.POST.get("kind", "")
    if kind not in ConsentKind.values:
        messages.error(request, _("Choose which consent to withdraw."))
    elif withdraw_consent(request.user, kind):
        messages.success(
            request,
            _("Your consent has been withdrawn. Without it, Qiao cannot keep your account."),
        )
    return HttpResponseRedirect(reverse("privacy:mine"))


@login_required
def erase(request: HttpRequest) -> HttpResponse:
    """The person confirms with their password; then they are anonymised and signed out."""
    form = ErasureForm(request.POST or None, person=request.user)
    if request.method == "POST" and form.is_valid():
        person: Any = request.user
        erase_person(person, actor=person)
        logout(request)
        messages.success(request, _("Your account has been closed and your personal data erased."))
        return HttpResponseRedirect(reverse("web:home"))
    return render(request, "privacy/erase.html", {"form": form})
