from django.urls import path

from qiao.meetings import views

app_name = "meetings"
urlpatterns = [
    path("meetings/agenda/", views.agenda, name="agenda"),
    path("meetings/requests/new/", views.request_new, name="request_new"),
    path("meetings/agenda.ics", views.agenda_file, name="agenda_file"),
    path("summits/<slug:key>/scheduler/", views.scheduler, name="scheduler"),
    path("summits/<slug:key>/scheduler/start/", views.scheduler_start, name="scheduler_start"),
    path("summits/<slug:key>/scheduler/<int:run_pk>/publish/", views.scheduler_publish, name="scheduler_publish"),
    path("summits/<slug:key>/scheduler/<int:run_pk>/tables.<str:fmt>", views.table_plan, name="table_plan"),
]
