from django.urls import URLPattern, URLResolver, path

from qiao.deals import views

app_name = "deals"
urlpatterns: list[URLPattern | URLResolver] = [
    path("", views.agreement_list, name="list"),
    path("new/", views.agreement_create, name="create"),
    path("<int:pk>/", views.agreement_detail, name="detail"),
    path("<int:pk>/edit/", views.agreement_edit, name="edit"),
    path("<int:pk>/issue/", views.issue, name="issue"),
    path("<int:pk>/versions/<int:number>.pdf", views.version_pdf, name="version_pdf"),
    path("<int:pk>/versions/<int:number>/sign/", views.sign, name="sign"),
    path("<int:pk>/onsite/", views.onsite, name="onsite"),
    path("<int:pk>/scans/<int:scan_pk>/", views.scan_file, name="scan"),
    path("<int:pk>/verify/", views.verify, name="verify"),
    path("<int:pk>/consent/", views.consent, name="consent"),
    path("<int:pk>/delete/", views.delete, name="delete"),
    path("ceremonies/", views.ceremonies, name="ceremonies"),
    path("ceremonies/<int:session_pk>/", views.lineup, name="lineup"),
]
