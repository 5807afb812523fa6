from django.contrib import admin

from qiao.notifications.models import Notification


@admin.register(Notification)
class NotificationAdmin(admin.ModelAdmin):  # type: ignore[type-arg]
    list_display = ["created_at", "recipient", "kind", "subject", "read_at", "emailed_at"]
    list_filter = ["kind"]
    search_fields = ["subject", "recipient__username", "recipient__email"]
    raw_id_fields = ["recipient"]
    readonly_fields = ["created_at", "emailed_at"]
