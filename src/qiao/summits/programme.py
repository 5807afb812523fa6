"""The programme of an event, prepared for display: sessions with talks and organisers."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING, Any

from django.db.models import Prefetch

from qiao.core.shared_values import shared
from qiao.summits.enums import OrganiserRole
from qiao.summits.models import Event, EventOrganiser, Session, Talk

if TYPE_CHECKING:
    from django_stubs_ext import StrOrPromise


@dataclass(frozen=True)
class Programme:
    event: Event
    sessions: list[Session]
    organisers: Sequence[tuple[StrOrPromise, list[EventOrganiser]]]
    figures: list[Any]


def programme_for(event: Event) -> Programme:
    """Sessions with their talks and speakers, organisers grouped by role — in few queries."""
    sessions = list(
        event.sessions.prefetch_related(
            Prefetch("talks", queryset=Talk.objects.select_related("speaker", "speaker__organisation"))
        )
    )
    links = list(event.organisers.select_related("organisation"))
    grouped = [
        (label, [link for link in links if link.role == role])
        for role, label in OrganiserRole.choices
        if any(link.role == role for link in links)
    ]
    return Programme(event, sessions, grouped, list(event.figures.all()))


def shared_programme(event: Event) -> Programme:
    """`programme_for(event)`, read once for every reader until the catalogue (which includes the
    programme, see qiao.web.apps) changes: the home and summit pages are the most visited."""
    return shared(f"programme:{event.pk}", partial(programme_for, event))
