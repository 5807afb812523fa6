"""Read-only admin: tickets, seats and check-ins change only through tickets.domain."""

from __future__ import annotations

from django.contrib import admin

from qiao.core.admin import ReadOnlyAdmin
from qiao.tickets.models import CheckIn, SessionRegistration, Ticket


@admin.register(Ticket)
class TicketAdmin(ReadOnlyAdmin):
    list_display = ("__str__", "event", "person", "created_at", "cancelled_at")
    list_filter = ("event",)
    search_fields = ("code", "person__username", "person__last_name", "person__display_name_zh")
    list_select_related = ("event", "person")


@admin.register(SessionRegistration)
class SessionRegistrationAdmin(ReadOnlyAdmin):
    list_display = ("person", "session", "status", "created_at", "promoted_at", "cancelled_at")
    list_filter = ("status", "session__event")
    search_fields = ("person__username", "person__last_name")
    list_select_related = ("person", "session")


@admin.register(CheckIn)
class CheckInAdmin(ReadOnlyAdmin):
    list_display = ("ticket", "at", "by")
    list_filter = ("ticket__event",)
    list_select_related = ("ticket", "by")
