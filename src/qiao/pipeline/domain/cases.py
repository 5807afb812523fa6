"""Opening and moving investment cases: one verb per state change, each in one transaction."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from django.db import transaction
from django.db.models import Q, QuerySet
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from qiao.accounts.enums import Role
from qiao.accounts.models import User
from qiao.core.domain import audit
from qiao.currencies.enums import Currency
from qiao.organisations.models import Organisation
from qiao.pipeline.domain.checklists import attach_checklist, refuse_if_required_steps_open
from qiao.pipeline.domain.errors import PipelineError as PipelineError  # re-exported: callers import it from here
from qiao.pipeline.enums import OPEN_STAGES, TRANSITIONS, Stage, next_stage
from qiao.pipeline.models import Case, CaseEvent
from qiao.projects.models import Project
from qiao.summits.models import Event

#: How far a recorded move may lie ahead of the server's clock (clocks drift a little).
CLOCK_TOLERANCE = dt.timedelta(minutes=5)


def open_case(
    project: Project,
    district: Organisation,
    by: Any,
    *,
    owner: Any = None,
    event: Event | None = None,
    stage: Stage = Stage.LEAD,
    note: str = "",
    at: dt.datetime | None = None,
) -> Case:
    """Open a case at `stage` (a lead unless told), in that stage since `at` (now unless told).

    The owner must be a member of the district or an organiser. A case opened at "letter of
    intent signed" gets the district's landing checklist. Side effects: a CaseEvent, an audit
    entry, and the checklist steps.
    """
    if stage == Stage.DROPPED:
        raise PipelineError("stage", _("A case cannot be opened as dropped."))
    now = at or timezone.now()
    _refuse_future(now)
    if owner is not None:
        _check_owner(district, owner)
    with transaction.atomic():
        case = Case.objects.create(
            project=project, district=district, owner=owner, event=event, stage=stage, stage_since=now
        )
        CaseEvent.objects.create(case=case, from_stage="", to_stage=stage, by=_person(by), at=now, note=note)
        audit.record(by, "pipeline.case_opened", case, stage=stage)
        if stage == Stage.INTENT_SIGNED:
            attach_checklist(case, by, now)
    return case


def opened_at(case: Case) -> dt.datetime:
    """When the case was opened: its first history row (the case's own date, not the row's)."""
    first = case.history.order_by("at", "pk").values_list("at", flat=True).first()
    return first or case.created_at


def reopen_stage(case: Case) -> Stage | None:
    """The stage a dropped case was dropped from (where reopening takes it), else None."""
    if case.stage != Stage.DROPPED:
        return None
    last_drop = case.history.filter(to_stage=Stage.DROPPED).order_by("-at", "-pk").first()
    if last_drop is None or last_drop.from_stage not in OPEN_STAGES:
        return None
    return Stage(last_drop.from_stage)


def move_case(
    case: Case,
    to_stage: str,
    by: Any,
    note: str = "",
    *,
    expected_version: int,
    at: dt.datetime | None = None,
) -> Case:
    """Move the case to `to_stage` if the transitions table allows it and nobody moved it meanwhile.

    Dropping needs a reason (the note); a dropped case reopens only to the stage it was
    dropped from; "company registered" and later stages need the landing steps required
    for them closed. `at` records a move made earlier (never before the case's current
    stage began). Side effects: the case's stage, version and time in stage change, a
    CaseEvent and an audit entry are written, and reaching "letter of intent signed"
    attaches the landing checklist. Nothing is written when the move is refused.
    """
    note = note.strip()
    if to_stage not in Stage.values:
        raise PipelineError("stage", _("This stage does not exist."))
    target = Stage(to_stage)
    with transaction.atomic():
        locked = Case.objects.select_for_update(of=("self",)).filter(pk=case.pk, deleted_at__isnull=True).first()
        if locked is None:
            raise PipelineError("version", _("Someone else moved this case meanwhile; reload."))
        if locked.version != expected_version:
            raise PipelineError("version", _("Someone else moved this case meanwhile; reload."))
        current = Stage(locked.stage)
        _check_move(locked, current, target, note)
        now = at or timezone.now()
        _refuse_future(now)
        if now < locked.stage_since:
            raise PipelineError(
                "at",
                _("A move cannot be dated before the case reached its current stage (%(date)s).")
                % {"date": date_format(timezone.localtime(locked.stage_since), "SHORT_DATETIME_FORMAT")},
            )
        if target != Stage.DROPPED:
            refuse_if_required_steps_open(locked, target)
        locked.stage = target
        locked.dropped_reason = note if target == Stage.DROPPED else ""
        locked.stage_since = now
        locked.version += 1
        locked.save(update_fields=["stage", "dropped_reason", "stage_since", "version", "updated_at"])
        CaseEvent.objects.create(case=locked, from_stage=current, to_stage=target, by=_person(by), at=now, note=note)
        audit.record(by, "pipeline.case_moved", locked, from_stage=current, to_stage=target, note=note)
        if target == Stage.INTENT_SIGNED:
            attach_checklist(locked, by, now)
    return locked


def eligible_owners(district: Organisation) -> QuerySet[User]:
    """Who may own a district's case: the district's members and the (approved) organisers."""
    return (
        User.objects.filter(is_active=True)
        .filter(Q(memberships__organisation=district) | Q(role=Role.ORGANISER, approved=True) | Q(is_superuser=True))
        .distinct()
        .order_by("username")
    )


def assign_owner(case: Case, owner: Any, by: Any) -> Case:
    """Give the case to another owner (or none); only the district's members or organisers qualify.

    Side effects: the case's owner and an audit entry.
    """
    if owner is not None:
        _check_owner(case.district, owner)
    with transaction.atomic():
        locked = Case.objects.select_for_update(of=("self",)).filter(pk=case.pk, deleted_at__isnull=True).first()
        if locked is None:
            raise PipelineError("deleted", _("This case has been deleted."))
        previous = locked.owner_id
        locked.owner = owner
        locked.save(update_fields=["owner", "updated_at"])
        audit.record(by, "pipeline.owner_assigned", locked, previous=previous, owner=owner.pk if owner else None)
    return locked


def delete_case(case: Case, by: Any, reason: str = "") -> Case:
    """Delete a case softly: it leaves the board and the lists; its history and tasks stay.

    Side effects: `deleted_at` and an audit entry (with the reason).
    """
    with transaction.atomic():
        locked = Case.objects.select_for_update(of=("self",)).filter(pk=case.pk, deleted_at__isnull=True).first()
        if locked is None:
            raise PipelineError("deleted", _("This case has been deleted already."))
        locked.deleted_at = timezone.now()
        locked.save(update_fields=["deleted_at", "updated_at"])
        audit.record(by, "pipeline.case_deleted", locked, reason=reason.strip(), stage=locked.stage)
    return locked


def _check_owner(district: Organisation, owner: Any) -> None:
    if not eligible_owners(district).filter(pk=owner.pk).exists():
        raise PipelineError("owner", _("Only members of the district or organisers can own its cases."))


def _refuse_future(at: dt.datetime) -> None:
    if at > timezone.now() + CLOCK_TOLERANCE:
        raise PipelineError("at", _("A move cannot be dated in the future."))


def _check_move(case: Case, current: Stage, target: Stage, note: str) -> None:
    if target == current:
        raise PipelineError("stage", _("The case is already at “%(stage)s”.") % {"stage": current.label})
    if current == Stage.DROPPED:
        previous = reopen_stage(case)
        if target != previous:
            raise PipelineError(
                "stage",
                _("A dropped case reopens to the stage it was dropped from: “%(stage)s”.")
                % {"stage": previous.label if previous else "—"},
            )
        return
    if target == Stage.DROPPED:
        if not note:
            raise PipelineError("note", _("Please give a reason for dropping the case."))
        return
    if target in TRANSITIONS[current]:
        return
    expected = next_stage(current)
    if expected is None:
        raise PipelineError("stage", _("“%(stage)s” is the last stage.") % {"stage": current.label})
    if OPEN_STAGES.index(target) > OPEN_STAGES.index(current):
        raise PipelineError(
            "stage",
            _("From “%(current)s” the next step is “%(next)s”; “%(target)s” comes later.")
            % {"current": current.label, "next": expected.label, "target": target.label},
        )
    raise PipelineError(
        "stage",
        _("A case does not go back from “%(current)s” to “%(target)s”.")
        % {"current": current.label, "target": target.label},
    )


def _person(actor: Any) -> Any:
    return actor if getattr(actor, "is_authenticated", False) else None


def record_figures(
    case: Case,
    by: Any,
    *,
    investment: Decimal | None,
    currency: str,
    jobs_planned: int | None,
    jobs_created: int | None,
) -> Case:
    """Record what the case commits (investment, jobs planned) and, once landed, the jobs created.

    Side effects: the four figures and an audit entry (only when something changed).
    """
    if currency not in Currency.values:
        raise PipelineError("currency", _("This currency is not supported."))
    if investment is not None and investment < 0:
        raise PipelineError("investment", _("The investment cannot be negative."))
    if any(value is not None and value < 0 for value in (jobs_planned, jobs_created)):
        raise PipelineError("jobs", _("Job numbers cannot be negative."))
    with transaction.atomic():
        locked = Case.objects.select_for_update(of=("self",)).get(pk=case.pk)
        new = {
            "investment": investment,
            "currency": currency,
            "jobs_planned": jobs_planned,
            "jobs_created": jobs_created,
        }
        if all(getattr(locked, name) == value for name, value in new.items()):
            return locked
        for name, value in new.items():
            setattr(locked, name, value)
        locked.save(update_fields=[*new, "updated_at"])
        audit.record(by, "pipeline.figures_recorded", locked, **new)
    return locked
