"""A ``VectorIndex`` in PostgreSQL with pgvector: one table and one HNSW index per engine side.

The matching engine rebuilds its indexes on refresh, so each index owns a table of its own
(dropped when the index is garbage-collected or its process ends). The tables live on a
dedicated autocommit connection: a page's transaction that rolls back must never take an
index table with it. A table's name carries the backend pid of the connection that made it,
so tables of processes that died are found and dropped by the next process that builds one.
"""

from __future__ import annotations

import itertools
import re
import secrets
import threading
import weakref
from collections.abc import Sequence
from typing import Any

import numpy as np
import psycopg
from django.db import connection
from numpy.typing import NDArray
from psycopg import sql

#: Table names: qiao_vec_<backend pid>_<random>; the pid tells whether the owner still lives.
_PREFIX = "qiao_vec_"
_NAME = re.compile(rf"^{_PREFIX}(\d+)_[0-9a-f]+$")
#: Rows per COPY batch and queries per LATERAL batch.
_BATCH = 256

_lock = threading.RLock()
_shared: dict[str, Any] = {}
_dropped: list[str] = []
_dropped_lock = threading.Lock()
_counter = itertools.count()


def available() -> bool:
    """True when the default database is PostgreSQL with the vector extension installed."""
    if connection.vendor != "postgresql":
        return False
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1 FROM pg_extension WHERE extname = 'vector'")
        return cursor.fetchone() is not None


def _conn() -> psycopg.Connection[Any]:
    """The process's autocommit connection to the database Django uses (the test one in tests).

    One per process, not per thread: the tables it names must outlive the thread that built
    them. Callers hold ``_lock`` while they use it.
    """
    params = connection.get_connection_params()
    key = (params.get("dbname"), params.get("host"), params.get("port"))
    conn: psycopg.Connection[Any] | None = _shared.get("conn")
    if conn is None or conn.closed or _shared.get("key") != key:
        params.pop("cursor_factory", None)
        params.pop("context", None)
        conn = psycopg.connect(**params, autocommit=True)
        _shared["conn"], _shared["key"] = conn, key
    return conn


def _literal(vector: NDArray[np.float32]) -> str:
    return "[" + ",".join(f"{x:.7g}" for x in np.asarray(vector, dtype=np.float32).ravel()) + "]"


def _parse(text: str) -> NDArray[np.float32]:
    return np.array([float(x) for x in text.strip("[]").split(",") if x], dtype=np.float32)


def _drop_pending(conn: psycopg.Connection[Any]) -> None:
    with _dropped_lock:
        names, _dropped[:] = list(_dropped), []
    for name in names:
        conn.execute(sql.SQL("DROP TABLE IF EXISTS {}").format(sql.Identifier(name)))


def drop_orphans() -> list[str]:
    """Drop index tables whose owning connection (and so process) is gone; returns their names."""
    with _lock:
        return _drop_orphans(_conn())


def _drop_orphans(conn: psycopg.Connection[Any]) -> list[str]:
    alive = {row[0] for row in conn.execute("SELECT pid FROM pg_stat_activity")}
    tables = [
        row[0]
        for row in conn.execute(
            "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() AND tablename LIKE %s",
            (_PREFIX + "%",),
        )
    ]
    dropped = []
    for name in tables:
        match = _NAME.match(name)
        if match and int(match.group(1)) not in alive:
            conn.execute(sql.SQL("DROP TABLE IF EXISTS {}").format(sql.Identifier(name)))
            dropped.append(name)
    return dropped


def _schedule_drop(name: str) -> None:
    # Runs from the garbage collector, in any thread: only queue the name, never touch a connection.
    with _dropped_lock:
        _dropped.append(name)


class PgVectorIndex:
    """Approximate top-k by inner product (HNSW, vector_ip_ops) over one table of vectors."""

    def __init__(self, dim: int, capacity: int = 0, ef_search: int = 100) -> None:
        del capacity  # a table grows by itself
        self.dim = dim
        self.ef_search = ef_search
        with _lock:
            self._create(dim)
        weakref.finalize(self, _schedule_drop, self.table)

    def _create(self, dim: int) -> None:
        conn = _conn()
        _drop_pending(conn)
        if next(_counter) == 0:
            _drop_orphans(conn)
        pid = conn.execute("SELECT pg_backend_pid()").fetchone()
        assert pid is not None
        self.table = f"{_PREFIX}{pid[0]}_{secrets.token_hex(6)}"
        conn.execute(
            sql.SQL("CREATE TABLE {} (item_id text PRIMARY KEY, embedding vector({}) NOT NULL)").format(
                sql.Identifier(self.table), sql.Literal(dim)
            )
        )
        conn.execute(
            sql.SQL("CREATE INDEX ON {} USING hnsw (embedding vector_ip_ops)").format(sql.Identifier(self.table))
        )

    def _ident(self) -> sql.Identifier:
        return sql.Identifier(self.table)

    def add(self, ids: Sequence[str], vectors: NDArray[np.float32]) -> None:
        """Insert or replace vectors (COPY into a staging table, then one upsert)."""
        if not ids:
            return
        rows = np.asarray(vectors, dtype=np.float32).reshape(len(ids), self.dim)
        latest = {item_id: i for i, item_id in enumerate(ids)}  # the last of repeated ids wins
        with _lock, _conn().transaction() as tx:
            conn = tx.connection
            conn.execute("CREATE TEMP TABLE stage_vectors (item_id text, embedding text) ON COMMIT DROP")
            with conn.cursor().copy("COPY stage_vectors (item_id, embedding) FROM STDIN") as copy:
                for item_id, i in latest.items():
                    copy.write_row((item_id, _literal(rows[i])))
            conn.execute(
                sql.SQL(
                    "INSERT INTO {} (item_id, embedding) SELECT item_id, embedding::vector FROM stage_vectors "
                    "ON CONFLICT (item_id) DO UPDATE SET embedding = EXCLUDED.embedding"
                ).format(self._ident())
            )

    def remove(self, ids: Sequence[str]) -> None:
        """Delete ids; unknown ids are ignored."""
        if ids:
            with _lock:
                _conn().execute(sql.SQL("DELETE FROM {} WHERE item_id = ANY(%s)").format(self._ident()), (list(ids),))

    def search(self, query: NDArray[np.float32], top_k: int) -> list[tuple[str, float]]:
        """The top_k ids by inner product, best first (HNSW; ef_search at least 2·top_k)."""
        return self.search_many(np.asarray(query, dtype=np.float32).reshape(1, self.dim), top_k)[0]

    def search_many(self, queries: NDArray[np.float32], top_k: int) -> list[list[tuple[str, float]]]:
        """Top-k for each row: one LATERAL query per batch of queries."""
        q = np.asarray(queries, dtype=np.float32).reshape(-1, self.dim)
        if top_k <= 0 or len(q) == 0:
            return [[] for _ in range(len(q))]
        out: list[list[tuple[str, float]]] = [[] for _ in range(len(q))]
        statement = sql.SQL(
            "SELECT q.n, t.item_id, t.score FROM unnest(%s::int[], %s::text[]) AS q(n, v) "
            "CROSS JOIN LATERAL (SELECT item_id, -(embedding <#> q.v::vector) AS score FROM {} "
            "ORDER BY embedding <#> q.v::vector LIMIT %s) AS t ORDER BY q.n, t.score DESC, t.item_id"
        ).format(self._ident())
        with _lock, _conn().transaction() as tx:
            conn = tx.connection
            conn.execute(sql.SQL("SET LOCAL hnsw.ef_search = {}").format(sql.Literal(max(self.ef_search, 2 * top_k))))
            for start in range(0, len(q), _BATCH):
                batch = q[start : start + _BATCH]
                numbers = list(range(start, start + len(batch)))
                for n, item_id, score in conn.execute(statement, (numbers, [_literal(v) for v in batch], top_k)):
                    out[n].append((item_id, float(score)))
        return out

    def get(self, item_id: str) -> NDArray[np.float32] | None:
        """The stored vector of item_id, or None."""
        with _lock:
            query = sql.SQL("SELECT embedding::text FROM {} WHERE item_id = %s").format(self._ident())
            row = _conn().execute(query, (item_id,)).fetchone()
        return None if row is None else _parse(row[0])

    def size(self) -> int:
        """Number of stored vectors."""
        with _lock:
            row = _conn().execute(sql.SQL("SELECT count(*) FROM {}").format(self._ident())).fetchone()
        return int(row[0]) if row else 0

    def memory(self) -> int:
        """Bytes of the table and its HNSW index on disk."""
        with _lock:
            row = _conn().execute("SELECT pg_total_relation_size(%s::regclass)", (self.table,)).fetchone()
        return int(row[0]) if row else 0


def index_factory() -> Any:
    """The engine's index_factory: pgvector where the database has it, else None (NumpyIndex)."""
    from django.conf import settings

    choice = getattr(settings, "MATCHING_INDEX", "auto")
    if choice == "numpy" or (choice == "auto" and not available()):
        return None
    return lambda dim, capacity: PgVectorIndex(dim, capacity)


def close_connection() -> None:
    """Close the process's index connection (tests do, before their database is dropped)."""
    with _lock:
        conn = _shared.pop("conn", None)
        if conn is not None and not conn.closed:
            conn.close()
