"""Demo reviews: think-tank experts reviewed several of the 2020 summit's projects.

Reviews are written here directly (with fixed 2020/2021 dates) rather than through
`submit_review`, because most demo experts have no account to submit with. A project that
already has a review request is left alone, so reloading the demo changes nothing.
"""

from __future__ import annotations

import datetime as dt
import zoneinfo
from typing import Any

from qiao.accounts.models import User
from qiao.core.domain.upsert import Changes
from qiao.experts.models import Expert
from qiao.projects.models import Project
from qiao.reviews.enums import AssignmentStatus, Recommendation
from qiao.reviews.models import Assignment, Review, ReviewRequest

CST = zoneinfo.ZoneInfo("Asia/Shanghai")

#: (company key of the 2020 summit, requested by, scores maturity/market/strategy/risks per reviewer, recommendations)
PLAN: tuple[tuple[str, str, tuple[tuple[int, int, int, int, str], ...]], ...] = (
    ("de-2020-auerbach", "officer", ((4, 4, 5, 3, "recommend"), (4, 3, 4, 2, "conditions"), (5, 4, 5, 3, "recommend"))),
    ("de-2020-voltwerk", "officer", ((3, 4, 4, 3, "recommend"), (3, 3, 4, 2, "conditions"))),
    ("de-2020-kessler", "organiser", ((2, 3, 3, 2, "conditions"), (2, 2, 3, 1, "reject"))),
    ("de-2020-medvisio", "organiser", ((4, 3, 3, 3, "conditions"), (3, 2, 2, 2, "reject"))),
)

REASONS = {
    "de": {
        "maturity": "Die Technik ist in Deutschland im Serieneinsatz erprobt; für China fehlen noch Zulassungen.",
        "market": "Die Nachfrage im Jangtse-Delta wächst, der Wettbewerb durch chinesische Anbieter ebenfalls.",
        "strategy": "Passt zum Schwerpunkt des Bezirks auf intelligente Fertigung und Zulieferketten.",
        "risks": "Fachkräfte, Lieferketten und Exportkontrolle sind die wesentlichen Risiken.",
        "recommend": "Ansiedlung empfohlen; der Bezirk sollte Flächen und Fachkräfte zusagen.",
        "conditions": "Empfohlen, wenn ein chinesischer Partner für Service und Vertrieb gefunden wird.",
        "reject": "Derzeit nicht empfohlen: das Geschäftsmodell ist für den Standort noch nicht tragfähig.",
    },
    "en": {
        "maturity": "The technology is proven in series use in Germany; Chinese certification is still missing.",
        "market": "Demand in the Yangtze River Delta is growing, and so is competition from Chinese suppliers.",
        "strategy": "Fits the district's focus on intelligent manufacturing and supply chains.",
        "risks": "Skilled staff, supply chains and export control are the main risks.",
        "recommend": "Recommended; the district should commit land and help with skilled staff.",
        "conditions": "Recommended once a Chinese partner for service and sales is found.",
        "reject": "Not recommended for now: the business model does not yet carry a site here.",
    },
}


def _reviewers(project: Project, demo_expert: Expert | None, count: int) -> list[Expert]:
    """German-speaking experts, those sharing a field with the project first; the demo expert first of all."""
    sectors = set(project.sectors.values_list("pk", flat=True))
    candidates = [e for e in Expert.objects.prefetch_related("fields").order_by("key") if "de" in (e.languages or [])]
    candidates.sort(key=lambda e: (e != demo_expert, not sectors & {f.pk for f in e.fields.all()}, e.key))
    return candidates[:count]


def link_demo_expert(changes: Changes) -> Expert | None:
    """Make sure the demo "expert" account has a German-speaking expert profile."""
    user = User.objects.filter(username="expert").first()
    if user is None:
        return None
    current = Expert.objects.filter(person=user).first()
    if current is not None and "de" in (current.languages or []):
        return current
    german = next(
        (e for e in Expert.objects.filter(person__isnull=True).order_by("key") if "de" in (e.languages or [])), None
    )
    if german is None:
        return current
    if current is not None:
        current.person = None
        current.save(update_fields=["person", "updated_at"])
        changes.count("updated", Expert)
    german.person = user
    german.save(update_fields=["person", "updated_at"])
    changes.count("updated", Expert)
    return german


def reviews_for_summit_2020(changes: Changes) -> None:
    """Review requests with submitted reviews for several 2020 summit projects, once.

    Side effects: the demo expert account linked to a German-speaking profile; requests,
    assignments and reviews, dated December 2020 / January 2021.
    """
    demo_expert = link_demo_expert(changes)
    people = {u.username: u for u in User.objects.filter(username__in=["officer", "organiser"])}
    for index, (company, requester, reviews) in enumerate(PLAN):
        project = Project.objects.filter(key=f"{company}-shaoxing").first()
        if project is None or requester not in people or project.review_requests.exists():
            continue
        experts = _reviewers(project, demo_expert, len(reviews))
        if len(experts) < len(reviews):
            continue
        asked = dt.datetime(2020, 12, 16 + index, 10, 0, tzinfo=CST)
        request = ReviewRequest.objects.create(
            project=project, requested_by=people[requester], deadline=dt.date(2021, 1, 31)
        )
        ReviewRequest.objects.filter(pk=request.pk).update(created_at=asked)
        changes.count("created", ReviewRequest)
        for offset, (expert, scores) in enumerate(zip(experts, reviews, strict=True)):
            _review(request, expert, scores, asked + dt.timedelta(days=5 + 4 * offset + index), changes)


def _review(
    request: ReviewRequest, expert: Expert, scores: tuple[int, int, int, int, str], at: Any, changes: Changes
) -> None:
    maturity, market, strategy, risks, recommendation = scores
    text = REASONS["de" if "de" in (expert.languages or []) else "en"]
    assignment = Assignment.objects.create(request=request, expert=expert, status=AssignmentStatus.SUBMITTED)
    Assignment.objects.filter(pk=assignment.pk).update(created_at=request.created_at)
    review = Review.objects.create(
        assignment=assignment,
        version=1,
        maturity_score=maturity,
        maturity_reason=text["maturity"],
        market_score=market,
        market_reason=text["market"],
        strategy_score=strategy,
        strategy_reason=text["strategy"],
        risks_score=risks,
        risks_reason=text["risks"],
        recommendation=Recommendation(recommendation),
        recommendation_reason=text[recommendation],
    )
    Review.objects.filter(pk=review.pk).update(submitted_at=at)
    changes.count("created", Assignment)
    changes.count("created", Review)
