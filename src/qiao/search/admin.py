"""The search index in the admin: read-only, for checking what a thing was indexed as."""

from __future__ import annotations

from typing import Any

from django.contrib import admin
from django.http import HttpRequest

from qiao.search.models import SearchDocument


@admin.register(SearchDocument)
class SearchDocumentAdmin(admin.ModelAdmin[SearchDocument]):
    list_display = ["title", "kind", "language", "object_id", "updated_at"]
    list_filter = ["kind", "language"]
    search_fields = ["title", "title_tokens", "body_tokens"]
    readonly_fields = [field.name for field in SearchDocument._meta.fields]

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False
