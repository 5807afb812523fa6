"""An encoder that keeps every embedding in the database: each text version is encoded once."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from numpy.typing import NDArray

from qiao.engines.matching import embedding_key
from qiao.engines.matching.embedder import TextEncoder
from qiao.matchmaking.models import StoredEmbedding


class StoredEncoder:
    """Looks texts up by (text, model version) key; encodes and stores only the new ones."""

    def __init__(self, inner: TextEncoder) -> None:
        self.inner = inner
        self.encoded = 0  # texts that needed the model, for tests and progress

    @property
    def model_version(self) -> str:
        return self.inner.model_version

    @property
    def dim(self) -> int:
        return self.inner.dim

    def encode(self, texts: Sequence[str]) -> NDArray[np.float32]:
        keys = [embedding_key(text, self.model_version) for text in texts]
        found: dict[str, NDArray[np.float32]] = {}
        for start in range(0, len(keys), 500):
            chunk = keys[start : start + 500]
            for key, blob in StoredEmbedding.objects.filter(key__in=chunk).values_list("key", "vector"):
                found[key] = np.frombuffer(bytes(blob), dtype=np.float32)
        missing = {key: text for key, text in zip(keys, texts, strict=True) if key not in found}
        if missing:
            vectors = self.inner.encode(list(missing.values()))
            self.encoded += len(missing)
            rows = [
                StoredEmbedding(
                    key=key,
                    model_version=self.model_version,
                    dim=self.dim,
                    vector=np.asarray(vector, dtype=np.float32).tobytes(),
                )
                for key, vector in zip(missing, vectors, strict=True)
            ]
            StoredEmbedding.objects.bulk_create(rows, ignore_conflicts=True, batch_size=500)
            found.update({key: np.asarray(v, dtype=np.float32) for key, v in zip(missing, vectors, strict=True)})
        out = np.empty((len(texts), self.dim), dtype=np.float32)
        for row, key in enumerate(keys):
            out[row] = found[key]
        return out
