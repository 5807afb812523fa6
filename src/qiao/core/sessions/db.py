"""Sessions in the database; a database outage is a 503."""

from django.contrib.sessions.backends import db

from qiao.core.sessions import OutageIsNotDeletion


class SessionStore(OutageIsNotDeletion, db.SessionStore):
    pass
