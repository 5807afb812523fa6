"""Read-only admin: cases move only through pipeline.domain (history, audit, versions).

Softly deleted cases are listed here too (filter "deleted"), with their history and tasks."""

from __future__ import annotations

from typing import Any

from django.contrib import admin
from django.db.models import QuerySet
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _

from qiao.core.admin import ReadOnlyAdmin
from qiao.pipeline.models import Case, CaseEvent, ChecklistStep, FollowUpTask


class CaseEventInline(admin.TabularInline):  # type: ignore[type-arg]
    model = CaseEvent
    extra = 0
    fields = ("at", "from_stage", "to_stage", "by", "note")
    readonly_fields = fields
    can_delete = False

    def has_add_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


class _ReadOnlyInline(admin.TabularInline):  # type: ignore[type-arg]
    extra = 0
    can_delete = False

    def has_add_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


class FollowUpTaskInline(_ReadOnlyInline):
    model = FollowUpTask
    fields = ("title", "due_on", "assignee", "done_at", "reminded_on")
    readonly_fields = fields


class ChecklistStepInline(_ReadOnlyInline):
    model = ChecklistStep
    fields = ("order", "required_for", "due_on", "status", "done_by", "done_at")
    readonly_fields = fields


class DeletedFilter(admin.SimpleListFilter):
    title = _("deleted")
    parameter_name = "deleted"

    def lookups(self, request: HttpRequest, model_admin: Any) -> list[tuple[str, Any]]:
        return [("yes", _("Deleted")), ("no", _("Not deleted"))]

    def queryset(self, request: HttpRequest, queryset: QuerySet[Case]) -> QuerySet[Case]:
        if self.value() == "yes":
            return queryset.filter(deleted_at__isnull=False)
        if self.value() == "no":
            return queryset.filter(deleted_at__isnull=True)
        return queryset


@admin.register(Case)
class CaseAdmin(ReadOnlyAdmin):
    list_display = ("__str__", "district", "stage", "owner", "event", "stage_since", "deleted_at")
    list_filter = (DeletedFilter, "stage", "district", "event")
    list_select_related = ("project", "district", "owner", "event")
    inlines = (CaseEventInline, FollowUpTaskInline, ChecklistStepInline)
