"""Evaluation on cross-lingual pair files: recall@1, recall@5 and MRR, overall and per direction.

A pair file holds one JSON object per line: ``{"id", "source": {"lang", "text"},
"target": {"lang", "text"}}`` (other keys, such as a sector label, are ignored: the
engine never sees them). Every source ranks all targets of the file.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from numpy.typing import NDArray

from qiao.engines.matching.features import Profile
from qiao.engines.matching.ranking import MatchEngine, Prepared


@dataclass(frozen=True)
class Pair:
    """A source profile text and its true counterpart, with their stated languages."""

    id: str
    source_lang: str
    source_text: str
    target_lang: str
    target_text: str

    @property
    def direction(self) -> str:
        """E.g. ``de→zh``."""
        return f"{self.source_lang}→{self.target_lang}"


def load_pairs(path: str | Path) -> list[Pair]:
    """Read a pair file (JSON lines); blank lines are skipped."""
    pairs = []
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            if not line.strip():
                continue
            row = json.loads(line)
            pairs.append(
                Pair(
                    id=str(row["id"]),
                    source_lang=str(row["source"].get("lang", "")),
                    source_text=str(row["source"]["text"]),
                    target_lang=str(row["target"].get("lang", "")),
                    target_text=str(row["target"]["text"]),
                )
            )
    return pairs


def true_ranks(scores: NDArray[np.floating], truth: Sequence[int] | None = None) -> NDArray[np.int64]:
    """1-based rank of the true target of each row (ties count against it)."""
    n = scores.shape[0]
    cols = np.arange(n) if truth is None else np.asarray(truth)
    true_scores = scores[np.arange(n), cols]
    # the true target itself is one of the scores >= its own, so this count is the rank
    ranks: NDArray[np.int64] = (scores >= true_scores[:, None]).sum(axis=1).astype(np.int64)
    return ranks


def metrics(ranks: NDArray[np.int64], directions: Sequence[str]) -> dict[str, object]:
    """recall@1, recall@5, MRR overall and per direction, plus counts."""

    def block(r: NDArray[np.int64]) -> dict[str, float]:
        if len(r) == 0:
            return {"recall@1": 0.0, "recall@5": 0.0, "mrr": 0.0, "n": 0}
        return {
            "recall@1": round(float(np.mean(r == 1)), 4),
            "recall@5": round(float(np.mean(r <= 5)), 4),
            "mrr": round(float(np.mean(1.0 / r)), 4),
            "n": len(r),
        }

    dirs = np.asarray(directions)
    out: dict[str, object] = dict(block(ranks))
    out["by_direction"] = {d: block(ranks[dirs == d]) for d in sorted(set(directions))}
    return out


def engine_scores(engine: MatchEngine, pairs: Sequence[Pair]) -> NDArray[np.float32]:
    """Engine score matrix (sources × targets); unmatchable texts score -inf."""
    sources = engine.prepare_many([Profile(f"s{i}", p.source_text) for i, p in enumerate(pairs)])
    targets = engine.prepare_many([Profile(f"t{i}", p.target_text) for i, p in enumerate(pairs)])
    src_ok = [i for i, s in enumerate(sources) if isinstance(s, Prepared)]
    tgt_ok = [j for j, t in enumerate(targets) if isinstance(t, Prepared)]
    full = np.full((len(pairs), len(pairs)), -np.inf, dtype=np.float32)
    if src_ok and tgt_ok:
        src = [s for s in sources if isinstance(s, Prepared)]
        tgt = [t for t in targets if isinstance(t, Prepared)]
        scores, excluded, _ = engine.score_matrix(src, tgt)
        scores = np.where(excluded, -np.inf, scores)
        full[np.ix_(src_ok, tgt_ok)] = scores
    return full


def evaluate(pairs: Sequence[Pair], engine: MatchEngine | None = None) -> dict[str, object]:
    """Run the engine on ``pairs`` and return the metrics dictionary."""
    engine = engine or MatchEngine()
    scores = engine_scores(engine, pairs)
    # a row that is all -inf (unmatchable source) gets rank n
    scores = np.where(np.isfinite(scores), scores, -1e9)
    return metrics(true_ranks(scores), [p.direction for p in pairs])
