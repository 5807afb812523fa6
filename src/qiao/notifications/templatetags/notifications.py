"""`{% unread_count %}`: the number of unread notifications of the person viewing the page."""

from __future__ import annotations

from typing import Any

from django import template

from qiao.notifications.domain import unread_count as count_unread

register = template.Library()


@register.simple_tag(takes_context=True)
def unread_count(context: dict[str, Any]) -> int:
    """Unread notifications of ``request.user``; 0 for visitors who are not logged in."""
    request = context.get("request")
    user = getattr(request, "user", None) or context.get("user")
    return count_unread(user) if user is not None else 0
