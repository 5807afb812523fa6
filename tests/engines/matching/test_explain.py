"""Explanations cite the sentences that drive a match."""

from __future__ import annotations

from qiao.engines.matching.embedder import CachedEncoder
from qiao.engines.matching.features import Profile, Requirement
from qiao.engines.matching.ranking import EngineConfig, MatchEngine

TARGET_ZH = (
    "本园区欢迎汽车内饰注塑企业入驻，主要生产仪表板和门板。"
    "园区可提供三千平方米带行车的标准厂房。"
    "园区内建有人才公寓，并为员工子女提供国际学校名额。"
)
QUERY_DE = [
    "Wir fertigen Kunststoffteile im Spritzguss für Autoinnenräume, etwa Armaturenbretter.",
    "Unsere Produkte werden an Fahrzeughersteller in ganz Europa geliefert.",
    "Der Firmengründer sammelt in seiner Freizeit alte Uhren.",
]


def _engine(encoder: CachedEncoder) -> MatchEngine:
    return MatchEngine(encoder, EngineConfig(explained_pairs=1))


def test_editing_one_sentence_moves_the_explanation(encoder: CachedEncoder) -> None:
    target = Profile("park", TARGET_ZH)
    before = _engine(encoder).rank([Profile("q", " ".join(QUERY_DE))], [target], k=1)[0]
    pair = before.matches[0].explanation.sentence_pairs[0]
    assert pair.query_index == 0
    assert pair.match_index == 0
    new_sentence = "Für unsere Mitarbeiter wünschen wir Wohnungen und Plätze an einer internationalen Schule."
    edited = [*QUERY_DE[:2], new_sentence]
    after = _engine(encoder).rank([Profile("q", " ".join(edited))], [target], k=1)[0]
    pair = after.matches[0].explanation.sentence_pairs[0]
    assert pair.query_index == 2
    assert pair.query_text == edited[2]
    assert pair.match_index == 2
    assert pair.match_text == "园区内建有人才公寓，并为员工子女提供国际学校名额。"
    assert pair.query_lang == "de"
    assert pair.match_lang == "zh"


def test_explanation_reports_numbers_and_constraints(engine: MatchEngine) -> None:
    query = Profile(
        "q",
        " ".join(QUERY_DE[:2]),
        nace=("C22.29",),
        requirements=(
            Requirement("area_m2", minimum=2000, hard=True),
            Requirement("jobs", minimum=50),
        ),
    )
    target = Profile("park", TARGET_ZH, nace=("C22",), quantities={"area_m2": 3000.0})
    match = engine.rank([query], [target], k=1)[0].matches[0]
    exp = match.explanation
    assert exp.shared_sectors == ("22",)
    by_field = {f.field: f for f in exp.numeric}
    assert by_field["area_m2"].status == "fit"
    assert by_field["area_m2"].offered == 3000.0
    assert by_field["area_m2"].required_min == 2000.0
    assert by_field["jobs"].status == "missing"
    assert [(c.code, c.state) for c in exp.constraints] == [("quantity:area_m2", "held")]
    assert set(exp.components) >= {
        "doc",
        "sentence",
        "semantic",
        "reciprocal",
        "sector",
        "numeric",
        "final",
    }
    assert exp.to_dict()["sentence_pairs"][0]["match_lang"] == "zh"
