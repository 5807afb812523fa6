"""Notifications: `notify` is the one way other apps tell a person something."""

from qiao.notifications.domain.notify import KINDS, mark_all_read, mark_read, notify, send_email, unread_count

__all__ = ["KINDS", "mark_all_read", "mark_read", "notify", "send_email", "unread_count"]
