"""The kinds of consent a person gives."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class ConsentKind(models.TextChoices):
    PROCESSING = "processing", _("Processing of personal data")
    # PIPL art. 39: separate consent before personal information leaves China (and vice versa).
    CROSS_BORDER = "cross_border", _("Transfer of personal data across borders")


# Every account needs both: the platform exists to connect people in China and Germany.
REQUIRED_CONSENTS = (ConsentKind.PROCESSING, ConsentKind.CROSS_BORDER)
