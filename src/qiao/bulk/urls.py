from django.urls import URLPattern, URLResolver, path

from qiao.bulk import views

app_name = "bulk"
urlpatterns: list[URLPattern | URLResolver] = [
    path("", views.index, name="index"),
    path("confirm/", views.confirm, name="confirm"),
    path("format/", views.format_doc, name="format"),
    path("export/<slug:kind>.<slug:file_format>", views.download, name="export"),
]
