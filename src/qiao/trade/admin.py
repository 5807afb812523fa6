from typing import Any

from django.contrib import admin
from django.http import HttpRequest

from qiao.core.admin import AuditedAdmin
from qiao.trade.models import ImportBatch, Reporter, TradeFigure


@admin.register(Reporter)
class ReporterAdmin(AuditedAdmin):
    list_display = ("code", "abbreviation", "__str__", "kind")
    list_filter = ("kind",)
    search_fields = ("code", "abbreviation", "name")


@admin.register(TradeFigure)
class TradeFigureAdmin(AuditedAdmin):
    list_display = ("reporter", "partner", "month", "flow", "hs_chapter", "value", "currency", "batch")
    list_filter = ("flow", "currency", "partner", "reporter", "hs_chapter")
    list_select_related = ("reporter", "batch")
    search_fields = ("reporter__code", "reporter__abbreviation", "partner", "hs_chapter")
    date_hierarchy = "month"
    raw_id_fields = ("batch",)


@admin.register(ImportBatch)
class ImportBatchAdmin(AuditedAdmin):
    """Imports are a record: read-only here; they are made on the import page or with `qiao trade import`."""

    list_display = ("at", "filename", "layout", "actor", "rows", "created", "changed", "removed", "unchanged")
    list_filter = ("layout",)
    list_select_related = ("actor",)
    search_fields = ("filename", "sha256", "actor__username")
    date_hierarchy = "at"
    readonly_fields = (
        "at",
        "actor",
        "filename",
        "sha256",
        "layout",
        "rows",
        "created",
        "changed",
        "removed",
        "unchanged",
        "months",
        "changes",
    )

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False
