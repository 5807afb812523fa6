from django.contrib import admin

from qiao.core.admin import AuditedAdmin
from qiao.sectors.models import GbtDivision, Sector, ThemeTag


@admin.register(Sector)
class SectorAdmin(AuditedAdmin):
    list_display = ("__str__", "code")
    search_fields = ("code", "name")
    list_filter = ("gbt_divisions",)
    filter_horizontal = ("gbt_divisions",)


@admin.register(GbtDivision)
class GbtDivisionAdmin(AuditedAdmin):
    list_display = ("__str__", "code")
    search_fields = ("code", "name")


@admin.register(ThemeTag)
class ThemeTagAdmin(AuditedAdmin):
    list_display = ("__str__", "slug")
    search_fields = ("slug", "name")
    list_filter = ("sectors",)
    filter_horizontal = ("sectors",)
