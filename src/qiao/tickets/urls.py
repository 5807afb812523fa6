from django.urls import URLPattern, URLResolver, path

from qiao.tickets import views

app_name = "tickets"
urlpatterns: list[URLPattern | URLResolver] = [
    path("", views.mine, name="mine"),
    path("summits/<slug:key>/", views.register, name="register"),
    path("summits/<slug:key>/cancel/", views.cancel, name="cancel"),
    path("sessions/<int:pk>/register/", views.session_register, name="session_register"),
    path("seats/<int:pk>/cancel/", views.session_cancel, name="session_cancel"),
    path("ticket/<int:pk>/", views.ticket, name="ticket"),
    path("ticket/<int:pk>/ticket.pdf", views.ticket_file, name="ticket_pdf"),
    path("checkin/", views.checkin_index, name="checkin_index"),
    path("checkin/<slug:key>/", views.checkin, name="checkin"),
]
