"""Ranking invariants on a hand-written trilingual corpus (real USE model)."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from qiao.engines.matching.features import Profile, Requirement
from qiao.engines.matching.ranking import EngineConfig, MatchEngine, Prepared

from .topics import TOPICS

DIRECTIONS = [("de", "zh"), ("zh", "de"), ("en", "zh"), ("zh", "en"), ("de", "en")]


def _profiles(lang: str, prefix: str) -> list[Profile]:
    return [Profile(f"{prefix}:{topic}", texts[lang]) for topic, texts in TOPICS.items()]


@pytest.mark.parametrize(("src", "tgt"), DIRECTIONS)
def test_batch_rank_puts_counterpart_first(engine: MatchEngine, src: str, tgt: str) -> None:
    results = engine.rank(_profiles(src, "s"), _profiles(tgt, "t"), k=3)
    for result in results:
        assert result.ok
        assert result.matches[0].id.split(":")[1] == result.query_id.split(":")[1]


@pytest.mark.parametrize("topic", sorted(TOPICS))
def test_swapping_languages_keeps_pair_first(engine: MatchEngine, topic: str) -> None:
    """A de query finds its zh counterpart, and the zh text finds the de one."""
    engine.add(_profiles("zh", "zh") + _profiles("de", "de"))
    de_query = Profile("q", TOPICS[topic]["de"], side="q")
    zh_query = Profile("q", TOPICS[topic]["zh"], side="q")
    top_zh = next(m.id for m in engine.query(de_query, k=5).matches if m.id.startswith("zh:"))
    top_de = next(m.id for m in engine.query(zh_query, k=5).matches if m.id.startswith("de:"))
    assert top_zh == f"zh:{topic}"
    assert top_de == f"de:{topic}"


def test_query_excludes_itself_and_respects_sides(engine: MatchEngine) -> None:
    engine.add([Profile(p.id, p.text, side="offer") for p in _profiles("zh", "zh")])
    engine.add([Profile(p.id, p.text, side="project") for p in _profiles("de", "de")])
    result = engine.query(Profile("de:wind", TOPICS["wind"]["de"], side="project"), k=6)
    assert all(m.id.startswith("zh:") for m in result.matches)
    assert result.matches[0].id == "zh:wind"
    assert [m.rank for m in result.matches] == list(range(1, len(result.matches) + 1))


def test_sector_overlap_breaks_near_ties(engine: MatchEngine) -> None:
    base = _profiles("zh", "zh")
    engine.add([Profile(p.id, p.text, nace=("C28",) if p.id == "zh:dairy" else ()) for p in base])
    query = Profile("q", TOPICS["dairy"]["en"], nace=("C28.93",))
    top = engine.query(query, k=1).matches[0]
    assert top.id == "zh:dairy"
    assert top.explanation.shared_sectors == ("28",)


@settings(
    max_examples=12,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(
    areas=st.lists(st.integers(0, 10_000), min_size=6, max_size=6),
    need=st.integers(1, 10_000),
)
def test_hard_constraints_always_exclude(engine: MatchEngine, areas: list[int], need: int) -> None:
    offers = [
        Profile(p.id, p.text, quantities={"area_m2": float(a)})
        for p, a in zip(_profiles("zh", "zh"), areas, strict=True)
    ]
    engine.add(offers)
    query = Profile(
        "q",
        TOPICS["moulding"]["de"],
        requirements=(Requirement("area_m2", minimum=need, hard=True),),
    )
    allowed = {o.id for o, a in zip(offers, areas, strict=True) if a >= need}
    for result in (engine.query(query, k=6), engine.rank([query], offers, k=6)[0]):
        assert {m.id for m in result.matches} == allowed
        for match in result.matches:
            assert [c.state for c in match.explanation.constraints] == ["held"]


def test_two_sided_index_query_agrees_with_batch_rank(engine: MatchEngine) -> None:
    """With both sides indexed, a single query uses the same Sinkhorn reciprocity as ``rank``."""
    projects = [Profile(p.id, p.text, side="project") for p in _profiles("de", "de")]
    offers = [Profile(p.id, p.text, side="offer") for p in _profiles("zh", "zh")]
    engine.add(projects + offers)
    batch = {r.query_id: [m.id for m in r.matches] for r in engine.rank(projects, offers, k=6)}
    for project in projects:
        single = [m.id for m in engine.query(project, k=6).matches]
        assert single[0] == batch[project.id][0] == "zh:" + project.id.split(":")[1]
        assert sorted(single) == sorted(batch[project.id])


def test_warm_hubness_changes_no_result_and_leaves_nothing_to_compute(encoder) -> None:
    profiles = [Profile(p.id, p.text, side="offer") for p in _profiles("zh", "zh")] + [
        Profile(p.id, p.text, side="project") for p in _profiles("de", "de")
    ]
    lazy, warm = MatchEngine(encoder), MatchEngine(encoder)
    lazy.add(profiles)
    warm.add(profiles)

    computed = warm.warm_hubness(batch=3)  # several batches

    queries = [Profile(p.id, p.text, side="project") for p in _profiles("en", "en")]
    assert computed == len(profiles)
    assert warm.warm_hubness() == 0
    for query in queries:
        assert warm.query(query, k=5) == lazy.query(query, k=5)


def test_querying_an_indexed_profile_reuses_its_preparation_and_ranks_alike(
    engine: MatchEngine, monkeypatch: pytest.MonkeyPatch
) -> None:
    engine.add([Profile(p.id, p.text, side="offer") for p in _profiles("zh", "zh")])
    indexed = Profile("de:wind", TOPICS["wind"]["de"], side="project")
    engine.add([indexed])
    fresh = engine.query(Profile("de:wind", TOPICS["wind"]["de"] + " ", side="project"), k=5)  # differs: prepared anew
    prepared: list[str] = []
    original = engine.prepare
    monkeypatch.setattr(engine, "prepare", lambda p: prepared.append(p.id) or original(p))

    reused = engine.query(Profile("de:wind", TOPICS["wind"]["de"], side="project"), k=5)
    edited = engine.query(Profile("de:wind", TOPICS["wind"]["de"] + " Neu.", side="project"), k=5)

    assert prepared == ["de:wind"]  # only the edited text, which the index does not hold, is prepared
    assert [m.id for m in reused.matches] == [m.id for m in fresh.matches]
    assert [round(m.score, 6) for m in reused.matches] == [round(m.score, 6) for m in fresh.matches]
    assert edited.matches


def test_a_query_on_a_warm_index_searches_no_hubness_and_explains_from_its_own_sentences(
    encoder, monkeypatch: pytest.MonkeyPatch
) -> None:
    """CSLS path (no sides): hubness comes from the warm cache, and each cited sentence pair's
    similarity is that of the two centred sentences (taken from the query's candidate matrix)."""
    engine = MatchEngine(encoder)
    engine.add(_profiles("zh", "zh") + _profiles("de", "de"))
    engine.warm_hubness()
    searched: list[int] = []
    original = engine._search_hubness
    monkeypatch.setattr(
        engine, "_search_hubness", lambda preps, todo, v: searched.append(len(todo)) or original(preps, todo, v)
    )

    query = Profile("en:q", TOPICS["wind"]["en"])
    result = engine.query(query, k=4)

    assert searched == []
    assert len(result.matches) == 4
    prepared = engine.prepare(query)
    assert isinstance(prepared, Prepared)
    ours = engine._centered_sentences([prepared], engine._sent_means)
    for match in result.matches:
        theirs = engine._centered_sentences([engine.profiles[match.id]], engine._sent_means)
        for pair in match.explanation.sentence_pairs:
            expected = float(ours[pair.query_index] @ theirs[pair.match_index])
            assert pair.similarity == pytest.approx(round(expected, 4), abs=1e-4)


def test_centred_rows_are_computed_once_per_refresh_and_never_served_for_a_replaced_profile(
    encoder, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Candidates' centred rows are kept between queries; results are those of a fresh engine."""
    profiles = [Profile(p.id, p.text, side="offer") for p in _profiles("zh", "zh")] + [
        Profile(p.id, p.text, side="project") for p in _profiles("de", "de")
    ]
    engine = MatchEngine(encoder)
    engine.add(profiles)
    first = [engine.query(p, k=4) for p in profiles]
    centred: list[str] = []
    original = engine._center_sentences
    monkeypatch.setattr(
        engine,
        "_center_sentences",
        lambda preps, means: centred.extend(p.profile.id for p in preps) or original(preps, means),
    )

    again = [engine.query(p, k=4) for p in profiles]

    assert again == first
    assert centred == []  # every row came from the kept ones
    edited = Profile("de:wind", TOPICS["wind"]["de"] + " Wir suchen Partner für Solarparks.", side="project")
    engine.add([edited])
    fresh = MatchEngine(encoder)
    fresh.add([p for p in profiles if p.id != "de:wind"] + [edited])
    for query in [edited, *profiles[:3]]:
        assert engine.query(query, k=4) == fresh.query(query, k=4)
    assert "de:wind" in centred  # the replaced profile's rows were made anew


def test_queries_for_indexed_profiles_start_from_their_kept_neighbours_and_rank_as_a_search_does(
    encoder, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The hubness search keeps each indexed profile's nearest counterparts; its queries reuse
    them instead of scanning the index, unless they need a wider pool than was kept."""
    profiles = [Profile(p.id, p.text, side="offer") for p in _profiles("zh", "zh")] + [
        Profile(p.id, p.text, side="project") for p in _profiles("de", "de")
    ]
    config = EngineConfig(candidates=2, kept_neighbours=3)
    assert len(profiles) // 2 > 3 + 1  # more counterparts than are kept: the kept lists are cut short
    kept, searched = MatchEngine(encoder, config), MatchEngine(encoder, config)
    for engine in (kept, searched):
        engine.add(profiles)
        engine.warm_hubness()
    monkeypatch.setattr(
        searched, "_first_stage", lambda prep, q_doc, pool: searched._search(q_doc, prep.profile.side, pool)
    )
    scans: list[int] = []
    original = kept._search
    monkeypatch.setattr(kept, "_search", lambda v, side, pool: scans.append(pool) or original(v, side, pool))

    for profile in profiles:  # k=1: a pool of 4, within the 4 kept
        assert kept.query(profile, k=1) == searched.query(profile, k=1)
    assert scans == []  # every first stage came from the kept neighbours
    for profile in profiles[:2]:  # k=2: a pool of 8, wider than what was kept
        assert kept.query(profile, k=2) == searched.query(profile, k=2)
    assert scans == [8, 8]
