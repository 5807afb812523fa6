from django.urls import URLPattern, URLResolver, path

from qiao.trade import views

app_name = "trade"
urlpatterns: list[URLPattern | URLResolver] = [
    path("", views.index, name="index"),
    path("import/", views.import_upload, name="import"),
    path("import/confirm/", views.import_confirm, name="import_confirm"),
    path("format/", views.format_doc, name="format"),
    path("<str:reporter>/<str:partner>/", views.dashboard, name="dashboard"),
]
