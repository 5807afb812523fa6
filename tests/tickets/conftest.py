"""Builders for registrations: an event with a registered person, sessions with seats."""

from __future__ import annotations

import pytest

from qiao.tickets.domain.registrations import register_for_event
from tests.factories import EventFactory, SessionFactory, UserFactory


@pytest.fixture
def event():
    return EventFactory()


@pytest.fixture
def registered(event):
    """Make a person registered for the event (onsite unless told otherwise)."""

    def make(mode: str = "onsite", **person):
        someone = UserFactory(**person)
        register_for_event(someone, event, mode)
        return someone

    return make


@pytest.fixture
def visit(event):
    return SessionFactory(event=event, kind="site_visit", capacity=2)


@pytest.fixture
def organiser():
    return UserFactory(role="organiser", approved=True)
