"""Background tasks of the meetings app (they take primary keys, never instances)."""

from __future__ import annotations

from django_tasks import task


@task()
def run_scheduler(run_pk: int) -> str:
    """Run the scheduler for one queued ScheduleRun; returns the run's final status."""
    from qiao.meetings.domain.runs import execute_run

    return str(execute_run(run_pk).status)
