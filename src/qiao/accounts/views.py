"""Profile and the organisers' approval queue (thin views over qiao.accounts.domain)."""

from __future__ import annotations

from typing import cast

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from qiao.accounts.domain.approvals import (
    ApprovalError,
    approve_application,
    pending_applications,
    reject_application,
)
from qiao.accounts.domain.profile import update_profile
from qiao.accounts.domain.two_factor import confirmed_device, may_use_two_factor
from qiao.accounts.forms import ZONE_LIST_ID, DecisionForm, ProfileForm
from qiao.accounts.language import remember_language
from qiao.accounts.models import Application, User
from qiao.core.domain import audit
from qiao.core.timezones import zone_choices


def _zones() -> list[str]:
    return [zone for zone, _label in zone_choices()]


@login_required
def profile(request: HttpRequest) -> HttpResponse:
    user = cast(User, request.user)  # login_required: never anonymous here
    form = ProfileForm(
        request.POST or None,
        initial={
            "first_name": user.first_name,
            "last_name": user.last_name,
            "language": user.language,
            "time_zone": user.time_zone,
        },
    )
    if request.method == "POST" and form.is_valid():
        try:
            update_profile(user, **form.cleaned_data)
        except ValidationError as error:
            form.add_error(None, error)
        else:
            language = form.cleaned_data["language"]
            with translation.override(language):
                messages.success(request, _("Your profile has been saved."))
                target = reverse("accounts:profile")
            return remember_language(HttpResponseRedirect(target), language)
    return render(
        request,
        "accounts/profile.html",
        {
            "form": form,
            "zones": _zones(),
            "zone_list_id": ZONE_LIST_ID,
            "may_use_two_factor": may_use_two_factor(user),
            "two_factor_on": confirmed_device(user) is not None,
        },
    )


def _require_reviewer(request: HttpRequest) -> None:
    if not request.user.has_perm("accounts.review_application"):
        raise PermissionDenied


@login_required
def application_queue(request: HttpRequest) -> HttpResponse:
    _require_reviewer(request)
    applications = list(pending_applications())
    # The queue shows each applicant's e-mail address: a read of personal data.
    audit.record_read(
        request.user, [application.person for application in applications], kind="application", fields=["email", "name"]
    )
    return render(
        request,
        "accounts/applications.html",
        {"applications": applications},
    )


@login_required
@require_POST
def decide_application(request: HttpRequest, pk: int) -> HttpResponse:
    _require_reviewer(request)
    application = get_object_or_404(Application, pk=pk)
    form = DecisionForm(request.POST)
    if not form.is_valid():
        errors = [str(error) for error in form.non_field_errors()] or [_("Please choose approve or reject.")]
        for error in errors:
            messages.error(request, error)
        return HttpResponseRedirect(reverse("accounts:applications"))
    site_url = request.build_absolute_uri("/")
    try:
        if form.cleaned_data["decision"] == DecisionForm.APPROVE:
            approve_application(application, request.user, site_url=site_url)
            messages.success(request, _("%(person)s has been approved.") % {"person": application.person})
        else:
            reject_application(application, request.user, form.cleaned_data["reason"], site_url=site_url)
            messages.success(
                request, _("The application of %(person)s has been rejected.") % {"person": application.person}
            )
    except ApprovalError as error:
        messages.error(request, str(error))
    return HttpResponseRedirect(reverse("accounts:applications"))
