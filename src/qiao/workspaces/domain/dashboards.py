"""The facts and panels of each role's workspace, gathered for one person (no request)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from django.db.models import Count, Q
from django.urls import NoReverseMatch, reverse

from qiao.accounts.enums import Role
from qiao.accounts.rules import is_organiser
from qiao.core import translated
from qiao.core.languages import CONTENT_LANGUAGES
from qiao.meetings.access import incoming_for_user, outgoing_for_user
from qiao.meetings.enums import RequestStatus
from qiao.meetings.models import MeetingRequest
from qiao.projects.access import offers_of_member, projects_of_member
from qiao.projects.domain.moderation import moderation_queue
from qiao.projects.models import Offer, Project
from qiao.summits.access import current_event_for_user, events_visible_to
from qiao.summits.enums import AttendanceMode
from qiao.summits.models import Event, Registration, Session
from qiao.workspaces.domain import next_steps as steps

MAX_ROWS = 50


def role_of(user: Any) -> str:
    """The workspace a person gets: superusers count as organisers; unapproved roles as visitors."""
    if is_organiser(user):
        return Role.ORGANISER
    if user.role in (Role.COMPANY, Role.OFFICER, Role.EXPERT) and (user.approved or user.role == Role.COMPANY):
        return str(user.role)
    return Role.VISITOR


def _url(name: str, *args: Any) -> str:
    """A URL if the named page exists (other apps may not be installed yet), else ''."""
    try:
        return reverse(name, args=args)
    except NoReverseMatch:
        return ""


def _facts_of(obj: Project | Offer, language: str, edit_name: str) -> steps.ProfileFacts:
    return steps.ProfileFacts(
        title=translated.resolve(obj.title, language).text or obj.key,
        languages=frozenset(lang for lang in translated.texts_of(obj.title) if lang in CONTENT_LANGUAGES),
        edit_url=_url(edit_name, obj.key),
        moderation=getattr(obj, "moderation", ""),
        rejection_reason=getattr(obj, "moderation_reason", ""),
    )


@dataclass
class Workspace:
    """What a dashboard shows; panels a role does not have stay empty."""

    role: str
    event: Event | None
    steps: list[steps.Step] = field(default_factory=list)
    links: dict[str, str] = field(default_factory=dict)
    organisations: list[Any] = field(default_factory=list)
    projects: list[Project] = field(default_factory=list)
    offers: list[Offer] = field(default_factory=list)
    incoming: list[MeetingRequest] = field(default_factory=list)
    outgoing: list[MeetingRequest] = field(default_factory=list)
    registrations: list[Registration] = field(default_factory=list)
    figures: dict[str, int] = field(default_factory=dict)
    checkin: Any = None
    queue: list[Project] = field(default_factory=list)
    sessions: list[Session] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)


def _links(event: Event | None) -> dict[str, str]:
    links = {
        steps.REQUESTS: "#requests",
        steps.NEW_PROJECT: _url("workspaces:project_create"),
        steps.NEW_OFFER: _url("workspaces:offer_create"),
        steps.MODERATION: _url("workspaces:moderation"),
        "agenda": _url("meetings:agenda"),
        "agenda_file": _url("meetings:agenda_file"),
        "tickets": _url("tickets:mine"),
    }
    if event is not None:
        links[steps.SCHEDULER] = _url("meetings:scheduler", event.key)
        links[steps.SETUP] = _url("workspaces:event_setup", event.key)
        links[steps.REGISTER] = _url("tickets:register", event.key) or _url("web:event", event.key)
    return links


def registration_figures(event: Event) -> dict[str, int]:
    """Registrations of an event, in total and by attendance mode (one query)."""
    counts = Registration.objects.filter(event=event).aggregate(
        total=Count("id"),
        onsite=Count("id", filter=Q(mode=AttendanceMode.ONSITE)),
        online=Count("id", filter=Q(mode=AttendanceMode.ONLINE)),
    )
    return {name: int(value or 0) for name, value in counts.items()}


def checkin_figures_for(event: Event) -> Any:
    """The tickets app's check-in figures when it provides them, else None."""
    try:
        from qiao.tickets.domain.checkin import checkin_figures
    except ImportError:
        return None
    return checkin_figures(event)


def sessions_missing_language(sessions: list[Session]) -> int:
    return sum(1 for s in sessions if set(CONTENT_LANGUAGES) - set(translated.texts_of(s.title)))


def build(user: Any, language: str) -> Workspace:
    """The person's workspace: their role's panels and next steps."""
    role = role_of(user)
    event = current_event_for_user(user)
    links = _links(event)
    space = Workspace(role=role, event=event, links=links)
    space.registrations = list(Registration.objects.filter(person=user).select_related("event"))
    registered = event is None or any(r.event_id == event.pk for r in space.registrations)
    facts: dict[str, Any] = {"role": role, "registered": registered}
    if role == Role.VISITOR and user.role in (Role.OFFICER, Role.EXPERT) and not user.approved:
        facts["awaiting_approval_as"] = user.get_role_display()
    if role in (Role.COMPANY, Role.OFFICER):
        space.organisations = [m.organisation for m in user.memberships.select_related("organisation")]
        facts["has_organisation"] = bool(space.organisations)
        space.incoming = list(incoming_for_user(user)[:MAX_ROWS])
        space.outgoing = list(outgoing_for_user(user)[:MAX_ROWS])
        facts["incoming_pending"] = sum(1 for r in space.incoming if r.status == RequestStatus.PENDING)
        facts["outgoing_pending"] = sum(1 for r in space.outgoing if r.status == RequestStatus.PENDING)
    if role == Role.COMPANY:
        space.projects = list(projects_of_member(user).order_by("key")[:MAX_ROWS])
        facts["projects"] = tuple(_facts_of(p, language, "workspaces:project_edit") for p in space.projects)
    if role == Role.OFFICER:
        space.offers = list(offers_of_member(user).order_by("key")[:MAX_ROWS])
        facts["offers"] = tuple(_facts_of(o, language, "workspaces:offer_edit") for o in space.offers)
    if role == Role.ORGANISER:
        space.queue = moderation_queue()
        space.events = list(events_visible_to(user).order_by("-starts_at"))
        facts["awaiting_moderation"] = len(space.queue)
        facts["registered"] = True
        if event is not None:
            space.sessions = list(event.sessions.order_by("starts_at", "key"))
            space.figures = registration_figures(event)
            space.checkin = checkin_figures_for(event)
            facts["sessions_missing_language"] = sessions_missing_language(space.sessions)
            facts["accepted_unscheduled"] = _accepted_unscheduled(event)
    space.steps = steps.next_steps(steps.Facts(**facts), links)
    return space


def _accepted_unscheduled(event: Event) -> int:
    """Accepted requests at the event while no schedule has been published for it."""
    if event.schedule_runs.filter(published_at__isnull=False).exists():
        return 0
    return MeetingRequest.objects.filter(event=event, status=RequestStatus.ACCEPTED).count()
