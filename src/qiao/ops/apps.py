from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OpsConfig(AppConfig):
    name = "qiao.ops"
    verbose_name = _("Operations")

    def ready(self) -> None:
        from django_tasks.signals import task_finished

        from qiao.ops.domain.retries import on_task_finished

        # Every backend sends task_finished, so retries and dead letters work on each of them.
        task_finished.connect(on_task_finished, dispatch_uid="qiao.ops.retries")
