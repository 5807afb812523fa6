from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ApiConfig(AppConfig):
    name = "qiao.api"
    verbose_name = _("REST API")

    def ready(self) -> None:
        from django.db.models.signals import post_save

        from qiao.api import authentication  # noqa: F401 - registers the token scheme with drf-spectacular
        from qiao.api.signals import audit_entry_saved
        from qiao.core.models import AuditEntry

        post_save.connect(audit_entry_saved, sender=AuditEntry, dispatch_uid="qiao.api.webhooks")
