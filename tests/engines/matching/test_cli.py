"""CLI: evaluate prints one JSON line of metrics; query prints ranked matches."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from qiao.engines.matching.cli import main

from .topics import TOPICS


def test_evaluate_output_shape(tmp_path: Path, capsys: pytest.CaptureFixture[str], encoder: object) -> None:
    path = tmp_path / "pairs.jsonl"
    rows = [
        {
            "id": f"{t}-{s}",
            "sector": "ignored",
            "source": {"lang": s, "text": TOPICS[t][s]},
            "target": {"lang": g, "text": TOPICS[t][g]},
        }
        for t in sorted(TOPICS)
        for s, g in (("de", "zh"), ("zh", "de"))
    ]
    path.write_text(
        "\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n",
        encoding="utf-8",
    )
    assert main(["evaluate", str(path)]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    assert len(lines) == 1
    result = json.loads(lines[0])
    for key in ("recall@1", "recall@5", "mrr"):
        assert 0.0 <= result[key] <= 1.0
    assert result["n"] == 12
    assert set(result["by_direction"]) == {"de→zh", "zh→de"}
    assert all(set(d) >= {"recall@1", "recall@5", "mrr"} for d in result["by_direction"].values())


def test_query_prints_ranked_matches(tmp_path: Path, capsys: pytest.CaptureFixture[str], encoder: object) -> None:
    corpus = tmp_path / "corpus.jsonl"
    rows = [{"id": t, "text": TOPICS[t]["zh"], "nace": ["C28"]} for t in sorted(TOPICS)]
    corpus.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    assert main(["query", TOPICS["battery"]["en"], "--corpus", str(corpus), "-k", "3"]) == 0
    lines = [json.loads(x) for x in capsys.readouterr().out.strip().splitlines()]
    assert [x["rank"] for x in lines] == [1, 2, 3]
    assert lines[0]["id"] == "battery"
    assert lines[0]["explanation"]["sentence_pairs"]


def test_query_refusal_is_reported(tmp_path: Path, capsys: pytest.CaptureFixture[str], encoder: object) -> None:
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text(json.dumps({"id": "a", "text": TOPICS["wind"]["zh"]}), encoding="utf-8")
    assert main(["query", "", "--corpus", str(corpus)]) == 0
    assert json.loads(capsys.readouterr().out)["not_matchable"]["reason"] == "empty_text"


def test_missing_file_is_an_error_code(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["evaluate", str(tmp_path / "nope.jsonl")]) == 2
    assert json.loads(capsys.readouterr().err)["error"] == "FileNotFoundError"
