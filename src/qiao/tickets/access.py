"""Chokepoints: every page fetches tickets and seats through these."""

from __future__ import annotations

from typing import Any

from django.db.models import QuerySet
from django.http import Http404

from qiao.accounts.rules import is_organiser
from qiao.tickets.models import SessionRegistration, Ticket


def tickets_visible_to(user: Any) -> QuerySet[Ticket]:
    """Holders see their own tickets, organisers all; nobody else any."""
    tickets = Ticket.objects.select_related("event", "person", "registration")
    if is_organiser(user):
        return tickets
    if not user.is_authenticated:
        return tickets.none()
    return tickets.filter(person=user)


def get_ticket_for_user(user: Any, pk: int) -> Ticket:
    """The ticket, or 404 (not 403: others' tickets do not exist for you)."""
    try:
        return tickets_visible_to(user).get(pk=pk)
    except Ticket.DoesNotExist as missing:
        raise Http404(pk) from missing


def get_seat_for_user(user: Any, pk: int) -> SessionRegistration:
    """One of the person's own session registrations, or 404."""
    try:
        return SessionRegistration.objects.select_related("session").get(pk=pk, person_id=user.pk)
    except SessionRegistration.DoesNotExist as missing:
        raise Http404(pk) from missing
