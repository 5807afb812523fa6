from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PrivacyConfig(AppConfig):
    name = "qiao.privacy"
    verbose_name = _("Privacy")

    def ready(self) -> None:
        # Registers the export sections of accounts, consents and reviews.
        from qiao.privacy import exporters  # noqa: F401
