"""The pgvector index against the exact numpy index, on PostgreSQL with the vector extension.

Skips elsewhere (SQLite; PostgreSQL 15 from Debian 12, which has no pgvector); CI runs it
on the embedded PostgreSQL 18 that bundles pgvector (.ci/pgvector_server.py).
"""

from __future__ import annotations

import gc

import numpy as np
import pytest
from django.db import connection, transaction

from qiao.engines.matching.index import NumpyIndex
from qiao.matchmaking.domain import pgvector_index
from qiao.matchmaking.domain.pgvector_index import PgVectorIndex

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture(autouse=True)
def _needs_pgvector(db):
    if not pgvector_index.available():
        pytest.skip("needs PostgreSQL with the vector extension (CI: the embedded PostgreSQL 18 run)")


def _unit(rows: int, dim: int, seed: int) -> np.ndarray:
    vectors = np.random.default_rng(seed).standard_normal((rows, dim)).astype(np.float32)
    return vectors / np.linalg.norm(vectors, axis=1, keepdims=True)


def _tables() -> set[str]:
    with connection.cursor() as cursor:
        cursor.execute("SELECT tablename FROM pg_tables WHERE tablename LIKE 'qiao_vec_%%'")
        return {row[0] for row in cursor.fetchall()}


def test_top_k_agrees_with_the_exact_index():
    dim, ids = 64, [f"p:{i}" for i in range(1500)]
    vectors = _unit(len(ids), dim, seed=1)
    exact, pg = NumpyIndex(dim), PgVectorIndex(dim)
    exact.add(ids, vectors)
    pg.add(ids, vectors)
    queries = _unit(40, dim, seed=2)
    found = pg.search_many(queries, 10)
    expected = exact.search_many(queries, 10)
    overlap = [len({i for i, _ in f} & {i for i, _ in e}) / 10 for f, e in zip(found, expected, strict=True)]
    assert np.mean(overlap) >= 0.95
    # scores are inner products, best first
    for hits in found:
        scores = [s for _, s in hits]
        assert scores == sorted(scores, reverse=True)
    item, score = pg.search(vectors[7], 1)[0]
    assert item == "p:7"
    assert score == pytest.approx(1.0, abs=1e-4)


def test_add_replaces_remove_deletes_get_returns_the_vector():
    dim = 8
    pg = PgVectorIndex(dim)
    first, second = _unit(2, dim, seed=3)
    pg.add(["a", "b"], np.stack([first, second]))
    pg.add(["a"], second.reshape(1, dim))
    assert pg.size() == 2
    np.testing.assert_allclose(pg.get("a"), second, atol=1e-6)
    pg.remove(["a", "unknown"])
    assert pg.size() == 1
    assert pg.get("a") is None
    assert pg.memory() > 0


def test_tables_survive_a_rolled_back_page_transaction():
    dim = 8
    made: list[PgVectorIndex] = []

    def failing_page() -> None:
        with transaction.atomic():
            made.append(PgVectorIndex(dim))
            made[0].add(["a"], _unit(1, dim, seed=4))
            raise RuntimeError("the page failed")

    with pytest.raises(RuntimeError):
        failing_page()
    assert made[0].search(_unit(1, dim, seed=4)[0], 1)[0][0] == "a"


def test_garbage_and_orphaned_tables_are_dropped():
    pg = PgVectorIndex(8)
    name = pg.table
    del pg
    gc.collect()
    PgVectorIndex(8)  # the next index drops what the collector queued
    assert name not in _tables()
    with connection.cursor() as cursor:
        cursor.execute("CREATE TABLE qiao_vec_1_abcdef (item_id text)")  # pid 1 is no backend
    assert "qiao_vec_1_abcdef" in pgvector_index.drop_orphans()
    assert "qiao_vec_1_abcdef" not in _tables()


def test_the_engine_uses_pgvector_when_the_database_has_it(settings):
    settings.MATCHING_INDEX = "auto"
    factory = pgvector_index.index_factory()
    assert factory is not None
    assert isinstance(factory(8, 0), PgVectorIndex)
    settings.MATCHING_INDEX = "numpy"
    assert pgvector_index.index_factory() is None
