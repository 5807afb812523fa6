from typing import Any

from django.contrib import admin
from django.contrib.admin.forms import AdminAuthenticationForm
from django.contrib.auth.admin import UserAdmin
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.utils.translation import gettext_lazy as _

from qiao.accounts.domain.two_factor import confirmed_device
from qiao.accounts.models import Application, Membership, User
from qiao.core.admin import AuditedAdmin
from qiao.core.domain import audit


class AdminSignInForm(AdminAuthenticationForm):
    """The admin's own sign-in, closed to people who protect their account with a second factor."""

    def confirm_login_allowed(self, user: Any) -> None:
        super().confirm_login_allowed(user)
        if confirmed_device(user) is not None:
            raise ValidationError(
                _("This account uses two-factor sign-in; please sign in on the site first, then open the admin."),
                code="two_factor",
            )


# The admin's password form would otherwise skip the authenticator code.
admin.site.login_form = AdminSignInForm


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

    def change_view(
        self, request: HttpRequest, object_id: str, form_url: str = "", extra_context: dict[str, Any] | None = None
    ) -> HttpResponse:
        """The change page shows a person's name and e-mail address: each opening is audited."""
        response = super().change_view(request, object_id, form_url, extra_context)
        person = self.get_object(request, object_id)
        if person is not None and request.method == "GET" and response.status_code == 200:
            audit.record_read(request.user, person, kind="admin", fields=["email", "name"])
        return response


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
