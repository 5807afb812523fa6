from django.contrib import admin, messages
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from qiao.accounts.models import Membership
from qiao.core.admin import AuditedAdmin
from qiao.organisations.domain.verification import verify_organisation
from qiao.organisations.models import Organisation


class MembershipInline(admin.TabularInline):  # type: ignore[type-arg]
    model = Membership
    extra = 0
    autocomplete_fields = ("person",)


@admin.register(Organisation)
class OrganisationAdmin(AuditedAdmin):
    list_display = ("__str__", "kind", "country", "size", "verified")
    list_filter = ("kind", "country", "size", "verified", "sectors")
    search_fields = ("key", "name", "city", "description")
    filter_horizontal = ("sectors", "tags")
    inlines = (MembershipInline,)
    actions = ("mark_verified",)

    @admin.action(description=_("Mark selected organisations as verified"))
    def mark_verified(self, request: HttpRequest, queryset: object) -> None:
        count = 0
        for organisation in queryset:  # type: ignore[attr-defined]
            if verify_organisation(organisation, by=request.user):
                count += 1
        self.message_user(
            request,
            ngettext("%(count)d organisation verified.", "%(count)d organisations verified.", count) % {"count": count},
            messages.SUCCESS,
        )
