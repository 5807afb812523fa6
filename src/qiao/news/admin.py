from django.contrib import admin

from qiao.core.admin import AuditedAdmin
from qiao.news.models import NewsItem, Photo, PhotoGallery


@admin.register(NewsItem)
class NewsItemAdmin(AuditedAdmin):
    list_display = ["slug", "status", "published_at", "event", "author"]
    list_filter = ["status", "event"]
    search_fields = ["slug"]
    readonly_fields = ["status", "published_at"]


class PhotoInline(admin.TabularInline):  # type: ignore[type-arg]
    model = Photo
    fields = ["photographer", "content_type", "width", "height", "order"]
    readonly_fields = ["content_type", "width", "height"]
    extra = 0
    can_delete = False


@admin.register(PhotoGallery)
class PhotoGalleryAdmin(AuditedAdmin):
    list_display = ["slug", "status", "published_at", "event"]
    list_filter = ["status"]
    readonly_fields = ["status", "published_at"]
    inlines = [PhotoInline]
