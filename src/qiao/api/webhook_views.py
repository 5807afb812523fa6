"""The person's own webhooks, next to the token page: add (secret shown once), list, delete."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from qiao.api.domain.own_webhooks import (
    WebhookError,
    create_webhook,
    delete_webhook,
    may_receive_all,
    organisations_for_webhooks,
    webhooks_of,
)
from qiao.api.enums import WebhookEvent
from qiao.api.forms import WebhookForm


@never_cache
@login_required
def webhooks(request: HttpRequest) -> HttpResponse:
    """List the person's webhooks; POST adds one and shows its signing secret this once."""
    form = WebhookForm(request.POST or None, user=request.user)
    secret = ""
    status = 200
    if request.method == "POST":
        if form.is_valid():
            data = form.cleaned_data
            try:
                created = create_webhook(request.user, data["url"], data["events"], data["organisation"])
            except WebhookError as refused:
                form.add_error(refused.field, str(refused))
            else:
                secret = created.secret
                form = WebhookForm(user=request.user)
        if not secret:
            status = 422
    may_add = may_receive_all(request.user) or organisations_for_webhooks(request.user).exists()
    labels = dict(WebhookEvent.choices)
    hooks = [
        {"hook": hook, "events": [str(labels.get(event, event)) for event in hook.events or []]}
        for hook in webhooks_of(request.user)
    ]
    return render(
        request,
        "api/webhooks.html",
        {"form": form, "hooks": hooks, "secret": secret, "may_add": may_add},
        status=status,
    )


@require_POST
@login_required
def delete(request: HttpRequest, pk: int) -> HttpResponse:
    """Delete one of the person's own webhooks; another person's does not exist for them (404)."""
    hook = webhooks_of(request.user).filter(pk=pk).first()
    if hook is None:
        raise Http404(pk)
    delete_webhook(hook, request.user)
    messages.success(request, _("The webhook to %(url)s was deleted.") % {"url": hook.url})
    return HttpResponseRedirect(reverse("api_tokens:webhooks"))
