from django.urls import URLPattern, URLResolver, path

from qiao.reviews import views

app_name = "reviews"
urlpatterns: list[URLPattern | URLResolver] = [
    path("", views.index, name="index"),
    path("new/<slug:project_key>/", views.new_request, name="new"),
    path("<int:pk>/", views.detail, name="detail"),
    path("<int:pk>/assign/", views.assign_expert, name="assign"),
    path("mine/", views.my_assignments, name="mine"),
    path("assignments/<int:pk>/", views.review_form, name="review"),
    path("assignments/<int:pk>/decline/", views.decline, name="decline"),
    path("<int:pk>/reveal/", views.reveal, name="reveal"),
    path("advice/<slug:project_key>/", views.advice, name="advice"),
    path("advice/files/<int:pk>/", views.advice_file, name="advice_file"),
    path("reports/", views.reports, name="reports"),
]
