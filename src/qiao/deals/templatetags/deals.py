"""Template tags for pages outside the deals app: the public list of signed intents of a summit."""

from __future__ import annotations

from typing import Any

from django import template

from qiao.deals.domain.ceremony import public_intents_for

register = template.Library()


@register.inclusion_tag("deals/_signed_intents.html")
def signed_intents(event: Any) -> dict[str, Any]:
    """The event's signed letters of intent whose every party allows showing them."""
    return {"intents": public_intents_for(event)}
