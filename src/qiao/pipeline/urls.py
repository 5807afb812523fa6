from django.urls import URLPattern, URLResolver, path

from qiao.pipeline import views

app_name = "pipeline"
urlpatterns: list[URLPattern | URLResolver] = [
    path("", views.board, name="board"),
    path("cases/<int:pk>/", views.case_detail, name="case"),
    path("cases/<int:pk>/move/", views.move, name="move"),
]
