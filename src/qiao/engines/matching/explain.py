"""Structured, language-neutral explanations of matches and of refusals to match.

Only codes and data live here; the Django layer renders them in zh/de/en. Every
``Match`` carries an ``Explanation``; a profile that cannot be matched yields a
``NotMatchable`` with a reason code instead of raising.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

#: Reason codes of ``NotMatchable``.
REASON_EMPTY = "empty_text"
REASON_UNSUPPORTED_LANGUAGE = "unsupported_language"
REASON_NO_CONTENT = "no_content"


@dataclass(frozen=True)
class SentencePair:
    """The best-aligned sentences of the two profiles, with their indices and similarity."""

    query_index: int
    query_text: str
    query_lang: str
    match_index: int
    match_text: str
    match_lang: str
    similarity: float


@dataclass(frozen=True)
class NumericFit:
    """A requirement of ``seeker_id`` on ``field`` against the counterpart's value.

    ``status`` is ``fit``, ``misfit`` or ``missing``; ``fit`` the degree in [0, 1].
    """

    field: str
    required_min: float | None
    required_max: float | None
    offered: float | None
    status: str
    fit: float
    hard: bool
    seeker_id: str


@dataclass(frozen=True)
class ConstraintCheck:
    """A hard constraint of ``seeker_id``: ``state`` is held, excluded, missed or unknown.

    ``code`` is ``quantity:<field>`` or ``region``.
    """

    code: str
    state: str
    seeker_id: str


@dataclass(frozen=True)
class Explanation:
    """Why two profiles match: score parts, shared sectors, sentences, numbers, constraints."""

    shared_sectors: tuple[str, ...] = ()
    sentence_pairs: tuple[SentencePair, ...] = ()
    numeric: tuple[NumericFit, ...] = ()
    constraints: tuple[ConstraintCheck, ...] = ()
    components: dict[str, float] = field(default_factory=dict)
    query_lang: str = ""
    match_lang: str = ""

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-able form."""
        return asdict(self)


@dataclass(frozen=True)
class Match:
    """One ranked counterpart: its id, rank (1-based), final score and explanation."""

    id: str
    rank: int
    score: float
    explanation: Explanation

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-able form."""
        return {
            "id": self.id,
            "rank": self.rank,
            "score": self.score,
            "explanation": self.explanation.to_dict(),
        }


@dataclass(frozen=True)
class NotMatchable:
    """A profile the engine cannot match, with a reason code and the detected language."""

    profile_id: str
    reason: str
    detected_lang: str = ""

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-able form."""
        return asdict(self)


@dataclass(frozen=True)
class MatchResult:
    """Outcome of a query: ranked matches, or ``not_matchable`` when the query was refused."""

    query_id: str
    matches: tuple[Match, ...] = ()
    not_matchable: NotMatchable | None = None

    @property
    def ok(self) -> bool:
        """True when the query profile could be matched at all."""
        return self.not_matchable is None
