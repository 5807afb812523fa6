from django.contrib import admin

from qiao.core.admin import AuditedAdmin
from qiao.meetings.models import MeetingRequest


@admin.register(MeetingRequest)
class MeetingRequestAdmin(AuditedAdmin):
    list_display = ("__str__", "event", "priority", "status", "created_at")
    list_filter = ("event", "status", "priority", "from_match")
    search_fields = ("requester_organisation__name", "recipient_organisation__name", "message")
    autocomplete_fields = ("requester", "requester_organisation", "recipient_organisation", "project", "offer")
    readonly_fields = ("status", "answered_by", "answered_at")
