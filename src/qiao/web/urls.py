from django.urls import path

from qiao.web import views

app_name = "web"
urlpatterns = [
    path("", views.home, name="home"),
    path("summits/<slug:key>/", views.event_detail, name="event"),
    path("projects/", views.project_list, name="projects"),
    path("projects/<slug:key>/", views.project_detail, name="project"),
    path("offers/", views.offer_list, name="offers"),
    path("intents/", views.intent_list, name="intents"),
    path("preferences/time-zone/", views.set_time_zone, name="set_time_zone"),
]
