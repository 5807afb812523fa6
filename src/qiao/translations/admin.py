from django.contrib import admin

from qiao.translations.models import TranslationRequest


@admin.register(TranslationRequest)
class TranslationRequestAdmin(admin.ModelAdmin):  # type: ignore[type-arg]
    list_display = ("__str__", "status", "organisation", "requested_by", "done_by", "done_at")
    list_filter = ("status", "target_language")
    readonly_fields = ("content_type", "object_id", "field", "requested_by", "requesters", "done_by", "done_at")
