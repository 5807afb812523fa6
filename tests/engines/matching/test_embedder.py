"""Embedding cache key and the cached encoder."""

from __future__ import annotations

import numpy as np

from qiao.engines.matching.embedder import CachedEncoder, embedding_key


def test_key_depends_on_text_and_model_version() -> None:
    assert embedding_key("a", "m1") == embedding_key("a", "m1")
    assert embedding_key("a", "m1") != embedding_key("a ", "m1")
    assert embedding_key("a", "m1") != embedding_key("a", "m2")
    assert len(embedding_key("文本", "m1")) == 64


def test_cached_encoder_encodes_each_text_once(encoder: CachedEncoder) -> None:
    cached = CachedEncoder(encoder.encoder)
    first = cached.encode(["Halle gesucht.", "厂房出租。", "Halle gesucht."])
    assert first.shape == (3, 512)
    assert first.dtype == np.float32
    assert np.allclose(first[0], first[2])
    assert np.allclose(np.linalg.norm(first, axis=1), 1.0, atol=1e-3)
    assert cached.misses == 2
    cached.encode(["厂房出租。"])
    assert cached.hits == 2
    assert cached.misses == 2
    assert cached.key("x") == embedding_key("x", encoder.model_version)
