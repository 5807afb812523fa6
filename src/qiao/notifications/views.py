"""The inbox: a person's notifications, unread first, and marking them read (thin views)."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_POST

from qiao.notifications.access import get_notification_for_user, notifications_for_user
from qiao.notifications.domain import mark_all_read, mark_read


@login_required
def inbox(request: HttpRequest) -> HttpResponse:
    page = Paginator(notifications_for_user(request.user), 30).get_page(request.GET.get("page"))
    return render(request, "notifications/inbox.html", {"page": page, "notifications": page.object_list})


@login_required
def detail(request: HttpRequest, pk: int) -> HttpResponse:
    notification = get_notification_for_user(request.user, pk)
    return render(request, "notifications/detail.html", {"notification": notification})


@login_required
@require_POST
def read(request: HttpRequest, pk: int) -> HttpResponse:
    notification = mark_read(get_notification_for_user(request.user, pk))
    target = request.POST.get("next", "")
    if target == "link" and url_has_allowed_host_and_scheme(notification.url, allowed_hosts={request.get_host()}):
        return HttpResponseRedirect(notification.url or reverse("notifications:inbox"))
    return HttpResponseRedirect(reverse("notifications:inbox"))


@login_required
@require_POST
def read_all(request: HttpRequest) -> HttpResponse:
    mark_all_read(request.user)  # type: ignore[arg-type]
    return HttpResponseRedirect(reverse("notifications:inbox"))
