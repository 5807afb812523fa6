from django.contrib import admin

from qiao.core.admin import AuditedAdmin
from qiao.deals.models import Agreement, AgreementParty


class PartyInline(admin.TabularInline):  # type: ignore[type-arg]
    model = AgreementParty
    extra = 0
    autocomplete_fields = ("organisation",)


@admin.register(Agreement)
class AgreementAdmin(AuditedAdmin):
    list_display = ("__str__", "kind", "event", "signed_at", "signing_mode")
    list_filter = ("kind", "signing_mode", "event", "tags")
    search_fields = ("key", "title", "summary")
    autocomplete_fields = ("project",)
    filter_horizontal = ("sectors", "tags")
    inlines = (PartyInline,)
