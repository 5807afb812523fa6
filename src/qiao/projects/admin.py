from django.contrib import admin

from qiao.core.admin import AuditedAdmin
from qiao.projects.models import Offer, Project


@admin.register(Project)
class ProjectAdmin(AuditedAdmin):
    list_display = ("__str__", "organisation", "kind", "stage", "visibility", "investment", "currency")
    list_filter = ("kind", "stage", "visibility", "currency", "sectors", "tags")
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
