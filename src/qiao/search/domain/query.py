"""Answering a query: segment it, find and rank documents, keep what the reader may see.

Visibility is decided at query time through each kind's chokepoint, so the index never
needs re-writing when a project is withdrawn or an event unpublished.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from django.db.models import QuerySet
from django.urls import translate_url
from django.utils.translation import gettext as _

from qiao.accounts.rules import is_organiser
from qiao.core.languages import normalise_language
from qiao.experts.models import Expert
from qiao.organisations.models import Organisation
from qiao.projects import access as project_access
from qiao.search.domain.backends import backend
from qiao.search.domain.tokens import fold, tokenize
from qiao.search.models import Kind, SearchDocument
from qiao.summits.access import events_visible_to
from qiao.summits.models import Session

MAX_QUERY_LENGTH = 200
MAX_QUERY_TOKENS = 16
RESULTS_PER_KIND = 20
SNIPPET_LENGTH = 180


class QueryError(ValueError):
    """A query that cannot be searched; the message says why, in the reader's language."""


@dataclass(frozen=True)
class Result:
    kind: Kind
    obj: Any
    title: dict[str, Any]
    snippet: str
    snippet_language: str
    url: str
    score: float


@dataclass
class Group:
    kind: Kind
    label: str
    results: list[Result] = field(default_factory=list)


@dataclass
class Results:
    query: str
    tokens: list[str]
    groups: list[Group]

    @property
    def count(self) -> int:
        return sum(len(group.results) for group in self.groups)


def _projects(user: Any) -> QuerySet[Any]:
    public = getattr(project_access, "public_projects", None)
    if public is not None and not user.is_authenticated:
        return public()  # type: ignore[no-any-return]
    return project_access.projects_visible_to(user)


def _experts(user: Any) -> QuerySet[Any]:
    return Expert.objects.all() if is_organiser(user) else Expert.objects.filter(available=True)


def _sessions(user: Any) -> QuerySet[Any]:
    return Session.objects.filter(event__in=events_visible_to(user)).select_related("event")


VISIBLE: dict[Kind, Callable[[Any], QuerySet[Any]]] = {
    Kind.PROJECT: _projects,
    Kind.OFFER: project_access.offers_visible_to,
    Kind.ORGANISATION: lambda user: Organisation.objects.all(),
    Kind.EXPERT: _experts,
    Kind.SESSION: _sessions,
}
TITLES: dict[Kind, str] = {
    Kind.PROJECT: "title",
    Kind.OFFER: "title",
    Kind.ORGANISATION: "name",
    Kind.EXPERT: "name",
    Kind.SESSION: "title",
}


def query_tokens(query: str) -> list[str]:
    """The query's distinct tokens, or QueryError with a message to show."""
    text = query.strip()
    if not text:
        raise QueryError(_("Please enter a word to search for."))
    if len(text) > MAX_QUERY_LENGTH:
        raise QueryError(_("Please shorten your search to at most %(max)d characters.") % {"max": MAX_QUERY_LENGTH})
    tokens = list(dict.fromkeys(tokenize(text)))
    if not tokens:
        raise QueryError(_("Your search has no searchable words; please try more specific terms."))
    return tokens[:MAX_QUERY_TOKENS]


def snippet(body: str, tokens: list[str], length: int = SNIPPET_LENGTH) -> str:
    """A piece of the text around the first matched token (folded comparison)."""
    if len(body) <= length:
        return body
    folded = fold(body)
    starts = [pos for pos in (folded.find(token) for token in tokens) if pos >= 0]
    # Folding can lengthen text (ß → ss), so positions are approximate; a window absorbs it.
    start = max(0, min(starts) - length // 3) if starts else 0
    start = min(start, len(body) - length)
    piece = body[start : start + length].strip()
    return ("…" if start > 0 else "") + piece + ("…" if start + length < len(body) else "")


def search(user: Any, query: str, language: str) -> Results:
    """Search everything the person may see; results grouped by kind, best first."""
    tokens = query_tokens(query)
    viewer = normalise_language(language)
    hits = backend().find(tokens)
    documents = SearchDocument.objects.in_bulk([hit.document_id for hit in hits])
    best: dict[tuple[str, int], tuple[float, SearchDocument]] = {}
    for hit in hits:
        document = documents.get(hit.document_id)
        if document is None:
            continue
        key = (document.kind, document.object_id)
        current = best.get(key)
        if current is None or hit.score > current[0] or (hit.score == current[0] and document.language == viewer):
            best[key] = (hit.score, document)
    groups = []
    for kind in Kind:
        candidates = {object_id: found for (k, object_id), found in best.items() if k == kind}
        if not candidates:
            continue
        visible = VISIBLE[kind](user).filter(pk__in=candidates).in_bulk()
        ranked = sorted(
            (found for object_id, found in candidates.items() if object_id in visible),
            key=lambda found: (-found[0], found[1].object_id),
        )[:RESULTS_PER_KIND]
        if not ranked:
            continue
        group = Group(kind, str(kind.label))
        for score, document in ranked:
            obj = visible[document.object_id]
            group.results.append(
                Result(
                    kind=kind,
                    obj=obj,
                    title=getattr(obj, TITLES[kind]),
                    snippet=snippet(document.body, tokens),
                    snippet_language=document.language,
                    url=translate_url(document.url, viewer),
                    score=score,
                )
            )
        groups.append(group)
    return Results(query=query.strip(), tokens=tokens, groups=groups)
