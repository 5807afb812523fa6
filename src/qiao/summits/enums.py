from django.db import models
from django.utils.translation import gettext_lazy as _


class EventStatus(models.TextChoices):
    DRAFT = "draft", _("Draft (organisers only)")
    PREPARATION = "preparation", _("Announced, programme in preparation")
    PUBLISHED = "published", _("Published")
    PAST = "past", _("Past")


class SessionKind(models.TextChoices):
    FORUM = "forum", _("High-level forum")
    KEYNOTE = "keynote", _("Keynote")
    ONLINE = "online", _("Overseas online connection")
    EXHIBITION = "exhibition", _("Project exhibition")
    SIGNING = "signing", _("Signing ceremony")
    SITE_VISIT = "site_visit", _("Site visit")


class TalkKind(models.TextChoices):
    ADDRESS = "address", _("Address")
    KEYNOTE = "keynote", _("Keynote")
    PANEL = "panel", _("Panel contribution")


class OrganiserRole(models.TextChoices):
    HOST = "host", _("Host")
    SUPPORTER = "supporter", _("Supported by")
    ORGANISER = "organiser", _("Organised by")
    CO_ORGANISER = "co_organiser", _("Co-organised by")


class AttendanceMode(models.TextChoices):
    ONSITE = "onsite", _("Onsite")
    ONLINE = "online", _("Online")
