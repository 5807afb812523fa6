from django.db import models
from django.utils.translation import gettext_lazy as _


class ProjectKind(models.TextChoices):
    INVEST = "invest", _("Invest (new site)")
    EXPAND = "expand", _("Expand an existing site")
    PARTNER = "partner", _("Find a partner")
    TECHNOLOGY = "technology", _("Sell or license technology")


class Visibility(models.TextChoices):
    PUBLIC = "public", _("Public")
    MATCHED = "matched", _("Matched parties only")
    PRIVATE = "private", _("Private")


class ProjectStage(models.TextChoices):
    DRAFT = "draft", _("Draft")
    PUBLISHED = "published", _("Published")
    IN_TALKS = "in_talks", _("In talks")
    INTENT_SIGNED = "intent_signed", _("Letter of intent signed")
    LANDED = "landed", _("Landed")
    WITHDRAWN = "withdrawn", _("Withdrawn")


class OfferKind(models.TextChoices):
    LAND = "land", _("Industrial land")
    FACTORY = "factory", _("Standard factory space")
    TALENT_FLATS = "talent_flats", _("Talent flats")
    SUBSIDY = "subsidy", _("Subsidies")
    SUPPLY_CHAIN = "supply_chain", _("Supply chain")
    PARTNER_NEED = "partner_need", _("Partner wanted")


class Moderation(models.TextChoices):
    """Whether the exhibition shows a project: companies submit, organisers publish or reject."""

    SUBMITTED = "submitted", _("Waiting for moderation")
    PUBLISHED = "published", _("Published in the exhibition")
    REJECTED = "rejected", _("Rejected")


# From each moderation state, the states a decision may move a project to.
MODERATION_TRANSITIONS: dict[str, frozenset[str]] = {
    Moderation.SUBMITTED: frozenset({Moderation.PUBLISHED, Moderation.REJECTED}),
    Moderation.PUBLISHED: frozenset({Moderation.REJECTED}),
    Moderation.REJECTED: frozenset({Moderation.PUBLISHED, Moderation.SUBMITTED}),
}
