"""Scheduled privacy work: deleting data past its retention period."""

from __future__ import annotations

from django_tasks import task

from qiao.privacy.domain import retention


@task()
def enforce_retention() -> dict[str, int]:
    """Delete personal data older than its kind's retention period (daily)."""
    return retention.enforce_retention()
