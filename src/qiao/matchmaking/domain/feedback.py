"""Recording people's judgement of suggested matches (for later evaluation)."""

from __future__ import annotations

from typing import Any

from django.db import transaction

from qiao.core.domain import audit
from qiao.matchmaking.models import MatchFeedback


def record_feedback(person: Any, source: str, target: str, relevant: bool, rank: int, score: float) -> MatchFeedback:
    """Store (or change) one person's verdict on one match.

    Side effects: upserts MatchFeedback; audit entry ``match.feedback``.
    """
    with transaction.atomic():
        feedback, _created = MatchFeedback.objects.update_or_create(
            person=person,
            source=source,
            target=target,
            defaults={"relevant": relevant, "rank": rank, "score": score},
        )
        audit.record(person, "match.feedback", feedback, relevant=relevant)
    return feedback
