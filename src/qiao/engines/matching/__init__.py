"""Cross-lingual (zh/de/en) matching of project and partner profiles; pure Python/numpy.

Entry points: ``MatchEngine`` (index profiles, ``query`` one, ``rank`` two populations),
``Profile``/``Requirement`` (input), ``Match``/``Explanation``/``NotMatchable`` (output),
``embedding_key`` (cache key of an embedding) and ``NumpyIndex``/``VectorIndex``.
"""

from qiao.engines.matching.embedder import embedding_key
from qiao.engines.matching.explain import Explanation, Match, MatchResult, NotMatchable
from qiao.engines.matching.features import Profile, Requirement
from qiao.engines.matching.index import NumpyIndex, VectorIndex
from qiao.engines.matching.ranking import EngineConfig, MatchEngine

__all__ = [
    "EngineConfig",
    "Explanation",
    "Match",
    "MatchEngine",
    "MatchResult",
    "NotMatchable",
    "NumpyIndex",
    "Profile",
    "Requirement",
    "VectorIndex",
    "embedding_key",
]
