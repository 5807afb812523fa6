"""Similarity arithmetic: language centering, sentence alignment and hubness correction.

Pure numpy functions on embedding matrices. Cross-lingual embeddings carry a
language-specific offset (all German texts sit closer to each other than to Chinese
ones); subtracting each language's mean removes it. Sinkhorn balancing and CSLS
correct hubness (a few "generic" profiles being everyone's nearest neighbour) and make
a match good for both sides, not just for the query.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np
from numpy.typing import NDArray

Matrix = NDArray[np.float32]
Vector = NDArray[np.float32]


def normalize_rows(x: NDArray[np.floating]) -> Matrix:
    """Rows scaled to unit length (zero rows stay zero)."""
    x = np.asarray(x, dtype=np.float32)
    norms = np.linalg.norm(x, axis=-1, keepdims=True)
    out: Matrix = (x / np.maximum(norms, 1e-12)).astype(np.float32)
    return out


def shrunk_mean(corpus: Matrix | None, prior: Vector, prior_weight: float) -> Vector:
    """Mean of ``corpus`` shrunk towards ``prior`` as if it held ``prior_weight`` samples."""
    if corpus is None or len(corpus) == 0:
        return prior.astype(np.float32)
    total = corpus.sum(axis=0, dtype=np.float64) + prior_weight * prior.astype(np.float64)
    mean: Vector = (total / (len(corpus) + prior_weight)).astype(np.float32)
    return mean


def mixed_mean(shares: Mapping[str, float], means: Mapping[str, Vector]) -> Vector:
    """Share-weighted mean of the language means (for mixed-language documents)."""
    usable = {lang: s for lang, s in shares.items() if lang in means and s > 0}
    if not usable:
        dim = len(next(iter(means.values())))
        return np.zeros(dim, dtype=np.float32)
    total = sum(usable.values())
    acc = sum(
        (means[lang].astype(np.float64) * (s / total) for lang, s in usable.items()),
        start=np.zeros(1),
    )
    return np.asarray(acc, dtype=np.float32)


def center(vectors: Matrix, offsets: Matrix) -> Matrix:
    """Subtract each row's language mean, then renormalise."""
    return normalize_rows(np.asarray(vectors, dtype=np.float32) - offsets)


def block_max(sims: Matrix, row_counts: Sequence[int], col_counts: Sequence[int]) -> Matrix:
    """Max of each (document i, document j) block of a sentence-by-sentence matrix."""
    row_starts = np.concatenate([[0], np.cumsum(row_counts)[:-1]]).astype(np.int64)
    col_starts = np.concatenate([[0], np.cumsum(col_counts)[:-1]]).astype(np.int64)
    rows = np.maximum.reduceat(sims, row_starts, axis=0)
    return np.maximum.reduceat(rows, col_starts, axis=1)


def _logsumexp(x: NDArray[np.float64], axis: int) -> NDArray[np.float64]:
    peak = x.max(axis=axis, keepdims=True)
    out: NDArray[np.float64] = np.squeeze(peak, axis=axis) + np.log(np.exp(x - peak).sum(axis=axis))
    return out


def sinkhorn_potentials(
    sims: Matrix, temperature: float, iterations: int = 50
) -> tuple[NDArray[np.float64], NDArray[np.float64]]:
    """Row and column potentials (f, g), in cosine units, of the entropic transport plan.

    ``P = exp((sims + f[:, None] + g[None, :]) / T)`` has uniform row and column sums.
    """
    n, m = sims.shape
    log_k = np.asarray(sims, dtype=np.float64) / temperature
    log_a = -np.log(n)
    log_b = -np.log(m)
    f = np.zeros(n)
    g = np.zeros(m)
    for _ in range(iterations):
        f = log_a - _logsumexp(log_k + g[None, :], axis=1)
        g = log_b - _logsumexp(log_k + f[:, None], axis=0)
    return temperature * f, temperature * g


def sinkhorn_scores(sims: Matrix, temperature: float, iterations: int = 50) -> Matrix:
    """Reciprocal scores ``T·log P`` of the entropic optimal-transport plan P.

    P has uniform row and column sums, so a target every source likes (a hub) is
    discounted, and a pair scores well only when it suits both sides. The result is
    ``sims + row potential + column potential``: still in cosine units.
    """
    if sims.shape[0] == 0 or sims.shape[1] == 0:
        return np.asarray(sims, dtype=np.float32)
    f, g = sinkhorn_potentials(sims, temperature, iterations)
    out: Matrix = (sims + f[:, None] + g[None, :]).astype(np.float32)
    return out


def row_potential(row: NDArray[np.floating], col_potential: NDArray[np.floating], temperature: float) -> float:
    """Potential (cosine units) of one new row against fixed column potentials."""
    z = (np.asarray(row, dtype=np.float64) + col_potential) / temperature
    peak = float(z.max())
    return float(temperature * (-np.log(len(z)) - (peak + np.log(np.exp(z - peak).sum()))))


def csls_scores(sims: Matrix, query_hubness: Vector, target_hubness: Vector) -> Matrix:
    """CSLS: ``2·sim - r_query - r_target`` with r the mean similarity to k neighbours."""
    return (2.0 * sims - query_hubness[:, None] - target_hubness[None, :]).astype(np.float32)


def knn_mean(sims: Matrix, k: int, axis: int) -> Vector:
    """Mean of the ``k`` largest similarities along ``axis`` (the CSLS neighbourhood)."""
    size = sims.shape[axis]
    if size == 0:
        return np.zeros(sims.shape[1 - axis], dtype=np.float32)
    k = max(1, min(k, size))
    part = np.partition(sims, size - k, axis=axis)
    top = part[size - k :] if axis == 0 else part[:, size - k :]
    return np.asarray(top.mean(axis=axis), dtype=np.float32)
