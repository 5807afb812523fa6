"""The think tank's directory, an expert's page, inviting and accepting (thin views)."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from qiao.core.domain import audit
from qiao.experts.access import experts_visible_to, get_expert_for_user
from qiao.experts.domain.invitations import InvitationError, accept_invitation, find_invitation, invite_expert
from qiao.experts.forms import ExpertFilter, InvitationForm

PAGE_SIZE = 25


def directory(request: HttpRequest) -> HttpResponse:
    """Everyone sees the public fields; filters by field and language."""
    experts = experts_visible_to(request.user)
    form = ExpertFilter(request.GET, experts)
    page = Paginator(form.apply(experts), PAGE_SIZE).get_page(request.GET.get("page"))
    return render(request, "experts/directory.html", {"page": page, "filter": form})


def detail(request: HttpRequest, key: str) -> HttpResponse:
    expert = get_expert_for_user(request.user, key)
    context = {
        "expert": expert,
        "show_contact": request.user.has_perm("experts.view_contact", expert),
        "can_invite": request.user.has_perm("experts.invite"),
    }
    if context["show_contact"] and expert.person_id != request.user.pk:
        audit.record_read(request.user, expert, kind="expert_contact", fields=["contact_email", "account"])
    if context["can_invite"]:
        context["invitation_form"] = InvitationForm()
        context["invitations"] = expert.invitations.select_related("invited_by", "accepted_by")[:20]
        context["now"] = timezone.now()
    return render(request, "experts/detail.html", context)


@login_required
@require_POST
def invite(request: HttpRequest, key: str) -> HttpResponse:
    expert = get_expert_for_user(request.user, key)
    if not request.user.has_perm("experts.invite"):
        raise Http404(key)
    form = InvitationForm(request.POST)
    if form.is_valid():
        try:
            invitation = invite_expert(expert, form.cleaned_data["email"], request.user)
        except InvitationError as refused:
            messages.error(request, refused.message)
        else:
            messages.success(request, _("The invitation was sent to %(email)s.") % {"email": invitation.email})
    else:
        messages.error(request, " ".join(str(e) for errors in form.errors.values() for e in errors))
    return HttpResponseRedirect(reverse("experts:detail", args=[expert.key]))


def accept(request: HttpRequest, token: str) -> HttpResponse:
    """The e-mailed link: explains, asks to sign in or sign up, then accepts on a button."""
    try:
        invitation = find_invitation(token)
    except InvitationError as refused:
        return render(request, "experts/accept.html", {"problem": refused.message}, status=410)
    if request.method == "POST" and request.user.is_authenticated:
        try:
            expert = accept_invitation(token, request.user)
        except InvitationError as refused:
            return render(
                request, "experts/accept.html", {"invitation": invitation, "problem": refused.message}, status=409
            )
        messages.success(request, _("Welcome to the think tank. Your expert profile is linked to your account."))
        return HttpResponseRedirect(reverse("experts:detail", args=[expert.key]))
    return render(request, "experts/accept.html", {"invitation": invitation, "next": request.get_full_path()})
