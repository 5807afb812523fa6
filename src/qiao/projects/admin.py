from django.contrib import admin

from qiao.core.admin import AuditedAdmin
from qiao.projects.models import Offer, Project


@admin.register(Project)
class ProjectAdmin(AuditedAdmin):
    list_display = ("__str__", "organisation", "kind", "stage", "visibility", "moderation", "investment", "currency")
    list_filter = ("moderation", "kind", "stage", "visibility", "currency", "sectors", "tags")
    # Moderation decisions go through the workspace (domain functions with an audit entry).
    readonly_fields = ("moderation", "moderation_reason")
    search_fields = ("key", "title", "summary", "organisation__name")
    autocomplete_fields = ("organisation",)
    filter_horizontal = ("sectors", "tags")


@admin.register(Offer)
class OfferAdmin(AuditedAdmin):
    list_display = ("__str__", "organisation", "kind", "published")
    list_filter = ("kind", "published", "sectors", "tags")
    search_fields = ("key", "title", "summary", "organisation__name")
    autocomplete_fields = ("organisation",)
    filter_horizontal = ("sectors", "tags")
