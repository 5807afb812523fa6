from django.db import models
from django.utils.translation import gettext_lazy as _


class AgreementKind(models.TextChoices):
    LETTER_OF_INTENT = "intent", _("Letter of intent")
    CO_BUILDING = "co_building", _("Co-building intent")
    STRATEGIC = "strategic", _("Strategic cooperation")
    CONTRACT = "contract", _("Contract")


class SigningMode(models.TextChoices):
    ONLINE = "online", _("Signed online")
    ONSITE = "onsite", _("Signed onsite")


class SecondLanguage(models.TextChoices):
    """The language printed beside the Chinese text of a letter of intent."""

    GERMAN = "de", _("German")
    ENGLISH = "en", _("English")
