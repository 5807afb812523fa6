"""Chokepoints: the directory's experts and one expert's page."""

from __future__ import annotations

from typing import Any

from django.db.models import QuerySet
from django.http import Http404

from qiao.experts.models import Expert


def experts_visible_to(user: Any) -> QuerySet[Expert]:
    """The whole think tank: its public fields are public; the contact is guarded in the templates
    by the "experts.view_contact" rule."""
    return Expert.objects.prefetch_related("fields").order_by("key")


def get_expert_for_user(user: Any, key: str) -> Expert:
    try:
        return experts_visible_to(user).get(key=key)
    except Expert.DoesNotExist as missing:
        raise Http404(key) from missing
