"""Telling a person that they moved up from a waiting list (through the platform's inbox)."""

from __future__ import annotations

from django.conf import settings
from django.urls import reverse
from django.utils import translation

from qiao.notifications.domain import notify
from qiao.tickets.models import SessionRegistration


def waitlist_promoted(seat: SessionRegistration) -> None:
    """Notify the holder of a seat just confirmed from the waiting list.

    Runs inside the promoting transaction: the inbox entry exists exactly when the seat
    does; the e-mail goes out after the commit (the notifications app sees to that).
    """
    person = seat.person
    with translation.override(person.language or settings.LANGUAGE_CODE):
        url = reverse("tickets:mine")
    notify(person, "waitlist_promoted", {"session": seat.session}, url=url)
