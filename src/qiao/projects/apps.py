from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ProjectsConfig(AppConfig):
    name = "qiao.projects"
    verbose_name = _("Projects and offers")
