"""Chokepoint: a person sees only their own notifications (organisers included)."""

from __future__ import annotations

from typing import Any

from django.db.models import BooleanField, ExpressionWrapper, Q, QuerySet
from django.shortcuts import get_object_or_404

from qiao.notifications.models import Notification


def notifications_for_user(user: Any) -> QuerySet[Notification]:
    """The person's own notifications, unread first, newest first."""
    if not user.is_authenticated:
        return Notification.objects.none()
    unread = ExpressionWrapper(Q(read_at__isnull=True), output_field=BooleanField())
    return Notification.objects.filter(recipient=user).alias(unread=unread).order_by("-unread", "-created_at", "-id")


def get_notification_for_user(user: Any, pk: int) -> Notification:
    """One of the person's notifications, or 404 (also for someone else's)."""
    return get_object_or_404(notifications_for_user(user), pk=pk)
