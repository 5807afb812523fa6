"""Opening and moving investment cases: one verb per state change, each in one transaction."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from qiao.core.domain import audit
from qiao.organisations.models import Organisation
from qiao.pipeline.enums import OPEN_STAGES, TRANSITIONS, Stage, next_stage
from qiao.pipeline.models import Case, CaseEvent
from qiao.projects.models import Project
from qiao.summits.models import Event


class PipelineError(Exception):
    """A move the rules refuse; its message is for the person who tried."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


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

    Side effects: a CaseEvent and an audit entry.
    """
    if stage == Stage.DROPPED:
        raise PipelineError("stage", _("A case cannot be opened as dropped."))
    now = at or timezone.now()
    with transaction.atomic():
        case = Case.objects.create(
            project=project, district=district, owner=owner, event=event, stage=stage, stage_since=now
        )
        CaseEvent.objects.create(case=case, from_stage="", to_stage=stage, by=_person(by), at=now, note=note)
        audit.record(by, "pipeline.case_opened", case, stage=stage)
    return case


def reopen_stage(case: Case) -> Stage | None:
    """The stage a dropped case was dropped from (where reopening takes it), else None."""
    if case.stage != Stage.DROPPED:
        return None
    last_drop = case.history.filter(to_stage=Stage.DROPPED).order_by("-at", "-pk").first()
    if last_drop is None or last_drop.from_stage not in OPEN_STAGES:
        return None
    return Stage(last_drop.from_stage)


def move_case(case: Case, to_stage: str, by: Any, note: str = "", *, expected_version: int) -> Case:
    """Move the case to `to_stage` if the transitions table allows it and nobody moved it meanwhile.

    Dropping needs a reason (the note); a dropped case reopens only to the stage it was
    dropped from. Side effects: the case's stage, version and time in stage change, a
    CaseEvent and an audit entry are written. Nothing is written when the move is refused.
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
        now = timezone.now()
        locked.stage = target
        locked.dropped_reason = note if target == Stage.DROPPED else ""
        locked.stage_since = now
        locked.version += 1
        locked.save(update_fields=["stage", "dropped_reason", "stage_since", "version", "updated_at"])
        CaseEvent.objects.create(case=locked, from_stage=current, to_stage=target, by=_person(by), at=now, note=note)
        audit.record(by, "pipeline.case_moved", locked, from_stage=current, to_stage=target, note=note)
    return locked


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
