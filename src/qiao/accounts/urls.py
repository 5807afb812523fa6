from django.urls import path

from qiao.accounts import views, views_two_factor

app_name = "accounts"
urlpatterns = [
    path("profile/", views.profile, name="profile"),
    path("applications/", views.application_queue, name="applications"),
    path("applications/<int:pk>/decide/", views.decide_application, name="decide"),
    path("two-factor/", views_two_factor.setup, name="two_factor"),
    path("two-factor/off/", views_two_factor.disable, name="two_factor_off"),
    path("two-factor/sign-in/", views_two_factor.sign_in_code, name="two_factor_sign_in"),
]
