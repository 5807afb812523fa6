"""What a person should do next, computed from plain facts about their workspace.

Pure: the dashboard gathers the facts (counts, titles, languages) and the links; this
module only decides which steps to show and words them.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from qiao.core.fields import LANGUAGE_LABELS
from qiao.core.languages import CONTENT_LANGUAGES

# Link names the steps may point to; the dashboard supplies the URLs it has.
REQUESTS = "requests"
NEW_PROJECT = "new_project"
NEW_OFFER = "new_offer"
MODERATION = "moderation"
SCHEDULER = "scheduler"
REGISTER = "register"
SETUP = "setup"


@dataclass(frozen=True)
class ProfileFacts:
    """A project or offer as the next steps see it."""

    title: str
    languages: frozenset[str]
    edit_url: str = ""
    moderation: str = ""
    rejection_reason: str = ""


@dataclass(frozen=True)
class Facts:
    """Everything the next steps depend on; counts default to nothing to do."""

    role: str
    has_organisation: bool = True
    incoming_pending: int = 0
    outgoing_pending: int = 0
    projects: tuple[ProfileFacts, ...] = ()
    offers: tuple[ProfileFacts, ...] = ()
    registered: bool = True
    awaiting_moderation: int = 0
    sessions_missing_language: int = 0
    accepted_unscheduled: int = 0
    awaiting_approval_as: str = ""


@dataclass(frozen=True)
class Step:
    text: str
    url: str = ""
    urgent: bool = False


@dataclass
class _Steps:
    links: Mapping[str, str]
    items: list[Step] = field(default_factory=list)

    def add(self, text: str, link: str = "", *, url: str = "", urgent: bool = False) -> None:
        self.items.append(Step(text=text, url=url or self.links.get(link, ""), urgent=urgent))


def _missing_languages(languages: frozenset[str]) -> str:
    return ", ".join(str(LANGUAGE_LABELS[lang]) for lang in CONTENT_LANGUAGES if lang not in languages)


def _project_steps(steps: _Steps, projects: tuple[ProfileFacts, ...]) -> None:
    if not projects:
        steps.add(_("Describe your first project so that Chinese districts and parks can find it."), NEW_PROJECT)
    for project in projects:
        if project.moderation == "rejected":
            steps.add(
                _("Your project “%(title)s” was rejected: %(reason)s Edit it to submit it again.")
                % {"title": project.title, "reason": project.rejection_reason},
                url=project.edit_url,
                urgent=True,
            )
        elif project.moderation == "submitted":
            steps.add(
                _("Your project “%(title)s” waits for the organisers' moderation.") % {"title": project.title},
                url=project.edit_url,
            )
        if missing := _missing_languages(project.languages):
            steps.add(
                _("Your project “%(title)s” has no text in %(languages)s.")
                % {"title": project.title, "languages": missing},
                url=project.edit_url,
            )


def _offer_steps(steps: _Steps, offers: tuple[ProfileFacts, ...]) -> None:
    if not offers:
        steps.add(_("Describe your first offer so that German companies can find it."), NEW_OFFER)
    for offer in offers:
        if missing := _missing_languages(offer.languages):
            steps.add(
                _("Your offer “%(title)s” has no text in %(languages)s.")
                % {"title": offer.title, "languages": missing},
                url=offer.edit_url,
            )


def next_steps(facts: Facts, links: Mapping[str, str]) -> list[Step]:
    """The person's to-do list, most urgent first."""
    steps = _Steps(links=links)
    if facts.awaiting_approval_as:
        steps.add(
            _(
                "The organisers have yet to approve your account as %(role)s; "
                "until then you see the visitor's workspace."
            )
            % {"role": facts.awaiting_approval_as}
        )
    if facts.role in ("company", "officer") and not facts.has_organisation:
        steps.add(_("Your account is not linked to an organisation yet; please ask the organisers."), urgent=True)
    if facts.incoming_pending:
        steps.add(
            ngettext(
                "%(count)d meeting request waits for your answer.",
                "%(count)d meeting requests wait for your answer.",
                facts.incoming_pending,
            )
            % {"count": facts.incoming_pending},
            REQUESTS,
            urgent=True,
        )
    if facts.role == "organiser":
        if facts.awaiting_moderation:
            steps.add(
                ngettext(
                    "%(count)d project waits for moderation.",
                    "%(count)d projects wait for moderation.",
                    facts.awaiting_moderation,
                )
                % {"count": facts.awaiting_moderation},
                MODERATION,
                urgent=True,
            )
        if facts.sessions_missing_language:
            steps.add(
                ngettext(
                    "%(count)d session has no title in one of the three languages.",
                    "%(count)d sessions have no title in one of the three languages.",
                    facts.sessions_missing_language,
                )
                % {"count": facts.sessions_missing_language},
                SETUP,
            )
        if facts.accepted_unscheduled:
            steps.add(
                ngettext(
                    "%(count)d accepted meeting request is not scheduled yet: run the meeting scheduler.",
                    "%(count)d accepted meeting requests are not scheduled yet: run the meeting scheduler.",
                    facts.accepted_unscheduled,
                )
                % {"count": facts.accepted_unscheduled},
                SCHEDULER,
            )
    if facts.role == "company" and facts.has_organisation:
        _project_steps(steps, facts.projects)
    if facts.role == "officer" and facts.has_organisation:
        _offer_steps(steps, facts.offers)
    if not facts.registered:
        steps.add(_("Register for the summit, onsite or online."), REGISTER)
    if facts.outgoing_pending:
        steps.add(
            ngettext(
                "%(count)d of your meeting requests is still waiting for an answer.",
                "%(count)d of your meeting requests are still waiting for an answer.",
                facts.outgoing_pending,
            )
            % {"count": facts.outgoing_pending},
            REQUESTS,
        )
    return sorted(steps.items, key=lambda step: not step.urgent)
