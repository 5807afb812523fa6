"""Vector index: a ``VectorIndex`` protocol and the exact in-memory ``NumpyIndex``.

The protocol is what the engine needs from an index (add, remove, top-k by inner product,
size, memory), so a pgvector-backed index can stand behind the same interface later.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Protocol

import numpy as np
from numpy.typing import DTypeLike, NDArray


class VectorIndex(Protocol):
    """Inner-product search over unit vectors keyed by string ids."""

    def add(self, ids: Sequence[str], vectors: NDArray[np.float32]) -> None:
        """Insert or replace the vectors of ``ids``."""
        ...

    def remove(self, ids: Sequence[str]) -> None:
        """Delete ``ids``; unknown ids are ignored."""
        ...

    def search(self, query: NDArray[np.float32], top_k: int) -> list[tuple[str, float]]:
        """The ``top_k`` (id, score) pairs with the largest inner product, best first."""
        ...

    def search_many(self, queries: NDArray[np.float32], top_k: int) -> list[list[tuple[str, float]]]:
        """``search`` for each row of ``queries`` (one pass over the data where possible)."""
        ...

    def get(self, item_id: str) -> NDArray[np.float32] | None:
        """The stored vector of ``item_id`` (as float32), or None."""
        ...

    def size(self) -> int:
        """Number of stored vectors."""
        ...

    def memory(self) -> int:
        """Bytes held by the index (vectors and id bookkeeping)."""
        ...


class NumpyIndex:
    """Exact search: one contiguous float32 (or float16) matrix, argpartition for top-k.

    Rows are kept dense: removing an id moves the last row into its slot. float16 halves
    the memory but numpy has no fast float16 matrix product, so search is slower.
    """

    #: Queries per matrix product in ``search_many`` (bounds the score buffer: n x BATCH).
    BATCH = 64

    def __init__(self, dim: int, dtype: DTypeLike = np.float32, capacity: int = 1024) -> None:
        self.dim = dim
        self.dtype = np.dtype(dtype)
        if self.dtype not in (np.dtype(np.float32), np.dtype(np.float16)):
            raise ValueError("NumpyIndex stores float32 or float16 only")
        self._matrix = np.zeros((max(capacity, 1), dim), dtype=self.dtype)
        self._ids: list[str] = []
        self._rows: dict[str, int] = {}

    def add(self, ids: Sequence[str], vectors: NDArray[np.float32]) -> None:
        """Insert or replace rows; grows the matrix geometrically."""
        vectors = np.asarray(vectors, dtype=np.float32).reshape(len(ids), self.dim)
        new = [i for i in dict.fromkeys(ids) if i not in self._rows]
        self._reserve(len(self._ids) + len(new))
        for item_id in new:
            self._rows[item_id] = len(self._ids)
            self._ids.append(item_id)
        rows = np.fromiter((self._rows[i] for i in ids), dtype=np.int64, count=len(ids))
        self._matrix[rows] = vectors.astype(self.dtype)

    def _reserve(self, n: int) -> None:
        if n > self._matrix.shape[0]:
            bigger = np.zeros((max(n, 2 * self._matrix.shape[0]), self.dim), dtype=self.dtype)
            bigger[: len(self._ids)] = self._matrix[: len(self._ids)]
            self._matrix = bigger

    def shrink_to_fit(self) -> None:
        """Release the spare rows kept for growth."""
        if self._matrix.shape[0] > len(self._ids):
            self._matrix = self._matrix[: max(len(self._ids), 1)].copy()

    def remove(self, ids: Sequence[str]) -> None:
        """Delete rows by moving the last row into the freed slot."""
        for item_id in ids:
            row = self._rows.pop(item_id, None)
            if row is None:
                continue
            last = len(self._ids) - 1
            if row != last:
                moved = self._ids[last]
                self._matrix[row] = self._matrix[last]
                self._ids[row] = moved
                self._rows[moved] = row
            self._ids.pop()

    def search(self, query: NDArray[np.float32], top_k: int) -> list[tuple[str, float]]:
        """Exact top-k by inner product (argpartition, then sort of the k winners)."""
        n = len(self._ids)
        if n == 0 or top_k <= 0:
            return []
        q = np.asarray(query, dtype=self.dtype).reshape(self.dim)
        scores = self._matrix[:n] @ q
        k = min(top_k, n)
        top = np.argpartition(scores, n - k)[n - k :] if k < n else np.arange(n)
        top = top[np.argsort(-scores[top], kind="stable")]
        return [(self._ids[i], float(scores[i])) for i in top]

    def search_many(self, queries: NDArray[np.float32], top_k: int) -> list[list[tuple[str, float]]]:
        """Exact top-k for a batch of queries: one matrix product streams the data once."""
        q = np.asarray(queries, dtype=self.dtype).reshape(-1, self.dim)
        n = len(self._ids)
        if n == 0 or top_k <= 0:
            return [[] for _ in range(len(q))]
        k = min(top_k, n)
        out: list[list[tuple[str, float]]] = []
        for start in range(0, len(q), self.BATCH):
            scores = q[start : start + self.BATCH] @ self._matrix[:n].T  # (b, n), one row per query
            top = top_k_columns(scores, k)
            for col in range(scores.shape[0]):
                rows = top[col]
                rows = rows[np.argsort(-scores[col, rows], kind="stable")]
                out.append([(self._ids[i], float(scores[col, i])) for i in rows])
        return out

    def get(self, item_id: str) -> NDArray[np.float32] | None:
        """The stored vector of ``item_id`` as float32."""
        row = self._rows.get(item_id)
        if row is None:
            return None
        vec: NDArray[np.float32] = self._matrix[row].astype(np.float32)
        return vec

    def matrix(self) -> NDArray[np.float32]:
        """View of the stored rows (in insertion order, modulo removals)."""
        rows: NDArray[np.float32] = self._matrix[: len(self._ids)]
        return rows

    def ids(self) -> list[str]:
        """Ids in row order."""
        return list(self._ids)

    def size(self) -> int:
        """Number of stored vectors."""
        return len(self._ids)

    def __contains__(self, item_id: object) -> bool:
        return item_id in self._rows

    def memory(self) -> int:
        """Bytes of the allocated matrix plus an estimate for the id list and map."""
        per_id = sum(len(i) for i in self._ids) + 49 * len(self._ids) + 100 * len(self._rows)
        return int(self._matrix.nbytes) + per_id


#: Width of the blocks whose maxima `top_k_columns` partitions first.
TOP_K_BLOCK = 64


def top_k_columns(scores: NDArray[np.floating[Any]], k: int) -> NDArray[np.intp]:
    """Column indices of the ``k`` largest values of each row (unordered), exactly.

    Partitioning a whole row is the slow part of a batched search; instead the row is cut
    into blocks, the ``k`` blocks with the largest maxima are kept (every one of the top
    ``k`` values lies in one of them) and only their cells are partitioned.
    """
    rows, n = scores.shape
    k = min(k, n)
    width = TOP_K_BLOCK
    if n <= 4 * k * width:
        return np.argpartition(scores, n - k, axis=1)[:, n - k :]
    pad = (-n) % width
    if pad:
        scores = np.concatenate([scores, np.full((rows, pad), -np.inf, dtype=scores.dtype)], axis=1)
    blocks = scores.reshape(rows, -1, width)
    maxima = blocks.max(axis=2)
    n_blocks = maxima.shape[1]
    best = np.argpartition(maxima, n_blocks - k, axis=1)[:, n_blocks - k :]  # (rows, k)
    cells = np.take_along_axis(blocks, best[:, :, None], axis=1).reshape(rows, -1)
    columns = (best[:, :, None] * width + np.arange(width)).reshape(rows, -1)
    chosen = np.argpartition(cells, cells.shape[1] - k, axis=1)[:, -k:]
    picked: NDArray[np.intp] = np.take_along_axis(columns, chosen, axis=1)
    return picked
