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
]
