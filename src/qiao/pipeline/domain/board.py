"""The board: cases grouped by stage, with how long each has sat in its stage."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from django.db.models import QuerySet

from qiao.pipeline.enums import OPEN_STAGES, Stage, next_stage
from qiao.pipeline.models import Case


@dataclass(frozen=True)
class Card:
    case: Case
    days_in_stage: int
    next_stage: Stage | None
    can_move: bool
    open_tasks: int = 0
    overdue_tasks: int = 0
    next_due: dt.date | None = None


@dataclass
class Column:
    stage: Stage
    cards: list[Card] = field(default_factory=list)


def board_columns(
    cases: QuerySet[Case], movable_district_ids: set[int] | None, now: dt.datetime, today: dt.date
) -> list[Column]:
    """One column per stage (dropped last); `movable_district_ids` None means every case may move.

    Cases may carry `open_tasks` (prefetched open follow-up tasks, earliest due first).
    """
    columns = {stage: Column(stage) for stage in (*OPEN_STAGES, Stage.DROPPED)}
    for case in cases:
        can_move = movable_district_ids is None or case.district_id in movable_district_ids
        tasks = getattr(case, "open_tasks", [])
        columns[Stage(case.stage)].cards.append(
            Card(
                case,
                max((now - case.stage_since).days, 0),
                next_stage(case.stage),
                can_move,
                open_tasks=len(tasks),
                overdue_tasks=sum(1 for task in tasks if task.due_on < today),
                next_due=tasks[0].due_on if tasks else None,
            )
        )
    return list(columns.values())
