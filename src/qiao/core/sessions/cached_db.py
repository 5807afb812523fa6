"""Sessions in the cache (Redis) with the database row behind them; a database outage is a 503."""

from django.contrib.sessions.backends import cached_db

from qiao.core.sessions import OutageIsNotDeletion


class SessionStore(OutageIsNotDeletion, cached_db.SessionStore):
    pass
