from django.urls import path

from qiao.translations import views

app_name = "translations"
urlpatterns = [
    path("", views.queue, name="queue"),
    path("request/", views.ask, name="request"),
    path("<int:pk>/", views.translate, name="translate"),
]
