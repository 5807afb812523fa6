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


@dataclass
class Column:
    stage: Stage
    cards: list[Card] = field(default_factory=list)


def board_columns(cases: QuerySet[Case], movable_district_ids: set[int] | None, now: dt.datetime) -> list[Column]:
    """One column per stage (dropped last); `movable_district_ids` None means every case may move."""
    columns = {stage: Column(stage) for stage in (*OPEN_STAGES, Stage.DROPPED)}
    for case in cases:
        can_move = movable_district_ids is None or case.district_id in movable_district_ids
        columns[Stage(case.stage)].cards.append(
            Card(case, max((now - case.stage_since).days, 0), next_stage(case.stage), can_move)
        )
    return list(columns.values())
