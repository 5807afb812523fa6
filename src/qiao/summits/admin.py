from django.contrib import admin

from qiao.core.admin import AuditedAdmin
from qiao.summits.models import Event, EventOrganiser, QuotedFigure, Registration, Session, Speaker, Talk


class EventOrganiserInline(admin.TabularInline):  # type: ignore[type-arg]
    model = EventOrganiser
    extra = 0
    autocomplete_fields = ("organisation",)


class TalkInline(admin.TabularInline):  # type: ignore[type-arg]
    model = Talk
    extra = 0
    autocomplete_fields = ("speaker",)


@admin.register(Event)
class EventAdmin(AuditedAdmin):
    list_display = ("__str__", "edition", "starts_at", "status", "hybrid")
    list_filter = ("status", "hybrid")
    search_fields = ("key", "name", "theme")
    date_hierarchy = "starts_at"
    inlines = (EventOrganiserInline,)


@admin.register(Session)
class SessionAdmin(AuditedAdmin):
    list_display = ("__str__", "event", "kind", "starts_at", "ends_at", "online", "capacity")
    list_filter = ("event", "kind", "online")
    search_fields = ("key", "title")
    inlines = (TalkInline,)


@admin.register(Speaker)
class SpeakerAdmin(AuditedAdmin):
    list_display = ("__str__", "organisation")
    search_fields = ("key", "name", "position")
    autocomplete_fields = ("organisation", "person")


@admin.register(Talk)
class TalkAdmin(AuditedAdmin):
    list_display = ("__str__", "session", "kind", "order")
    list_filter = ("kind", "session__event")
    search_fields = ("title", "speaker__name")
    autocomplete_fields = ("speaker", "session")


@admin.register(Registration)
class RegistrationAdmin(AuditedAdmin):
    list_display = ("person", "event", "mode", "created_at")
    list_filter = ("event", "mode")
    search_fields = ("person__username", "person__last_name", "person__email")
    autocomplete_fields = ("person",)


@admin.register(QuotedFigure)
class QuotedFigureAdmin(AuditedAdmin):
    list_display = ("key", "event", "value", "unit", "period_start", "period_end")
    list_filter = ("event",)
    search_fields = ("key", "label")
