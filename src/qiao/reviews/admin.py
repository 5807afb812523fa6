from django.contrib import admin

from qiao.core.admin import AuditedAdmin
from qiao.reviews.models import ConflictOfInterest


@admin.register(ConflictOfInterest)
class ConflictOfInterestAdmin(AuditedAdmin):
    """Declared conflicts are entered by organisers; requests, assignments and reviews go
    through the domain functions only, so they are not editable here."""

    list_display = ("expert", "organisation", "kind")
    list_filter = ("kind",)
    autocomplete_fields = ("expert", "organisation")
