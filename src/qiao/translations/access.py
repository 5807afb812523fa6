"""Chokepoints: the translation requests a person may work on."""

from __future__ import annotations

from typing import Any

from django.db.models import QuerySet
from django.http import Http404

from qiao.accounts.rules import is_organiser
from qiao.translations.enums import RequestStatus
from qiao.translations.models import TranslationRequest


def requests_for_translator(user: Any) -> QuerySet[TranslationRequest]:
    """Requests of the person's organisations; organisers see all of them."""
    requests = TranslationRequest.objects.select_related("content_type", "organisation", "requested_by")
    if is_organiser(user):
        return requests
    if not user.is_authenticated:
        return requests.none()
    return requests.filter(organisation__in=user.memberships.values("organisation"))


def open_requests_for_translator(user: Any) -> QuerySet[TranslationRequest]:
    return requests_for_translator(user).filter(status=RequestStatus.OPEN).order_by("created_at", "id")


def get_request_for_translator(user: Any, pk: int) -> TranslationRequest:
    try:
        return requests_for_translator(user).get(pk=pk)
    except TranslationRequest.DoesNotExist as missing:
        raise Http404(str(pk)) from missing
