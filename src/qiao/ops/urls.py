from django.urls import URLPattern, URLResolver, path

from qiao.ops import views

app_name = "ops"
urlpatterns: list[URLPattern | URLResolver] = [
    path("healthz", views.healthz, name="healthz"),
    path("metrics", views.metrics_view, name="metrics"),
]
