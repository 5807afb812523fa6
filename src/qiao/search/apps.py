from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    name = "qiao.search"
    verbose_name = _("Search")

    def ready(self) -> None:
        from qiao.search import signals

        signals.connect()
