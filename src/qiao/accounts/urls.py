from django.urls import path

from qiao.accounts import views

app_name = "accounts"
urlpatterns = [
    path("profile/", views.profile, name="profile"),
    path("applications/", views.application_queue, name="applications"),
    path("applications/<int:pk>/decide/", views.decide_application, name="decide"),
]
