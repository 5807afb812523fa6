from django.urls import URLPattern, URLResolver, path

from qiao.workspaces import views

app_name = "workspaces"
urlpatterns: list[URLPattern | URLResolver] = [
    path("", views.home, name="home"),
    path("projects/new/", views.project_create, name="project_create"),
    path("projects/<slug:key>/edit/", views.project_edit, name="project_edit"),
    path("offers/new/", views.offer_create, name="offer_create"),
    path("offers/<slug:key>/edit/", views.offer_edit, name="offer_edit"),
    path("requests/<int:pk>/<str:answer>/", views.answer_request, name="answer_request"),
    path("moderation/", views.moderation, name="moderation"),
    path("moderation/<slug:key>/<str:decision>/", views.moderate, name="moderate"),
    path("summits/<slug:key>/", views.event_setup, name="event_setup"),
    path("summits/<slug:key>/sessions/new/", views.session_edit, name="session_create"),
    path("summits/<slug:key>/sessions/<int:pk>/", views.session_edit, name="session_edit"),
    path("summits/<slug:key>/sessions/<int:session_pk>/talks/new/", views.talk_edit, name="talk_create"),
    path("summits/<slug:key>/sessions/<int:session_pk>/talks/<int:pk>/", views.talk_edit, name="talk_edit"),
    path("summits/<slug:key>/speakers/new/", views.speaker_edit, name="speaker_create"),
    path("summits/<slug:key>/speakers/<int:pk>/", views.speaker_edit, name="speaker_edit"),
]
