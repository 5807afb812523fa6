"""The matching engine: prepares profiles, indexes them and ranks counterparts.

Semantic score = language-centred cosine of whole texts, blended with the best-matching
sentence pair; then a reciprocity/hubness correction: Sinkhorn balancing when both
populations are ranked at once (``rank``) or when the index is two-sided (profiles carry
a ``side``) and small enough, CSLS otherwise; then the structured side (NACE overlap,
numeric fit) is added and hard constraints exclude.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

import numpy as np
from numpy.typing import NDArray

from qiao.engines.matching import explain as ex
from qiao.engines.matching.background import BACKGROUND
from qiao.engines.matching.embedder import CachedEncoder, TextEncoder, default_encoder
from qiao.engines.matching.features import (
    Profile,
    constraint_checks,
    numeric_fits,
    sector_overlap,
    structured_terms,
)
from qiao.engines.matching.index import NumpyIndex, VectorIndex
from qiao.engines.matching.langdetect import (
    SUPPORTED,
    Detection,
    detect,
    detect_sentence,
)
from qiao.engines.matching.scoring import (
    Matrix,
    Vector,
    block_max,
    center,
    csls_scores,
    mixed_mean,
    normalize_rows,
    row_potential,
    shrunk_mean,
    sinkhorn_potentials,
    sinkhorn_scores,
)
from qiao.engines.matching.text import clean, split_sentences


@dataclass(frozen=True)
class EngineConfig:
    """Weights and sizes of the engine; chosen a priori or on the dev set as a whole."""

    doc_weight: float = 0.7  # whole-text cosine vs best sentence pair
    temperature: float = 0.02  # Sinkhorn entropy (cosine units)
    sinkhorn_iterations: int = 50
    # single-query mode balances with Sinkhorn over the indexed populations up to this
    # many (row x column) pairs, and falls back to CSLS above it
    sinkhorn_max_pairs: int = 4_000_000
    csls_k: int = 5  # neighbourhood for CSLS hubness in single-query mode
    prior_weight: float = 5.0  # pseudo-count of the background corpus in the language means
    sector_weight: float = 0.1  # added per unit of NACE overlap
    numeric_weight: float = 0.1  # added per unit of numeric fit above/below neutral 0.5
    candidates: int = 64  # first-stage candidates per query
    # Nearest counterparts kept per indexed profile (found with its hubness): they serve the
    # first stage of queries whose pool max(candidates, 4k) they cover, i.e. k <= 32 here.
    kept_neighbours: int = 128
    explained_pairs: int = 2  # sentence pairs cited per match
    # Speed option: the document vector is the mean of the sentence vectors instead of
    # an encoding of the whole text (halves encoding work; slightly less accurate).
    doc_from_sentences: bool = False
    dtype: str = "float32"


@dataclass(frozen=True)
class Prepared:
    """A profile made ready for matching: cleaned text, language, sentences and vectors."""

    profile: Profile
    text: str
    detection: Detection
    sentences: tuple[str, ...]
    sentence_langs: tuple[str, ...]
    doc_vector: Vector
    sentence_vectors: NDArray[np.float16] = field(repr=False)


class _Centred:
    """Centred, renormalised rows of indexed profiles under one pair of language means.

    A query's candidates are mostly profiles earlier queries saw too: their rows are computed
    once per refresh instead of once per query. An entry is used only for the very preparation
    it was made from, so a replaced profile is never served its old rows.
    """

    def __init__(self, doc_means: dict[str, Vector], sent_means: dict[str, Vector]) -> None:
        self.doc_means = doc_means
        self.sent_means = sent_means
        self.docs: dict[str, tuple[Prepared, Vector]] = {}
        self.sentences: dict[str, tuple[Prepared, Matrix]] = {}


def _refusal(profile: Profile, text: str, detection: Detection | None) -> ex.NotMatchable:
    if not text:
        return ex.NotMatchable(profile.id, ex.REASON_EMPTY, "")
    assert detection is not None
    if not detection.shares:
        return ex.NotMatchable(profile.id, ex.REASON_NO_CONTENT, detection.lang)
    return ex.NotMatchable(profile.id, ex.REASON_UNSUPPORTED_LANGUAGE, detection.lang)


class MatchEngine:
    """Cross-lingual profile matcher (zh/de/en) over an exact in-memory vector index."""

    def __init__(
        self,
        encoder: TextEncoder | None = None,
        config: EngineConfig | None = None,
        index_factory: Callable[[int, int], VectorIndex] | None = None,
    ) -> None:
        """``index_factory(dim, capacity)`` makes one index per side (default: NumpyIndex)."""
        base = encoder if encoder is not None else default_encoder()
        self.encoder: CachedEncoder = base if isinstance(base, CachedEncoder) else CachedEncoder(base)
        self.config = config or EngineConfig()
        self.profiles: dict[str, Prepared] = {}
        self._index_factory = index_factory or self._numpy_index
        self._indexes: dict[str | None, VectorIndex] = {}
        self._background: tuple[dict[str, Vector], dict[str, Vector]] | None = None
        self._doc_means: dict[str, Vector] = {}
        self._sent_means: dict[str, Vector] = {}
        self._centred = _Centred(self._doc_means, self._sent_means)
        self._fresh = False
        self._hubness: dict[str, float] = {}
        # An indexed profile's nearest counterparts, found with its hubness (same search): a query
        # for it starts from them instead of scanning the index again. (ids, scores), best first.
        self._neighbours: dict[str, tuple[tuple[str, ...], NDArray[np.float32]]] = {}
        self._potentials: dict[str | None, dict[str, float] | None] = {}

    # ----- preparation -------------------------------------------------------------
    def prepare_many(self, profiles: Sequence[Profile]) -> list[Prepared | ex.NotMatchable]:
        """Clean, detect, split and encode profiles (one encoder batch for all of them)."""
        staged: list[tuple[Profile, str, Detection, list[str], list[str]] | ex.NotMatchable] = []
        texts: list[str] = []
        for profile in profiles:
            text = clean(profile.text if isinstance(profile.text, str) else "")
            if not text:
                staged.append(_refusal(profile, text, None))
                continue
            detection = detect(text)
            sentences: list[str] = []
            langs: list[str] = []
            for sentence in split_sentences(text):
                lang, _ = detect_sentence(sentence)
                if lang not in SUPPORTED and detection.lang != "mixed":
                    # a minor fragment (< MIXED_SHARE) counts as the primary language
                    lang = detection.primary
                if lang in SUPPORTED:
                    sentences.append(sentence)
                    langs.append(lang)
            if not detection.matchable or not sentences:
                staged.append(_refusal(profile, text, detection))
                continue
            doc_text = text if detection.lang != "mixed" else " ".join(sentences)
            staged.append((profile, doc_text, detection, sentences, langs))
            if not self._doc_is_mean(sentences):
                texts.append(doc_text)
            texts.extend(sentences)
        vectors = self.encoder.encode(texts)
        out: list[Prepared | ex.NotMatchable] = []
        row = 0
        for item in staged:
            if isinstance(item, ex.NotMatchable):
                out.append(item)
                continue
            profile, doc_text, detection, sentences, langs = item
            if self._doc_is_mean(sentences):
                sent32 = vectors[row : row + len(sentences)]
                doc = normalize_rows(sent32.mean(axis=0))
                row += len(sentences)
            else:
                doc = vectors[row]
                sent32 = vectors[row + 1 : row + 1 + len(sentences)]
                row += 1 + len(sentences)
            sents = sent32.astype(np.float16)
            out.append(
                Prepared(
                    profile,
                    doc_text,
                    detection,
                    tuple(sentences),
                    tuple(langs),
                    doc,
                    sents,
                )
            )
        return out

    def _doc_is_mean(self, sentences: Sequence[str]) -> bool:
        return self.config.doc_from_sentences and len(sentences) > 1

    def prepare(self, profile: Profile) -> Prepared | ex.NotMatchable:
        """Prepare a single profile (see ``prepare_many``)."""
        return self.prepare_many([profile])[0]

    # ----- language means ------------------------------------------------------------
    def _background_means(self) -> tuple[dict[str, Vector], dict[str, Vector]]:
        if self._background is None:
            doc: dict[str, Vector] = {}
            sent: dict[str, Vector] = {}
            for lang, sentences in BACKGROUND.items():
                k = len(sentences)
                sep = "" if lang == "zh" else " "
                docs = [sep.join(sentences[(i + j) % k] for j in range(3)) for i in range(k)]
                doc[lang] = self.encoder.encode(docs).mean(axis=0)
                sent[lang] = self.encoder.encode(list(sentences)).mean(axis=0)
            self._background = (doc, sent)
        return self._background

    def _estimate_means(self, preps: Iterable[Prepared]) -> tuple[dict[str, Vector], dict[str, Vector]]:
        """Language means over ``preps``, shrunk towards the background corpus."""
        bg_doc, bg_sent = self._background_means()
        doc_rows: dict[str, list[Vector]] = {lang: [] for lang in SUPPORTED}
        sent_rows: dict[str, list[Vector]] = {lang: [] for lang in SUPPORTED}
        for prep in preps:
            if prep.detection.lang in SUPPORTED:
                doc_rows[prep.detection.lang].append(prep.doc_vector)
            for lang, vec in zip(prep.sentence_langs, prep.sentence_vectors, strict=True):
                sent_rows[lang].append(vec.astype(np.float32))
        w = self.config.prior_weight
        doc_means = {
            lang: shrunk_mean(np.array(rows) if rows else None, bg_doc[lang], w) for lang, rows in doc_rows.items()
        }
        sent_means = {
            lang: shrunk_mean(np.array(rows) if rows else None, bg_sent[lang], w) for lang, rows in sent_rows.items()
        }
        return doc_means, sent_means

    def _doc_offset(self, prep: Prepared, means: dict[str, Vector]) -> Vector:
        if prep.detection.lang in means:
            return means[prep.detection.lang]
        return mixed_mean(prep.detection.shares, means)

    def _centered_docs(self, preps: Sequence[Prepared], means: dict[str, Vector]) -> Matrix:
        cache = self._centred
        if means is not cache.doc_means or not preps:
            return self._center_docs(preps, means)

        def compute(todo: list[Prepared]) -> list[Vector]:
            return [row.copy() for row in self._center_docs(todo, means)]

        return np.stack(self._cached_rows(preps, cache.docs, compute))

    def _centered_sentences(self, preps: Sequence[Prepared], means: dict[str, Vector]) -> Matrix:
        cache = self._centred
        if means is not cache.sent_means or not preps:
            return self._center_sentences(preps, means)

        def compute(todo: list[Prepared]) -> list[Matrix]:
            rows = self._center_sentences(todo, means)
            ends = np.cumsum([len(p.sentences) for p in todo])
            # Copies, so that a kept entry does not hold the whole batch's matrix alive.
            return [block.copy() for block in np.split(rows, ends[:-1])]

        return np.concatenate(self._cached_rows(preps, cache.sentences, compute))

    def _cached_rows(
        self,
        preps: Sequence[Prepared],
        store: dict[str, tuple[Prepared, NDArray[np.float32]]],
        compute: Callable[[list[Prepared]], list[NDArray[np.float32]]],
    ) -> list[NDArray[np.float32]]:
        """Each prep's rows from ``store``, computing (in one batch) and keeping the missing ones."""
        found: list[NDArray[np.float32] | None] = []
        for p in preps:
            hit = store.get(p.profile.id)
            found.append(hit[1] if hit is not None and hit[0] is p else None)
        todo = [j for j, rows in enumerate(found) if rows is None]
        if todo:
            for j, rows in zip(todo, compute([preps[j] for j in todo]), strict=True):
                found[j] = rows
                if self.profiles.get(preps[j].profile.id) is preps[j]:
                    store[preps[j].profile.id] = (preps[j], rows)
        return [rows for rows in found if rows is not None]

    def _center_docs(self, preps: Sequence[Prepared], means: dict[str, Vector]) -> Matrix:
        if not preps:
            return np.zeros((0, self.encoder.dim), dtype=np.float32)
        vecs = np.stack([p.doc_vector for p in preps])
        if all(p.detection.lang in means for p in preps):
            # One gather from the stacked means instead of a Python-level stack per row.
            order, stacked = _stacked(means)
            offsets = stacked[[order[p.detection.lang] for p in preps]]
        else:
            offsets = np.stack([self._doc_offset(p, means) for p in preps])
        return center(vecs, offsets)

    def _center_sentences(self, preps: Sequence[Prepared], means: dict[str, Vector]) -> Matrix:
        if not preps:
            return np.zeros((0, self.encoder.dim), dtype=np.float32)
        vecs = np.concatenate([p.sentence_vectors for p in preps]).astype(np.float32)
        order, stacked = _stacked(means)
        offsets = stacked[[order[lang] for p in preps for lang in p.sentence_langs]]
        return center(vecs, offsets)

    # ----- index maintenance ---------------------------------------------------------
    def add(self, profiles: Sequence[Profile]) -> list[ex.NotMatchable]:
        """Index profiles (replacing same ids); returns those that cannot be matched."""
        refused: list[ex.NotMatchable] = []
        for item in self.prepare_many(profiles):
            if isinstance(item, ex.NotMatchable):
                refused.append(item)
                self.remove([item.profile_id])
            else:
                self.remove([item.profile.id])
                self.profiles[item.profile.id] = item
        self._fresh = False
        return refused

    def remove(self, ids: Sequence[str]) -> None:
        """Drop profiles from the index."""
        for item_id in ids:
            if self.profiles.pop(item_id, None) is not None:
                for index in self._indexes.values():
                    index.remove([item_id])
                self._fresh = False

    def refresh(self) -> None:
        """Re-estimate the language means from the indexed corpus and rebuild the index."""
        preps = list(self.profiles.values())
        self._doc_means, self._sent_means = self._estimate_means(preps)
        self._centred = _Centred(self._doc_means, self._sent_means)
        self._indexes = {}
        self._hubness = {}
        self._neighbours = {}
        self._potentials = {}
        by_side: dict[str | None, list[Prepared]] = {}
        for prep in preps:
            by_side.setdefault(prep.profile.side, []).append(prep)
        for side, group in by_side.items():
            index = self._index_factory(self.encoder.dim, len(group))
            index.add(
                [p.profile.id for p in group],
                self._center_docs(group, self._doc_means),
            )
            self._indexes[side] = index
        self._fresh = True

    def _numpy_index(self, dim: int, capacity: int) -> VectorIndex:
        return NumpyIndex(dim, dtype=np.dtype(self.config.dtype), capacity=capacity)

    def size(self) -> int:
        """Number of indexed profiles."""
        return len(self.profiles)

    def _ensure_fresh(self) -> None:
        if not self._fresh:
            self.refresh()

    def _counterpart_indexes(self, side: str | None) -> list[VectorIndex]:
        return [idx for s, idx in self._indexes.items() if side is None or s is None or s != side]

    def _search(self, vector: Vector, side: str | None, top_k: int) -> list[tuple[str, float]]:
        hits: list[tuple[str, float]] = []
        for index in self._counterpart_indexes(side):
            hits.extend(index.search(vector, top_k))
        hits.sort(key=lambda h: -h[1])
        return hits[:top_k]

    def _column_potentials(self, side: str | None) -> dict[str, float] | None:
        """Sinkhorn column potentials of the counterparts of ``side``, or None.

        The indexed profiles of the query's side are the row population, all other
        profiles the columns. Computed once per refresh when a side is given and the
        populations have at most ``sinkhorn_max_pairs`` pairs (else CSLS is used).
        """
        if side is None:  # no two-sided market defined: CSLS over the index instead
            return None
        if side in self._potentials:
            return self._potentials[side]
        rows = [p for p in self.profiles.values() if p.profile.side == side]
        cols = [p for p in self.profiles.values() if p.profile.side != side]
        result: dict[str, float] | None = None
        if len(rows) >= 2 and len(cols) >= 2 and len(rows) * len(cols) <= self.config.sinkhorn_max_pairs:
            chunks = []
            for start in range(0, len(rows), 256):
                chunk = rows[start : start + 256]
                chunks.append(self._semantic(chunk, cols, self._doc_means, self._sent_means)[2])
            _, g = sinkhorn_potentials(np.concatenate(chunks), self.config.temperature, self.config.sinkhorn_iterations)
            result = {p.profile.id: float(v) for p, v in zip(cols, g, strict=True)}
        self._potentials[side] = result
        return result

    def warm_hubness(self, batch: int = 1024) -> int:
        """Compute the CSLS hubness of every indexed profile now; returns how many were missing.

        Queries otherwise compute it for their unseen candidates, which makes the first
        queries against a large index slow; a server calls this once after building.
        """
        self._ensure_fresh()
        missing = [p for p in self.profiles.values() if p.profile.id not in self._hubness]
        for start in range(0, len(missing), batch):
            chunk = missing[start : start + batch]
            self._target_hubness(chunk, self._centered_docs(chunk, self._doc_means))
        return len(missing)

    def _target_hubness(self, preps: Sequence[Prepared], vectors: Matrix | Callable[[], Matrix]) -> Vector:
        """CSLS r(target): mean similarity of each target to its k nearest counterparts.

        Computed in one batched search for the targets not yet cached, then cached
        until the next ``refresh``. ``vectors`` (the targets' centred documents) may be
        a callable: it is called only when some target's hubness is not cached yet.
        """
        todo = [j for j, p in enumerate(preps) if p.profile.id not in self._hubness]
        if todo:
            self._search_hubness(preps, todo, vectors() if callable(vectors) else vectors)
        return np.array([self._hubness[p.profile.id] for p in preps], dtype=np.float32)

    def _search_hubness(self, preps: Sequence[Prepared], todo: list[int], vectors: Matrix) -> None:
        """Find and keep the CSLS hubness of ``preps[j]`` for each ``j`` in ``todo``."""
        k = self.config.csls_k
        keep = self._kept_pool()
        by_side: dict[str | None, list[int]] = {}
        for j in todo:
            by_side.setdefault(preps[j].profile.side, []).append(j)
        for side, rows in by_side.items():
            merged: list[list[tuple[str, float]]] = [[] for _ in rows]
            for index in self._counterpart_indexes(side):
                for slot, hits in enumerate(index.search_many(vectors[rows], max(k + 1, keep))):
                    merged[slot].extend(hits)
            for j, hits in zip(rows, merged, strict=True):
                own = preps[j].profile.id
                hits.sort(key=lambda h: -h[1])
                sims = [s for i, s in hits if i != own][:k]
                self._hubness[own] = float(np.mean(sims)) if sims else 0.0
                if self.profiles.get(own) is preps[j]:
                    kept = hits[:keep]
                    self._neighbours[own] = (tuple(i for i, _ in kept), np.array([s for _, s in kept], np.float32))

    def _kept_pool(self) -> int:
        """Neighbours kept per indexed profile: the configured number, plus the profile itself."""
        return self.config.kept_neighbours + 1

    def _first_stage(self, prep: Prepared, q_doc: Vector, pool: int) -> list[tuple[str, float]]:
        """The ``pool`` nearest counterparts: from the kept neighbours when they cover the pool."""
        own = prep.profile.id
        kept = self._neighbours.get(own)
        if kept is not None and self.profiles.get(own) is prep:
            ids, scores = kept
            if pool <= len(ids) or len(ids) < self._kept_pool():  # a short list holds every counterpart
                return [(ids[n], float(scores[n])) for n in range(min(pool, len(ids)))]
        return self._search(q_doc, prep.profile.side, pool)

    # ----- scoring -------------------------------------------------------------------
    def _semantic(
        self,
        queries: Sequence[Prepared],
        targets: Sequence[Prepared],
        doc_means: dict[str, Vector],
        sent_means: dict[str, Vector],
    ) -> tuple[Matrix, Matrix, Matrix, Matrix, Matrix]:
        """(doc cosine, best sentence cosine, blended) matrices plus centred sentence vectors."""
        qd = self._centered_docs(queries, doc_means)
        td = self._centered_docs(targets, doc_means)
        doc = qd @ td.T
        qs = self._centered_sentences(queries, sent_means)
        ts = self._centered_sentences(targets, sent_means)
        sent = block_max(
            qs @ ts.T,
            [len(p.sentences) for p in queries],
            [len(p.sentences) for p in targets],
        )
        w = self.config.doc_weight
        return doc, sent, (w * doc + (1 - w) * sent).astype(np.float32), qs, ts

    def score_matrix(
        self, sources: Sequence[Prepared], targets: Sequence[Prepared]
    ) -> tuple[Matrix, NDArray[np.bool_], dict[str, Matrix]]:
        """Final scores of every source against every target, ranked both ways at once.

        Language means are estimated over both populations (plus the index), the
        semantic matrix is balanced with Sinkhorn (reciprocity), then structured terms
        are added. Returns (scores, excluded mask, named component matrices).
        """
        corpus = {p.profile.id: p for p in [*self.profiles.values(), *sources, *targets]}
        doc_means, sent_means = self._estimate_means(corpus.values())
        doc, sent, semantic, _, _ = self._semantic(sources, targets, doc_means, sent_means)
        reciprocal = sinkhorn_scores(semantic, self.config.temperature, self.config.sinkhorn_iterations)
        sector = np.zeros_like(semantic)
        numeric = np.zeros_like(semantic)
        excluded = np.zeros(semantic.shape, dtype=bool)
        if any(_has_structure(p.profile) for p in [*sources, *targets]):
            for i, s in enumerate(sources):
                for j, t in enumerate(targets):
                    sector[i, j], numeric[i, j], excluded[i, j] = self._structured(s.profile, t.profile)
        final = reciprocal + self.config.sector_weight * sector + self.config.numeric_weight * numeric
        parts = {
            "doc": doc,
            "sentence": sent,
            "semantic": semantic,
            "reciprocal": reciprocal,
        }
        parts |= {"sector": sector, "numeric": numeric}
        return final.astype(np.float32), excluded, parts

    def _structured(self, a: Profile, b: Profile) -> tuple[float, float, bool]:
        return structured_terms(a, b)

    # ----- explanations --------------------------------------------------------------
    def _explain(
        self,
        query: Prepared,
        target: Prepared,
        q_sent: Matrix,
        t_sent: Matrix,
        components: dict[str, float],
    ) -> ex.Explanation:
        sims = q_sent @ t_sent.T
        pairs: list[ex.SentencePair] = []
        used_q: set[int] = set()
        used_t: set[int] = set()
        for flat in np.argsort(-sims, axis=None):
            qi, ti = divmod(int(flat), sims.shape[1])
            if qi in used_q or ti in used_t:
                continue
            used_q.add(qi)
            used_t.add(ti)
            pairs.append(
                ex.SentencePair(
                    query_index=qi,
                    query_text=query.sentences[qi],
                    query_lang=query.sentence_langs[qi],
                    match_index=ti,
                    match_text=target.sentences[ti],
                    match_lang=target.sentence_langs[ti],
                    similarity=round(float(sims[qi, ti]), 4),
                )
            )
            if len(pairs) >= self.config.explained_pairs:
                break
        _, shared = sector_overlap(query.profile, target.profile)
        numeric = tuple(numeric_fits(query.profile, target.profile) + numeric_fits(target.profile, query.profile))
        checks = tuple(
            constraint_checks(query.profile, target.profile) + constraint_checks(target.profile, query.profile)
        )
        return ex.Explanation(
            shared_sectors=shared,
            sentence_pairs=tuple(pairs),
            numeric=numeric,
            constraints=checks,
            components={k: round(v, 4) for k, v in components.items()},
            query_lang=query.detection.lang,
            match_lang=target.detection.lang,
        )

    # ----- public ranking ------------------------------------------------------------
    def rank(self, sources: Sequence[Profile], targets: Sequence[Profile], k: int = 10) -> list[ex.MatchResult]:
        """Rank ``targets`` for every source, with reciprocity over both populations."""
        src = self.prepare_many(sources)
        tgt = [t for t in self.prepare_many(targets) if isinstance(t, Prepared)]
        ok_src = [s for s in src if isinstance(s, Prepared)]
        if not ok_src or not tgt:
            return [
                ex.MatchResult(
                    s.profile_id if isinstance(s, ex.NotMatchable) else s.profile.id,
                    (),
                    _as_refusal(s),
                )
                for s in src
            ]
        scores, excluded, parts = self.score_matrix(ok_src, tgt)
        corpus = {p.profile.id: p for p in [*self.profiles.values(), *ok_src, *tgt]}
        _, sent_means = self._estimate_means(corpus.values())
        results: list[ex.MatchResult] = []
        row = 0
        for s in src:
            if isinstance(s, ex.NotMatchable):
                results.append(ex.MatchResult(s.profile_id, (), s))
                continue
            masked = np.where(excluded[row], -np.inf, scores[row])
            order = [j for j in np.argsort(-masked, kind="stable")[:k] if np.isfinite(masked[j])]
            q_sent = self._centered_sentences([s], sent_means)
            matches = []
            for rank, j in enumerate(order, start=1):
                comps = {name: float(m[row, j]) for name, m in parts.items()} | {"final": float(scores[row, j])}
                t_sent = self._centered_sentences([tgt[j]], sent_means)
                matches.append(
                    ex.Match(
                        tgt[j].profile.id,
                        rank,
                        float(scores[row, j]),
                        self._explain(s, tgt[j], q_sent, t_sent, comps),
                    )
                )
            results.append(ex.MatchResult(s.profile.id, tuple(matches)))
            row += 1
        return results

    def query(self, profile: Profile, k: int = 10) -> ex.MatchResult:
        """Top-``k`` indexed counterparts of ``profile`` (CSLS hubness correction)."""
        prep = self._prepared(profile)
        if isinstance(prep, ex.NotMatchable):
            return ex.MatchResult(profile.id, (), prep)
        self._ensure_fresh()
        if not self.profiles:
            return ex.MatchResult(profile.id, ())
        q_doc = self._centered_docs([prep], self._doc_means)[0]
        pool = max(self.config.candidates, 4 * k)
        while True:
            hits = [(i, s) for i, s in self._first_stage(prep, q_doc, pool) if i != profile.id]
            cands = [self.profiles[i] for i, _ in hits]
            matches = self._rank_candidates(prep, q_doc, cands, k)
            if len(matches) >= k or pool >= len(self.profiles):
                return ex.MatchResult(profile.id, tuple(matches))
            pool *= 4

    def _prepared(self, profile: Profile) -> Prepared | ex.NotMatchable:
        """The preparation held in the index when it is of this very profile (a match page asks
        for an indexed one: language detection and splitting are not redone), else a fresh one."""
        held = self.profiles.get(profile.id)
        if held is not None and held.profile == profile:
            return held
        return self.prepare(profile)

    def _rank_candidates(self, prep: Prepared, q_doc: Vector, cands: list[Prepared], k: int) -> list[ex.Match]:
        if not cands:
            return []
        terms = [self._structured(prep.profile, cand.profile) for cand in cands]
        potentials = self._column_potentials(prep.profile.side)
        if potentials is not None:
            doc, sent, semantic, qs, ts = self._semantic([prep], cands, self._doc_means, self._sent_means)
            g = np.array([potentials[c.profile.id] for c in cands])
            f = row_potential(semantic[0], g, self.config.temperature)
            reciprocal = (semantic[0] + g + f).astype(np.float32)
        else:
            # CSLS scores each candidate by itself; the ones a hard constraint excludes count only
            # through the query's hubness (its best document similarities), so the costly sentence
            # comparison is made for the others alone (a query widening its pool past many
            # excluded candidates used to compare every sentence of all of them).
            docs = self._centered_docs([prep], self._doc_means) @ self._centered_docs(cands, self._doc_means).T
            r_q = float(np.mean(np.sort(docs[0])[::-1][: self.config.csls_k]))
            allowed = [j for j, (_, _, excluded) in enumerate(terms) if not excluded]
            if not allowed:
                return []
            cands, terms = [cands[j] for j in allowed], [terms[j] for j in allowed]
            doc, sent, semantic, qs, ts = self._semantic([prep], cands, self._doc_means, self._sent_means)
            r_t = self._target_hubness(cands, lambda: self._centered_docs(cands, self._doc_means))
            reciprocal = csls_scores(semantic, np.array([r_q], dtype=np.float32), r_t)[0] / 2.0
        scored: list[tuple[float, int, dict[str, float]]] = []
        for j, (sector, numeric, excluded) in enumerate(terms):
            if excluded:
                continue
            final = float(reciprocal[j]) + self.config.sector_weight * sector + self.config.numeric_weight * numeric
            comps = {
                "doc": float(doc[0, j]),
                "sentence": float(sent[0, j]),
                "semantic": float(semantic[0, j]),
                "reciprocal": float(reciprocal[j]),
                "sector": sector,
                "numeric": numeric,
                "final": final,
            }
            scored.append((final, j, comps))
        scored.sort(key=lambda x: -x[0])
        # Each candidate's centred sentences are its rows of `ts` (computed once above).
        starts = np.cumsum([0] + [len(c.sentences) for c in cands])
        matches = []
        for rank, (final, j, comps) in enumerate(scored[:k], start=1):
            t_sent = ts[starts[j] : starts[j + 1]]
            matches.append(
                ex.Match(
                    cands[j].profile.id,
                    rank,
                    final,
                    self._explain(prep, cands[j], qs, t_sent, comps),
                )
            )
        return matches


def _stacked(means: dict[str, Vector]) -> tuple[dict[str, int], Matrix]:
    """The language means as one matrix (a handful of rows) and each language's row in it."""
    return {lang: i for i, lang in enumerate(means)}, np.stack(list(means.values()))


def _has_structure(profile: Profile) -> bool:
    return bool(profile.nace or profile.requirements or profile.quantities or profile.regions)


def _as_refusal(item: Prepared | ex.NotMatchable) -> ex.NotMatchable | None:
    return item if isinstance(item, ex.NotMatchable) else None


__all__ = ["EngineConfig", "MatchEngine", "Prepared", "normalize_rows"]
