"""CLI: solve writes a schedule and prints one JSON line; check validates it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from qiao.engines.scheduling.cli import main
from tests.engines.scheduling.builders import instance, judge, person, request, slot


def _write(tmp_path: Path) -> Path:
    both = {"s0": ["onsite", "online"], "s1": ["online"]}
    raw = instance(
        [slot(0), slot(1)],
        [person("a", dict(both)), person("b", dict(both)), person("c", {"s1": ["online"]})],
        [request("r1", "a", "b", 3), request("r2", "b", "c", 1)],
    )
    path = tmp_path / "inst.json"
    path.write_text(json.dumps(raw))
    return path


def test_solve_then_check(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    inst = _write(tmp_path)
    out = tmp_path / "sched.json"
    assert main(["solve", str(inst), "--out", str(out), "--seconds", "2", "--seed", "1", "--explain"]) == 0
    summary = json.loads(capsys.readouterr().out.strip())
    assert summary["weight"] == 4
    assert summary["gap"] == 0.0
    assert main(["check", str(inst), str(out)]) == 0
    report = json.loads(capsys.readouterr().out.strip())
    assert report["feasible"] is True
    assert (report["weight"], report["count"]) == (4, 2)
    shared = judge()
    if shared is not None:
        assert shared.score(json.loads(inst.read_text()), json.loads(out.read_text()))["feasible"]


def test_check_reports_violations(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    inst = _write(tmp_path)
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"instance": "t", "meetings": [{"request": "r2", "slot": "s0", "mode": "online"}]}))
    assert main(["check", str(inst), str(bad)]) == 1
    report = json.loads(capsys.readouterr().out.strip())
    assert report["feasible"] is False
    assert report["violations"]


def test_invalid_instance_exit_code(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "bad.json"
    raw = instance([slot(0)], [person("a", {})], [request("r1", "a", "a")])
    path.write_text(json.dumps(raw))
    assert main(["check", str(path), str(path)]) == 2
    assert json.loads(capsys.readouterr().out) == {
        "error": "self_request",
        "item": "r1",
        "detail": {"participant": "a"},
    }
