"""Running the scheduler for an event and publishing its result, all at once or not at all."""

from __future__ import annotations

from typing import Any

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from qiao.core.domain import audit
from qiao.engines.scheduling.model import InstanceError
from qiao.engines.scheduling.solver import solve
from qiao.meetings.domain.availability import describe_hours
from qiao.meetings.domain.scheduling_adapter import build_instance
from qiao.meetings.models import Meeting, MeetingSlot, ScheduleRun
from qiao.meetings.video import video_link
from qiao.notifications.domain import meetings as notify_meetings
from qiao.summits.models import Event

MAX_SECONDS = 600


class ScheduleError(Exception):
    """A scheduling action the rules refuse; the message is for the organiser."""


def start_run(event: Event, by: Any, seconds: int = 30, seed: int = 0) -> ScheduleRun:
    """Queue a scheduler run. Side effects: ScheduleRun (queued); task enqueued on commit; audit."""
    from qiao.meetings.tasks import run_scheduler

    if not 1 <= seconds <= MAX_SECONDS:
        raise ScheduleError(_("Choose a time limit between 1 and %(max)d seconds.") % {"max": MAX_SECONDS})
    with transaction.atomic():
        run = ScheduleRun.objects.create(event=event, started_by=by, seconds=seconds, seed=seed)
        audit.record(by, "schedule_run.started", run, seconds=seconds, seed=seed)
        transaction.on_commit(lambda: run_scheduler.enqueue(run.pk))
    return run


def execute_run(run_pk: int) -> ScheduleRun:
    """Solve the event's instance and store the result on the run (called by the worker)."""
    run = ScheduleRun.objects.select_related("event").get(pk=run_pk)
    ScheduleRun.objects.filter(pk=run_pk).update(status=ScheduleRun.Status.RUNNING, updated_at=timezone.now())
    try:
        context = build_instance(run.event)
        result = solve(context.instance, seconds=float(run.seconds), seed=run.seed)
    except InstanceError as error:
        run.status, run.message = ScheduleRun.Status.FAILED, f"{error.code}: {error.item}"
        run.save(update_fields=["status", "message", "updated_at"])
        return run
    run.status = ScheduleRun.Status.DONE
    run.progress = 100
    run.weight, run.upper_bound, run.gap = result.weight, result.upper_bound, result.gap
    run.result = {
        "meetings": [{"request": m.request, "slot": m.slot, "mode": m.mode} for m in result.schedule.meetings],
        "unscheduled": [{"request": e.request, "kind": e.kind, "data": e.data} for e in result.explanations],
        "count": result.count,
        "holes": result.holes,
        "seconds": round(result.seconds, 2),
        "requests": len(context.instance.requests),
        "unregistered": sorted(context.unregistered),
        # Enough to explain unplaced requests later, in any language and time zone.
        "people": {
            pid: {
                "name": context.names[pid],
                "hours": describe_hours(presence),
                "online": presence.online,
                "onsite": sorted(d.isoformat() for d in presence.onsite_dates),
            }
            for pid, presence in context.presences.items()
        },
        "slots": {sid: slot.starts_at.isoformat() for sid, slot in context.slots.items()},
        "pairs": {rid: {"a": r.a, "b": r.b} for rid, r in ((r.id, r) for r in context.instance.requests)},
    }
    with transaction.atomic():
        run.save()
        audit.record(None, "schedule_run.finished", run, weight=result.weight, bound=result.upper_bound)
    return run


def publish_run(run: ScheduleRun, by: Any) -> int:
    """Publish a finished run: its meetings replace any earlier agenda in one transaction.

    Side effects: deletes the meetings of earlier runs of the event, creates Meeting rows
    with table numbers and video links, marks the run published; audit ``schedule.published``;
    notifies every person with a meeting.
    """
    if run.status != ScheduleRun.Status.DONE:
        raise ScheduleError(_("Only a finished run can be published."))
    with transaction.atomic():
        locked = ScheduleRun.objects.select_for_update().get(pk=run.pk)
        slots = {f"s{s.pk}": s for s in MeetingSlot.objects.filter(event_id=locked.event_id)}
        Meeting.objects.filter(run__event_id=locked.event_id).delete()
        ScheduleRun.objects.filter(event_id=locked.event_id).exclude(pk=locked.pk).update(published_at=None)
        tables: dict[str, int] = {}
        meetings = []
        for item in locked.result.get("meetings", []):
            slot = slots.get(item["slot"])
            request_pk = int(item["request"].removeprefix("r"))
            if slot is None:
                raise ScheduleError(_("The slots changed since this run; run the scheduler again."))
            table = None
            if item["mode"] == "onsite":
                tables[item["slot"]] = table = tables.get(item["slot"], 0) + 1
            link = (
                video_link(f"{locked.event.key}-{item['slot']}-{item['request']}") if item["mode"] == "online" else ""
            )
            meetings.append(
                Meeting(run=locked, request_id=request_pk, slot=slot, mode=item["mode"], table=table, video_link=link)
            )
        Meeting.objects.bulk_create(meetings)
        locked.published_at = timezone.now()
        locked.save(update_fields=["published_at", "updated_at"])
        audit.record(by, "schedule.published", locked, meetings=len(meetings))
        notify_meetings.agenda_published(locked.event, [m.request_id for m in meetings])
    return len(meetings)
