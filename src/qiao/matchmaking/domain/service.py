"""The platform's matching service: one engine per process over the matchable profiles.

The engine is rebuilt in the background when profiles change (see EngineCache) and warmed
at start-up, so a page never waits for the model to load.
"""

from __future__ import annotations

import hashlib
import threading
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.db.models import Count, Max

from qiao.core import heap
from qiao.engines.matching import Match, MatchEngine, MatchResult
from qiao.engines.matching.embedder import CachedEncoder
from qiao.matchmaking.domain import engine_adapter as adapter
from qiao.matchmaking.domain import pgvector_index
from qiao.matchmaking.domain.engine_cache import EngineCache, shared_model
from qiao.matchmaking.domain.stored_encoder import StoredEncoder
from qiao.projects.enums import Moderation, ProjectStage, Visibility
from qiao.projects.models import Offer, Project


def matchable_projects() -> Any:
    """Projects that take part in matching: past moderation, not draft or withdrawn, not private."""
    return (
        Project.objects.filter(moderation=Moderation.PUBLISHED)
        .exclude(stage__in=[ProjectStage.DRAFT, ProjectStage.WITHDRAWN])
        .exclude(visibility=Visibility.PRIVATE)
    )


def matchable_offers() -> Any:
    return Offer.objects.filter(published=True)


def _stamp() -> tuple[Any, ...]:
    projects = matchable_projects().aggregate(n=Count("id"), last=Max("updated_at"))
    offers = matchable_offers().aggregate(n=Count("id"), last=Max("updated_at"))
    return (projects["n"], projects["last"], offers["n"], offers["last"])


def profiles_for(objects: list[Project | Offer]) -> list[Any]:
    """Engine profiles for projects and offers, with their sectors and cities, in two queries."""
    out = []
    for obj in objects:
        codes = [s.code for s in obj.sectors.all()]
        if isinstance(obj, Project):
            out.append(adapter.project_profile(obj, codes))
        else:
            city = obj.organisation.city.get("en", {}).get("text", "") if obj.organisation.city else ""
            out.append(adapter.offer_profile(obj, codes, city))
    return out


def build_engine(encoder: Any = None) -> MatchEngine:
    """A fresh engine holding every matchable project and offer."""
    engine = MatchEngine(
        encoder=CachedEncoder(encoder or StoredEncoder(shared_model())), index_factory=pgvector_index.index_factory()
    )
    objects: list[Project | Offer] = [
        *matchable_projects().select_related("organisation").prefetch_related("sectors"),
        *matchable_offers().select_related("organisation").prefetch_related("sectors"),
    ]
    engine.add(profiles_for(objects))
    # Once here rather than piecemeal in the first requests (seconds each at 50,000 profiles).
    engine.warm_hubness()
    return engine


def recheck_seconds() -> float:
    """How long a process reuses its reading of whether the profiles changed (MATCHING_RECHECK_SECONDS)."""
    return float(getattr(settings, "MATCHING_RECHECK_SECONDS", 5))


def new_cache() -> EngineCache:
    """A cache that builds with this module's build_engine (looked up at build time)."""
    # A serving process keeps each engine for long: its objects leave the collector's sight (heap).
    return EngineCache("matching", lambda: build_engine(), _stamp, recheck_seconds, after_build=heap.settle)


_cache = new_cache()


def current_engine(wait: bool = False) -> MatchEngine | None:
    """The up-to-date engine (see EngineCache.current)."""
    return _cache.current(wait)


def engine_version() -> str | None:
    """A name for the profiles the current engine holds (for caching its answers); None while warming up."""
    engine, stamp = _cache.current_with_stamp()
    if engine is None:
        return None
    return hashlib.sha256(repr(stamp).encode()).hexdigest()[:16]


def warm_up_in_background() -> threading.Thread:
    """Load the model and build the engine in a thread (called once per server process)."""
    thread = threading.Thread(target=current_engine, kwargs={"wait": True}, name="qiao-matching-warm-up", daemon=True)
    thread.start()
    return thread


@dataclass(frozen=True)
class ShownMatch:
    """A match to show: the counterpart object and the engine's explanation."""

    target: Project | Offer
    match: Match


def query_matches(obj: Project | Offer, k: int = 10) -> MatchResult | None:
    """The engine's ranking for a project or offer; None while the engine is warming up.

    Asks for twice `k` so that hiding what the viewer may not see still leaves `k`.
    """
    engine = current_engine()
    if engine is None:
        return None
    (profile,) = profiles_for([obj])
    return engine.query(profile, k=k * 2)


def resolve_matches(
    result: MatchResult,
    visible_projects: Any,
    visible_offers: Any,
    k: int = 10,
    *,
    with_sectors: bool = False,
    cards_only: bool = False,
) -> list[ShownMatch]:
    """Turn engine ids into objects the viewer may see, keeping the engine's order (with their
    sectors read too when `with_sectors`: a filter by sector asks for them). With `cards_only`
    the objects hold just what a match card or the API shows (`CARD_FIELDS`); any other field
    costs a query of its own when read."""
    ids = [adapter.parse_profile_id(m.id) for m in result.matches]
    project_ids = [pk for kind_pk in ids if kind_pk and kind_pk[0] == adapter.PROJECT for pk in [kind_pk[1]]]
    offer_ids = [pk for kind_pk in ids if kind_pk and kind_pk[0] == adapter.OFFER for pk in [kind_pk[1]]]
    objects: dict[str, Project | Offer] = {}
    # A match card shows a counterpart's title, kind and organisation: never the summaries (the
    # longest columns, in up to three languages, decoded per row); a kind with no id costs no query.
    for visible, pks in ((visible_projects, project_ids), (visible_offers, offer_ids)):
        if not pks:
            continue
        rows = visible.filter(pk__in=pks)
        rows = rows.only(*CARD_FIELDS) if cards_only else rows.defer(*_NOT_ON_CARDS)
        for obj in rows.prefetch_related("sectors") if with_sectors else rows:
            objects[adapter.profile_id(obj)] = obj
    shown = [ShownMatch(objects[m.id], m) for m in result.matches if m.id in objects]
    return shown[:k]


#: What a match card and the API's match list read of a counterpart: the rest of a row (dates,
#: figures, the organisation's place names) costs JSON and date decoding for nothing.
CARD_FIELDS = ("key", "title", "kind", "organisation__key", "organisation__name")
_NOT_ON_CARDS = ("summary", "organisation__description", "organisation__province", "organisation__address")
