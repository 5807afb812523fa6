from django.contrib import admin

from qiao.core.admin import ReadOnlyAdmin
from qiao.privacy.models import Consent


@admin.register(Consent)
class ConsentAdmin(ReadOnlyAdmin):
    """Consent records are evidence: organisers read them, nobody edits them here."""

    list_display = ("person", "kind", "version", "given_at", "withdrawn_at")
    list_filter = ("kind", "version")
    search_fields = ("person__username",)
