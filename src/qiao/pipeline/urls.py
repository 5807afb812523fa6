from django.urls import URLPattern, URLResolver, path

from qiao.pipeline import checklist_views, report_views, views

app_name = "pipeline"
urlpatterns: list[URLPattern | URLResolver] = [
    path("", views.board, name="board"),
    path("cases/<int:pk>/", views.case_detail, name="case"),
    path("cases/<int:pk>/move/", views.move, name="move"),
    path("cases/<int:pk>/owner/", views.owner, name="owner"),
    path("cases/<int:pk>/delete/", views.delete, name="delete"),
    path("cases/<int:pk>/tasks/", views.add_follow_up, name="add_task"),
    path("cases/<int:pk>/tasks/<int:task_pk>/done/", views.complete_follow_up, name="complete_task"),
    path("cases/<int:pk>/steps/<int:step_pk>/", views.step, name="step"),
    path("checklists/", checklist_views.templates, name="templates"),
    path("checklists/start/<int:district_pk>/", checklist_views.start_template, name="start_template"),
    path("checklists/<int:pk>/", checklist_views.template_detail, name="template"),
    path("checklists/<int:pk>/steps/new/", checklist_views.template_step, name="template_step_new"),
    path("checklists/<int:pk>/steps/<int:step_pk>/", checklist_views.template_step, name="template_step"),
    path("checklists/<int:pk>/steps/<int:step_pk>/remove/", checklist_views.remove_step, name="template_step_remove"),
    path("reports/", report_views.report, name="report"),
    path("reports/report.<str:fmt>", report_views.export, name="report_export"),
]
