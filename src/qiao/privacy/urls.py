from django.urls import path

from qiao.privacy import views

app_name = "privacy"
urlpatterns = [
    path("", views.my_data, name="mine"),
    path("consent/", views.consent, name="consent"),
    path("download/", views.download, name="download"),
    path("withdraw/", views.withdraw, name="withdraw"),
    path("erase/", views.erase, name="erase"),
]
