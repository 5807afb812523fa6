"""Admin for the audit log (read-only) and the base class every app's admin uses."""

from __future__ import annotations

from typing import Any

from django.contrib import admin
from django.db import transaction
from django.http import HttpRequest
from django.utils import timezone

from qiao.core import translated
from qiao.core.domain import audit
from qiao.core.fields import TranslatedTextField
from qiao.core.models import AuditEntry


class AuditedAdmin(admin.ModelAdmin):  # type: ignore[type-arg]
    """Saves and deletes in one transaction with an audit entry; keeps text provenance."""

    def save_model(self, request: HttpRequest, obj: Any, form: Any, change: bool) -> None:
        editor = request.user.get_username() if request.user.is_authenticated else ""
        old = type(obj).objects.filter(pk=obj.pk).first() if change else None
        for field in obj._meta.fields:
            if isinstance(field, TranslatedTextField):
                new_texts = translated.texts_of(getattr(obj, field.attname))
                previous = getattr(old, field.attname) if old is not None else None
                setattr(obj, field.attname, translated.merge_edit(previous, new_texts, editor, timezone.now()))
        with transaction.atomic():
            super().save_model(request, obj, form, change)
            audit.record(
                request.user,
                f"{obj._meta.label_lower}.{'changed' if change else 'created'}",
                obj,
                fields=list(form.changed_data),
            )

    def delete_model(self, request: HttpRequest, obj: Any) -> None:
        with transaction.atomic():
            audit.record(request.user, f"{obj._meta.label_lower}.deleted", obj)
            super().delete_model(request, obj)

    def delete_queryset(self, request: HttpRequest, queryset: Any) -> None:
        with transaction.atomic():
            for obj in queryset:
                audit.record(request.user, f"{obj._meta.label_lower}.deleted", obj)
            super().delete_queryset(request, queryset)


class ReadOnlyAdmin(admin.ModelAdmin):  # type: ignore[type-arg]
    """Records that are evidence or machine-written: looked at in the admin, never edited there."""

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


@admin.register(AuditEntry)
class AuditEntryAdmin(ReadOnlyAdmin):
    list_display = ("at", "actor", "action", "object_type", "object_repr")
    list_filter = ("action", "object_type")
    search_fields = ("action", "object_repr", "actor__username")
    date_hierarchy = "at"
