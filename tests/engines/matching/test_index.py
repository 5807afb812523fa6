"""NumpyIndex: exact top-k, removal, replacement, float16 and memory."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from qiao.engines.matching.embedder import CachedEncoder
from qiao.engines.matching.features import Profile
from qiao.engines.matching.index import NumpyIndex, VectorIndex, top_k_columns
from qiao.engines.matching.ranking import MatchEngine

from .topics import TOPICS


def _unit(rng: np.random.Generator, n: int, dim: int) -> np.ndarray:
    x = rng.standard_normal((n, dim)).astype(np.float32)
    return x / np.linalg.norm(x, axis=1, keepdims=True)


def test_is_a_vector_index() -> None:
    index: VectorIndex = NumpyIndex(4)
    assert index.size() == 0
    assert index.search(np.ones(4, dtype=np.float32), 3) == []


@settings(max_examples=40, deadline=None)
@given(st.integers(1, 60), st.integers(1, 20), st.integers(0, 2**32 - 1))
def test_search_equals_full_sort(n: int, k: int, seed: int) -> None:
    rng = np.random.default_rng(seed)
    vecs = _unit(rng, n, 8)
    index = NumpyIndex(8)
    index.add([f"id{i}" for i in range(n)], vecs)
    q = _unit(rng, 1, 8)[0]
    got = index.search(q, k)
    want = np.sort(vecs @ q)[::-1][: min(k, n)]
    assert np.allclose([s for _, s in got], want, atol=1e-6)


@settings(max_examples=25, deadline=None)
@given(st.integers(1, 80), st.integers(1, 12), st.integers(1, 150), st.integers(0, 2**32 - 1))
def test_search_many_equals_search(n: int, k: int, n_queries: int, seed: int) -> None:
    rng = np.random.default_rng(seed)
    index = NumpyIndex(8)
    index.add([f"id{i}" for i in range(n)], _unit(rng, n, 8))
    queries = _unit(rng, n_queries, 8)
    many = index.search_many(queries, k)
    assert len(many) == n_queries
    for q, hits in zip(queries, many, strict=True):
        single = index.search(q, k)
        assert [s for _, s in hits] == pytest.approx([s for _, s in single], abs=1e-6)


@settings(max_examples=40, deadline=None)
@given(st.integers(1, 6000), st.integers(1, 20), st.integers(1, 6), st.booleans(), st.integers(0, 2**32 - 1))
def test_top_k_columns_picks_the_k_largest_of_each_row(n: int, k: int, rows: int, ties: bool, seed: int) -> None:
    rng = np.random.default_rng(seed)
    scores = rng.standard_normal((rows, n)).astype(np.float32)
    if ties:  # few distinct values: the k-th largest is shared by many cells
        scores = np.round(scores, 1)
    picked = top_k_columns(scores, k)
    kk = min(k, n)
    assert picked.shape == (rows, kk)
    for row in range(rows):
        assert len(set(picked[row].tolist())) == kk
        assert np.array_equal(np.sort(scores[row, picked[row]]), np.sort(scores[row])[n - kk :])


def test_search_many_on_a_large_index_equals_a_full_sort() -> None:
    rng = np.random.default_rng(7)
    vecs = _unit(rng, 5000, 16)
    index = NumpyIndex(16)
    index.add([f"id{i}" for i in range(5000)], vecs)
    queries = _unit(rng, 70, 16)

    many = index.search_many(queries, 11)

    for q, hits in zip(queries, many, strict=True):
        want = np.sort(vecs @ q)[::-1][:11]
        assert [s for _, s in hits] == pytest.approx(want.tolist(), abs=1e-6)


def test_remove_and_replace() -> None:
    rng = np.random.default_rng(0)
    vecs = _unit(rng, 5, 8)
    index = NumpyIndex(8, capacity=2)
    index.add([str(i) for i in range(5)], vecs)
    index.remove(["1", "missing"])
    assert index.size() == 4
    assert "1" not in [i for i, _ in index.search(vecs[1], 5)]
    index.add(["4"], vecs[1:2])  # replace the vector of id 4
    assert index.size() == 4
    assert index.search(vecs[1], 1)[0][0] == "4"
    stored = index.get("4")
    assert stored is not None
    assert np.allclose(stored, vecs[1])


def test_float16_and_memory() -> None:
    rng = np.random.default_rng(1)
    vecs = _unit(rng, 100, 16)
    f32 = NumpyIndex(16, capacity=100)
    f16 = NumpyIndex(16, dtype=np.float16, capacity=100)
    for index in (f32, f16):
        index.add([str(i) for i in range(100)], vecs)
    assert f16.search(vecs[7], 1)[0][0] == "7"
    assert f16.memory() < f32.memory()
    with pytest.raises(ValueError, match="float32 or float16"):
        NumpyIndex(4, dtype=np.int8)


class DictIndex:
    """A deliberately naive VectorIndex, standing in for another backend (e.g. pgvector)."""

    def __init__(self, dim: int) -> None:
        self.dim = dim
        self.rows: dict[str, np.ndarray] = {}

    def add(self, ids: Sequence[str], vectors: np.ndarray) -> None:
        for item_id, vec in zip(ids, np.asarray(vectors, dtype=np.float32), strict=True):
            self.rows[item_id] = vec

    def remove(self, ids: Sequence[str]) -> None:
        for item_id in ids:
            self.rows.pop(item_id, None)

    def search(self, query: np.ndarray, top_k: int) -> list[tuple[str, float]]:
        scored = sorted(((float(v @ query), i) for i, v in self.rows.items()), reverse=True)
        return [(i, s) for s, i in scored[:top_k]]

    def search_many(self, queries: np.ndarray, top_k: int) -> list[list[tuple[str, float]]]:
        return [self.search(q, top_k) for q in queries]

    def get(self, item_id: str) -> np.ndarray | None:
        return self.rows.get(item_id)

    def size(self) -> int:
        return len(self.rows)

    def memory(self) -> int:
        return sum(v.nbytes for v in self.rows.values())


def test_engine_runs_on_another_index_backend(encoder: CachedEncoder) -> None:
    profiles = [Profile(f"zh:{t}", texts["zh"]) for t, texts in TOPICS.items()]
    query = Profile("q", TOPICS["training"]["de"])
    default = MatchEngine(encoder)
    default.add(profiles)
    other = MatchEngine(encoder, index_factory=lambda dim, _capacity: DictIndex(dim))
    other.add(profiles)
    want = [(m.id, round(m.score, 4)) for m in default.query(query, k=4).matches]
    got = [(m.id, round(m.score, 4)) for m in other.query(query, k=4).matches]
    assert got == want
    assert want[0][0] == "zh:training"
