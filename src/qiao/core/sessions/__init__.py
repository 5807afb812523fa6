"""Django's database session engines, except that an unreachable database while saving stays an outage.

Django turns any database error while saving a changed session into UpdateError ("the session was
deleted by a concurrent request"), which its middleware answers with 400 Bad Request. While
PostgreSQL is down that misleads: the request did nothing wrong. A connection failure is raised as
itself instead, so the error handler answers 503 with Retry-After like every other page then
(`qiao.core.sessions.db` is the embedded default, `qiao.core.sessions.cached_db` production's).
"""

from __future__ import annotations

from django.contrib.sessions.backends.base import UpdateError
from django.db import InterfaceError, OperationalError


class OutageIsNotDeletion:
    """Mixed in before a database session store."""

    def save(self, must_create: bool = False) -> None:
        try:
            super().save(must_create)  # type: ignore[misc]
        except UpdateError as error:
            cause = error.__context__
            if isinstance(cause, OperationalError | InterfaceError):
                raise cause from None
            raise
