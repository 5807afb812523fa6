"""GET /metrics: Prometheus text with request latency by view name and the system's figures."""

from __future__ import annotations

import pytest
from django_tasks_db.management.commands.db_worker import Worker

from qiao.ops.models import DeadLetter
from tests.ops import tasks

pytestmark = pytest.mark.django_db


def sample(text: str, name: str) -> float:
    """The value of the sample line that starts with `name` (labels included)."""
    (line,) = [line for line in text.splitlines() if line.startswith(name + " ")]
    return float(line.rsplit(" ", 1)[1])


def test_metrics_expose_latency_by_view_name_after_a_request(client):
    name = 'qiao_http_request_duration_seconds_count{method="GET",view="ops:healthz"}'
    before = client.get("/metrics").content.decode()
    count_before = sample(before, name) if name + " " in before else 0.0

    client.get("/healthz")
    text = client.get("/metrics").content.decode()

    assert sample(text, name) == count_before + 1
    assert 'qiao_http_requests_total{method="GET",status="2xx",view="ops:healthz"}' in text
    assert "/healthz" not in text  # raw paths never become labels
    assert sample(text, 'qiao_task_queue_depth{queue="default"}') == 0
    assert sample(text, "qiao_search_documents") == 0
    assert 'qiao_matching_index_size{engine="matching"}' in text


@pytest.mark.django_db(transaction=True)  # the worker loop closes connections (see test_retries)
def test_metrics_count_task_failures_and_dead_letters(client, settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}}
    settings.TASK_MAX_ATTEMPTS = 2
    settings.TASK_RETRY_BASE_SECONDS = 0
    tasks.always_fails.enqueue(5)
    Worker(
        queue_names=["default"],
        interval=0,
        batch=True,
        backend_name="default",
        startup_delay=False,
        max_tasks=None,
        worker_id="metrics-test",
        excluded_queue_names=[],
    ).run()

    text = client.get("/metrics").content.decode()

    assert sample(text, 'qiao_task_failures_total{task="tests.ops.tasks.always_fails"}') == 2
    assert sample(text, 'qiao_task_dead_letters{state="open"}') == DeadLetter.objects.count() == 1
    assert sample(text, 'qiao_task_queue_tasks{queue="default",state="failed"}') == 2


def test_metrics_refuse_a_caller_relayed_by_a_proxy(client):
    response = client.get("/metrics", headers={"X-Forwarded-For": "203.0.113.9"})

    assert response.status_code == 403


def test_metrics_refuse_a_remote_caller(client):
    assert client.get("/metrics", REMOTE_ADDR="203.0.113.9").status_code == 403


def test_metrics_need_the_token_when_one_is_set(client, settings):
    settings.METRICS_TOKEN = "scrape-me-please"

    without = client.get("/metrics")
    wrong = client.get("/metrics", headers={"Authorization": "Bearer nope"})
    right = client.get("/metrics", headers={"Authorization": "Bearer scrape-me-please"}, REMOTE_ADDR="203.0.113.9")

    assert (without.status_code, wrong.status_code, right.status_code) == (403, 403, 200)
    assert right["Content-Type"].startswith("text/plain; version=0.0.4")
