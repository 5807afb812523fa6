from django.contrib import admin

from qiao.core.admin import AuditedAdmin
from qiao.currencies.models import ExchangeRate


@admin.register(ExchangeRate)
class ExchangeRateAdmin(AuditedAdmin):
    list_display = ("valid_on", "currency", "cny_per_unit", "source")
    list_filter = ("currency",)
    search_fields = ("source",)
    date_hierarchy = "valid_on"
