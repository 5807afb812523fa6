from django.urls import URLPattern, URLResolver, path

from qiao.experts import views

app_name = "experts"
urlpatterns: list[URLPattern | URLResolver] = [
    path("", views.directory, name="directory"),
    path("invitations/<str:token>/", views.accept, name="accept"),
    path("<slug:key>/", views.detail, name="detail"),
    path("<slug:key>/invite/", views.invite, name="invite"),
]
