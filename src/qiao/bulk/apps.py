from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class BulkConfig(AppConfig):
    name = "qiao.bulk"
    verbose_name = _("Import and export")
