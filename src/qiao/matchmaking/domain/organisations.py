"""Matches between organisations: an organisation's best counterparts and an event's match graph.

Both aggregate the profile-level ranking: two organisations match as well as their best
pair of project and offer does.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from qiao.core import translated
from qiao.matchmaking.domain.graph import Edge, Graph, layout, strongest_edges
from qiao.matchmaking.domain.service import ShownMatch, matchable_offers, matchable_projects, query_matches
from qiao.matchmaking.domain.service import resolve_matches as resolve
from qiao.organisations.models import Organisation
from qiao.projects.models import Offer, Project


@dataclass(frozen=True)
class OrganisationMatch:
    """A counterpart organisation and the best pair of profiles that links it to ours."""

    organisation: Organisation
    ours: Project | Offer
    best: ShownMatch
    pairs: int


def _profiles_of(organisation_ids: list[int]) -> list[Project | Offer]:
    return [
        *matchable_projects().filter(organisation_id__in=organisation_ids).select_related("organisation"),
        *matchable_offers().filter(organisation_id__in=organisation_ids).select_related("organisation"),
    ]


def organisation_matches(
    organisation: Organisation,
    visible_projects: Any,
    visible_offers: Any,
    k: int = 10,
    keep: Callable[[ShownMatch], bool] | None = None,
) -> list[OrganisationMatch] | None:
    """Counterpart organisations ranked by their best pair (among the counterpart profiles
    that ``keep`` accepts); None while matching warms up."""
    best: dict[int, OrganisationMatch] = {}
    pool = k if keep is None else 5 * k
    for ours in _profiles_of([organisation.pk]):
        result = query_matches(ours, k=pool)
        if result is None:
            return None
        for shown in resolve(result, visible_projects, visible_offers, k=pool, with_sectors=keep is not None):
            if keep is not None and not keep(shown):
                continue
            other = shown.target.organisation
            if other.pk == organisation.pk:
                continue
            known = best.get(other.pk)
            pairs = (known.pairs if known else 0) + 1
            if known is None or shown.match.score > known.best.match.score:
                best[other.pk] = OrganisationMatch(other, ours, shown, pairs)
            else:
                best[other.pk] = OrganisationMatch(known.organisation, known.ours, known.best, pairs)
    return sorted(best.values(), key=lambda m: -m.best.match.score)[:k]


def event_organisations(event: Any) -> list[Organisation]:
    """Who takes part in an event: registered people's organisations and the parties of its agreements."""
    registered = Organisation.objects.filter(memberships__person__registrations__event=event)
    signed = Organisation.objects.filter(agreements__event=event)
    return list((registered | signed).distinct().order_by("key"))


def event_graph(event: Any, language: str, per_node: int = 3) -> Graph | None:
    """The event's organisations and their strongest matches among each other; None while warming up."""
    organisations = {o.pk: o for o in event_organisations(event)}
    profiles = _profiles_of(list(organisations))
    ours = {f"{type(p).__name__}:{p.pk}" for p in profiles}
    edges: list[Edge] = []
    visible_projects = matchable_projects().filter(organisation_id__in=list(organisations))
    visible_offers = matchable_offers().filter(organisation_id__in=list(organisations))
    for profile in profiles:
        result = query_matches(profile, k=20)
        if result is None:
            return None
        for shown in resolve(result, visible_projects, visible_offers, k=20):
            other = shown.target
            if f"{type(other).__name__}:{other.pk}" not in ours or other.organisation_id == profile.organisation_id:
                continue
            label = (
                f"{translated.resolve(profile.title, language).text} ↔ {translated.resolve(other.title, language).text}"
            )
            edges.append(Edge(profile.organisation.key, other.organisation.key, shown.match.score, label))
    names = {
        o.key: (translated.resolve(o.name, language).text, "left" if o.country == "DE" else "right")
        for o in organisations.values()
    }
    return layout(names, strongest_edges(edges, per_node))
