from django.contrib import admin
from django.contrib.auth.admin import UserAdmin
from django.utils.translation import gettext_lazy as _

from qiao.accounts.models import Application, Membership, User
from qiao.core.admin import AuditedAdmin


class MembershipInline(admin.TabularInline):  # type: ignore[type-arg]
    model = Membership
    extra = 0
    autocomplete_fields = ("organisation",)


@admin.register(User)
class QiaoUserAdmin(AuditedAdmin, UserAdmin):  # type: ignore[type-arg]
    list_display = ("username", "email", "first_name", "last_name", "role", "approved", "language")
    list_filter = ("role", "approved", "language", "is_staff", "is_active")
    search_fields = ("username", "email", "first_name", "last_name", "display_name_zh")
    inlines = (MembershipInline,)
    fieldsets = (
        *(UserAdmin.fieldsets or ()),
        (_("Qiao"), {"fields": ("role", "approved", "language", "time_zone", "display_name_zh")}),
    )


@admin.register(Membership)
class MembershipAdmin(AuditedAdmin):
    list_display = ("person", "organisation", "job_title", "is_admin", "can_sign")
    list_filter = ("is_admin", "can_sign", "organisation__kind")
    search_fields = ("person__username", "person__last_name", "organisation__name")
    autocomplete_fields = ("person", "organisation")


@admin.register(Application)
class ApplicationAdmin(AuditedAdmin):
    list_display = ("person", "role", "organisation_name", "status", "decided_by", "created_at")
    list_filter = ("status", "role")
    search_fields = ("person__username", "person__email", "organisation_name")
    readonly_fields = ("person", "role", "status", "decided_by", "decided_at", "reason")
