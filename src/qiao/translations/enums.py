from django.db import models
from django.utils.translation import gettext_lazy as _


class RequestStatus(models.TextChoices):
    OPEN = "open", _("Open")
    DONE = "done", _("Done")


# The only move a request makes: a translator fills it in.
TRANSITIONS: dict[str, tuple[str, ...]] = {RequestStatus.OPEN: (RequestStatus.DONE,), RequestStatus.DONE: ()}
