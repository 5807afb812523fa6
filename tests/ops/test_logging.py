"""LOG_FORMAT=json writes one JSON object per line, tagged with the request id."""

from __future__ import annotations

import io
import json
import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings as django_settings
from pythonjsonlogger.json import JsonFormatter

from qiao.ops.logging import RequestIdFilter

ROOT = Path(__file__).resolve().parents[2]


def test_json_log_line_parses_and_names_its_fields(tmp_path):
    env = {**os.environ, "LOG_FORMAT": "json", "QIAO_VAR_DIR": str(tmp_path), "DJANGO_SETTINGS_MODULE": "qiao.settings"}
    code = "import logging; logging.getLogger('qiao.example').warning('hello %s', 'world')"

    result = subprocess.run(
        [sys.executable, "-m", "qiao.cli", "shell", "-c", code],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )

    (line,) = [line for line in result.stderr.splitlines() if "qiao.example" in line]
    record = json.loads(line)
    assert record["level"] == "WARNING"
    assert record["logger"] == "qiao.example"
    assert record["message"] == "hello world"
    assert record["request_id"] == "-"
    assert "time" in record


@pytest.mark.django_db
def test_log_lines_of_a_request_carry_its_request_id(client):
    config = dict(django_settings.LOGGING["formatters"]["json"])
    config.pop("()")
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(JsonFormatter(**config))
    handler.addFilter(RequestIdFilter())
    logger = logging.getLogger("django.request")
    logger.addHandler(handler)
    try:
        response = client.get("/en/no-such-page/", headers={"X-Request-ID": "req-4711-abcdef"})
    finally:
        logger.removeHandler(handler)

    records = [json.loads(line) for line in stream.getvalue().splitlines()]
    assert response.status_code == 404
    assert response["X-Request-ID"] == "req-4711-abcdef"
    assert [(r["level"], r["request_id"]) for r in records] == [("WARNING", "req-4711-abcdef")]


def test_a_malformed_request_id_is_replaced(client, db):
    response = client.get("/healthz", headers={"X-Request-ID": "bad id\nwith newline"})

    assert response["X-Request-ID"] != "bad id\nwith newline"
    assert len(response["X-Request-ID"]) == 32
