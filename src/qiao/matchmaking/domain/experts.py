"""Experts and projects matched across languages: which think-tank experts fit a project,
and which projects fit an expert.

A second engine holds the matchable projects and the available experts as the two sides of
the market; like the main engine it lives in an EngineCache and shares the process's model.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.db.models import Count, Max

from qiao.engines.matching import Match, MatchEngine
from qiao.engines.matching.embedder import CachedEncoder
from qiao.experts.models import Expert
from qiao.matchmaking.domain import engine_adapter as adapter
from qiao.matchmaking.domain import pgvector_index
from qiao.matchmaking.domain.engine_cache import EngineCache, shared_model
from qiao.matchmaking.domain.service import matchable_projects, profiles_for, recheck_seconds
from qiao.matchmaking.domain.stored_encoder import StoredEncoder
from qiao.projects.models import Project


def matchable_experts() -> Any:
    """Experts who take reviews."""
    return Expert.objects.filter(available=True)


def _stamp() -> tuple[Any, ...]:
    projects = matchable_projects().aggregate(n=Count("id"), last=Max("updated_at"))
    experts = matchable_experts().aggregate(n=Count("id"), last=Max("updated_at"))
    return (projects["n"], projects["last"], experts["n"], experts["last"])


def expert_profiles(experts: list[Expert]) -> list[Any]:
    return [adapter.expert_profile(e, [s.code for s in e.fields.all()]) for e in experts]


def build_engine(encoder: Any = None) -> MatchEngine:
    """A fresh engine with the matchable projects on one side and available experts on the other."""
    engine = MatchEngine(
        encoder=CachedEncoder(encoder or StoredEncoder(shared_model())), index_factory=pgvector_index.index_factory()
    )
    projects = list(matchable_projects().select_related("organisation").prefetch_related("sectors"))
    experts = list(matchable_experts().prefetch_related("fields"))
    engine.add([*profiles_for(list(projects)), *expert_profiles(experts)])
    return engine


def new_cache() -> EngineCache:
    """A cache that builds with this module's build_engine (looked up at build time)."""
    return EngineCache("expert-matching", lambda: build_engine(), _stamp, recheck_seconds)


_cache = new_cache()


def current_engine(wait: bool = False) -> MatchEngine | None:
    """The up-to-date expert engine (see EngineCache.current)."""
    return _cache.current(wait)


@dataclass(frozen=True)
class ExpertMatch:
    """An expert or a project, with the engine's explained match."""

    target: Expert | Project
    match: Match


def experts_for_project(project: Project, k: int = 10, wait: bool = False) -> list[ExpertMatch] | None:
    """Available experts ranked by fit to the project; None while the engine is built."""
    engine = current_engine(wait)
    if engine is None:
        return None
    (profile,) = profiles_for([project])
    result = engine.query(profile, k=k)
    ids = {m.id: m for m in result.matches if m.id.startswith(f"{adapter.EXPERT}:")}
    experts = matchable_experts().filter(pk__in=[int(i.partition(":")[2]) for i in ids]).prefetch_related("fields")
    found = {adapter.expert_id(e): e for e in experts}
    return [ExpertMatch(found[i], m) for i, m in ids.items() if i in found]


def projects_for_expert(
    expert: Expert, visible_projects: Any, k: int = 10, wait: bool = False
) -> list[ExpertMatch] | None:
    """Projects the viewer may see, ranked by fit to the expert's fields and biography."""
    engine = current_engine(wait)
    if engine is None:
        return None
    (profile,) = expert_profiles([Expert.objects.prefetch_related("fields").get(pk=expert.pk)])
    result = engine.query(profile, k=2 * k)
    parsed = [(adapter.parse_profile_id(m.id), m) for m in result.matches]
    pks = [p[1] for p, _ in parsed if p and p[0] == adapter.PROJECT]
    found = {p.pk: p for p in visible_projects.filter(pk__in=pks).prefetch_related("sectors")}
    return [ExpertMatch(found[p[1]], m) for p, m in parsed if p and p[1] in found and p[0] == adapter.PROJECT][:k]
