from django.contrib import admin

from qiao.core.admin import AuditedAdmin
from qiao.experts.models import Expert


@admin.register(Expert)
class ExpertAdmin(AuditedAdmin):
    list_display = ("__str__", "country", "available")
    list_filter = ("country", "available", "fields", "tags")
    search_fields = ("key", "name", "affiliation", "bio")
    autocomplete_fields = ("person",)
    filter_horizontal = ("fields", "tags")
