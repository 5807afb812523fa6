from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TicketsConfig(AppConfig):
    name = "qiao.tickets"
    verbose_name = _("Registration, tickets and check-in")

    def ready(self) -> None:
        from qiao.tickets import signals

        signals.connect()
