from typing import Any

from django.contrib import admin
from django.http import HttpRequest

from qiao.core.admin import AuditedAdmin
from qiao.deals.models import Agreement, AgreementParty, AgreementVersion, Signature


class PartyInline(admin.TabularInline):  # type: ignore[type-arg]
    model = AgreementParty
    extra = 0
    autocomplete_fields = ("organisation",)
    readonly_fields = ("public_consent", "consent_by", "consent_at")


class VersionInline(admin.TabularInline):  # type: ignore[type-arg]
    """Issued versions are evidence: shown, never edited or deleted here."""

    model = AgreementVersion
    extra = 0
    fields = ("number", "second_language", "size", "sha256", "created_by", "created_at")
    readonly_fields = fields
    can_delete = False

    def has_add_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


class SignatureInline(admin.TabularInline):  # type: ignore[type-arg]
    model = Signature
    extra = 0
    fields = ("party", "person", "username", "signed_at", "ip_address", "sha256")
    readonly_fields = fields
    can_delete = False

    def has_add_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


@admin.register(Agreement)
class AgreementAdmin(AuditedAdmin):
    list_display = ("__str__", "kind", "event", "signed_at", "signing_mode", "deleted_at")
    list_filter = ("kind", "signing_mode", "event", "tags")
    search_fields = ("key", "title", "summary")
    autocomplete_fields = ("project",)
    filter_horizontal = ("sectors", "tags")
    readonly_fields = ("signed_version", "deleted_at")
    raw_id_fields = ("case",)
    inlines = (PartyInline, VersionInline)


@admin.register(AgreementVersion)
class AgreementVersionAdmin(admin.ModelAdmin):  # type: ignore[type-arg]
    """Read-only: a version's bytes and hash never change."""

    list_display = ("__str__", "sha256", "created_at")
    exclude = ("pdf",)
    readonly_fields = ("agreement", "number", "second_language", "size", "sha256", "created_by", "created_at")
    inlines = (SignatureInline,)

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False
