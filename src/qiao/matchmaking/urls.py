from django.urls import path

from qiao.matchmaking import views

app_name = "matchmaking"
urlpatterns = [
    path("projects/<slug:key>/matches/", views.project_matches, name="project_matches"),
    path("offers/<slug:key>/matches/", views.offer_matches, name="offer_matches"),
    path("organisations/<slug:key>/matches/", views.organisation_matches_page, name="organisation_matches"),
    path("summits/<slug:key>/match-graph/", views.match_graph, name="match_graph"),
    path("projects/<slug:key>/experts/", views.project_experts, name="project_experts"),
    path("experts/<slug:key>/projects/", views.expert_projects, name="expert_projects"),
    path("matches/feedback/", views.feedback, name="feedback"),
]
