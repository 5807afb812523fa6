"""The stages of an investment case and the one table of moves between them."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _


class Stage(models.TextChoices):
    LEAD = "lead", _("Lead")
    CONTACTED = "contacted", _("Contacted")
    MET = "met", _("Met")
    INTENT_SIGNED = "intent_signed", _("Letter of intent signed")
    CONTRACT_SIGNED = "contract_signed", _("Contract signed")
    COMPANY_REGISTERED = "company_registered", _("Company registered")
    SITE_SECURED = "site_secured", _("Site secured / under construction")
    OPERATING = "operating", _("Operating (landed)")
    DROPPED = "dropped", _("Dropped")


#: The open stages in their order; a case moves forward one step at a time.
OPEN_STAGES: tuple[Stage, ...] = (
    Stage.LEAD,
    Stage.CONTACTED,
    Stage.MET,
    Stage.INTENT_SIGNED,
    Stage.CONTRACT_SIGNED,
    Stage.COMPANY_REGISTERED,
    Stage.SITE_SECURED,
    Stage.OPERATING,
)

#: Allowed moves: from each stage, the stages it may go to. A dropped case reopens to
#: the stage it was dropped from (checked in the domain, which knows that stage).
TRANSITIONS: dict[Stage, frozenset[Stage]] = {
    Stage.LEAD: frozenset({Stage.CONTACTED, Stage.DROPPED}),
    Stage.CONTACTED: frozenset({Stage.MET, Stage.DROPPED}),
    Stage.MET: frozenset({Stage.INTENT_SIGNED, Stage.DROPPED}),
    Stage.INTENT_SIGNED: frozenset({Stage.CONTRACT_SIGNED, Stage.DROPPED}),
    Stage.CONTRACT_SIGNED: frozenset({Stage.COMPANY_REGISTERED, Stage.DROPPED}),
    Stage.COMPANY_REGISTERED: frozenset({Stage.SITE_SECURED, Stage.DROPPED}),
    Stage.SITE_SECURED: frozenset({Stage.OPERATING, Stage.DROPPED}),
    Stage.OPERATING: frozenset(),
    Stage.DROPPED: frozenset(OPEN_STAGES[:-1]),
}


def next_stage(stage: str) -> Stage | None:
    """The next open stage after this one, or None at the end or for a dropped case."""
    if stage not in OPEN_STAGES:
        return None
    index = OPEN_STAGES.index(Stage(stage))
    return OPEN_STAGES[index + 1] if index + 1 < len(OPEN_STAGES) else None


class StepStatus(models.TextChoices):
    OPEN = "open", _("Open")
    DONE = "done", _("Done")
    NOT_APPLICABLE = "not_applicable", _("Not applicable")


class RequiredFor(models.TextChoices):
    """The stage a landing step must be closed before (done or not applicable), if any."""

    NONE = "", _("Not required for a stage")
    COMPANY_REGISTERED = "company_registered", _("Required before “Company registered”")
    OPERATING = "operating", _("Required before “Operating (landed)”")


def required_stages_up_to(target: str) -> list[str]:
    """The `RequiredFor` stages a move to `target` must satisfy: those at or before it."""
    if target not in OPEN_STAGES:
        return []
    index = OPEN_STAGES.index(Stage(target))
    return [value for value in RequiredFor.values if value and OPEN_STAGES.index(Stage(value)) <= index]
