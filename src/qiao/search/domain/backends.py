"""Two ways to find and rank documents, behind one interface.

Ranking is the count of matched query tokens weighted by field: a token in the title
counts `TITLE_WEIGHT` times a token only in the text. The portable backend keeps a token
table (SQLite, the embedded default); on PostgreSQL the same pre-segmented tokens are
searched with full-text search in the ``simple`` configuration, title as weight A and
text as weight B, so Chinese works without a Chinese parser.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from django.db import connection
from django.db.models import F, Sum

from qiao.search.models import SearchDocument, SearchToken

TITLE_WEIGHT = 3
BODY_WEIGHT = 1
MAX_HITS = 500


@dataclass(frozen=True)
class Hit:
    """A matching document and its score (higher is better)."""

    document_id: int
    score: float


class Backend(Protocol):
    def store_tokens(self, document: SearchDocument, title_tokens: list[str], body_tokens: list[str]) -> None:
        """Keep whatever the backend needs besides the document row."""

    def find(self, tokens: list[str], limit: int = MAX_HITS) -> list[Hit]:
        """The best documents matching any of the tokens, best first."""


def weighted(title_tokens: list[str], body_tokens: list[str]) -> dict[str, int]:
    """Each distinct token with its field weight (the title wins)."""
    weights = dict.fromkeys(body_tokens, BODY_WEIGHT)
    weights.update(dict.fromkeys(title_tokens, TITLE_WEIGHT))
    return weights


class TokenTableBackend:
    """A table of (document, token, weight); score = sum of the matched tokens' weights."""

    def store_tokens(self, document: SearchDocument, title_tokens: list[str], body_tokens: list[str]) -> None:
        SearchToken.objects.filter(document=document).delete()
        SearchToken.objects.bulk_create(
            SearchToken(document=document, token=token, weight=weight)
            for token, weight in weighted(title_tokens, body_tokens).items()
        )

    def find(self, tokens: list[str], limit: int = MAX_HITS) -> list[Hit]:
        rows = (
            SearchToken.objects.filter(token__in=tokens)
            .values("document_id")
            .annotate(score=Sum("weight"))
            .order_by("-score", "document_id")[:limit]
        )
        return [Hit(row["document_id"], float(row["score"])) for row in rows]


class PostgresBackend:
    """PostgreSQL full-text search over the stored token strings (config ``simple``)."""

    def store_tokens(self, document: SearchDocument, title_tokens: list[str], body_tokens: list[str]) -> None:
        return None  # the token strings on the document are all it needs

    def find(self, tokens: list[str], limit: int = MAX_HITS) -> list[Hit]:
        from django.contrib.postgres.search import SearchQuery, SearchRank, SearchVector

        vector = SearchVector("title_tokens", weight="A", config="simple") + SearchVector(
            "body_tokens", weight="B", config="simple"
        )
        query = SearchQuery(tokens[0], search_type="plain", config="simple")
        for token in tokens[1:]:
            query |= SearchQuery(token, search_type="plain", config="simple")
        # Weights {D, C, B, A} must lie in [0, 1]: the title counts TITLE_WEIGHT times the text.
        rank = SearchRank(F("vector"), query, weights=[0.0, 0.0, BODY_WEIGHT / TITLE_WEIGHT, 1.0])
        rows = (
            SearchDocument.objects.annotate(vector=vector)
            .filter(vector=query)
            .annotate(score=rank)
            .values("id", "score")
            .order_by("-score", "id")[:limit]
        )
        return [Hit(row["id"], float(row["score"])) for row in rows]


def backend() -> Backend:
    """The backend for the database in use."""
    if connection.vendor == "postgresql":
        return PostgresBackend()
    return TokenTableBackend()
