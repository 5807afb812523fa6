"""What each searchable kind contributes to the index: public texts only, per language.

Expert contact details, offer contacts and anything else private are never read here.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django.db import models
from django.urls import reverse
from django.utils import translation

from qiao.core import translated
from qiao.core.languages import CONTENT_LANGUAGES
from qiao.experts.models import Expert
from qiao.organisations.models import Organisation
from qiao.projects.models import Offer, Project
from qiao.search.models import Kind
from qiao.summits.models import Session

MAX_BODY = 4_000


@dataclass(frozen=True)
class Texts:
    """One thing's searchable texts: a title and body fields, each by language, and its address."""

    kind: Kind
    object_id: int
    title: dict[str, Any]
    body: list[dict[str, Any]]
    url: Callable[[], str]


@dataclass(frozen=True)
class DocumentData:
    """The texts of one thing in one language, ready for the index."""

    kind: Kind
    object_id: int
    language: str
    title: str
    body: str
    title_text: str
    url: str


def _organisation(org: Organisation) -> Texts:
    return Texts(
        Kind.ORGANISATION,
        org.pk,
        org.name,
        [org.description, org.city, org.district, org.province],
        lambda: reverse("web:projects") + f"#org-{org.key}",
    )


def _project(project: Project) -> Texts:
    return Texts(
        Kind.PROJECT, project.pk, project.title, [project.summary], lambda: reverse("web:project", args=[project.key])
    )


def _offer(offer: Offer) -> Texts:
    return Texts(Kind.OFFER, offer.pk, offer.title, [offer.summary], lambda: reverse("web:offers") + f"#{offer.key}")


def _expert(expert: Expert) -> Texts:
    return Texts(
        Kind.EXPERT,
        expert.pk,
        expert.name,
        [expert.affiliation, expert.bio],
        lambda: reverse("experts:detail", args=[expert.key]),
    )


def _session(session: Session) -> Texts:
    return Texts(
        Kind.SESSION,
        session.pk,
        session.title,
        [session.description, session.venue],
        lambda: reverse("web:event", args=[session.event.key]) + f"#{session.key}",
    )


SOURCES: dict[type[models.Model], Callable[[Any], Texts]] = {
    Organisation: _organisation,
    Project: _project,
    Offer: _offer,
    Expert: _expert,
    Session: _session,
}
MODELS: dict[Kind, type[models.Model]] = {
    Kind.ORGANISATION: Organisation,
    Kind.PROJECT: Project,
    Kind.OFFER: Offer,
    Kind.EXPERT: Expert,
    Kind.SESSION: Session,
}


# The fields a document is built from: a save that touches none of them changes nothing.
INDEXED_FIELDS: dict[Kind, frozenset[str]] = {
    Kind.ORGANISATION: frozenset({"key", "name", "description", "city", "district", "province"}),
    Kind.PROJECT: frozenset({"key", "title", "summary"}),
    Kind.OFFER: frozenset({"key", "title", "summary"}),
    Kind.EXPERT: frozenset({"key", "name", "affiliation", "bio"}),
    Kind.SESSION: frozenset({"key", "event", "title", "description", "venue"}),
}


def kind_of(model: type[models.Model]) -> Kind | None:
    """The search kind of a model class, or None if it is not searchable."""
    for kind, searchable in MODELS.items():
        if model is searchable:
            return kind
    return None


def documents_of(obj: models.Model) -> list[DocumentData]:
    """One document per language in which the thing has a title or any body text."""
    texts = SOURCES[type(obj)](obj)
    titles = translated.texts_of(texts.title)
    bodies = [translated.texts_of(field) for field in texts.body]
    documents = []
    for language in CONTENT_LANGUAGES:
        body = "\n".join(field[language] for field in bodies if language in field)
        if language not in titles and not body:
            continue
        shown_title = translated.resolve(texts.title, language).text or str(texts.object_id)
        with translation.override(language):
            url = texts.url()
        documents.append(
            DocumentData(
                kind=texts.kind,
                object_id=texts.object_id,
                language=language,
                title=shown_title[:300],
                body=body,
                title_text=titles.get(language, ""),
                url=url[:300],
            )
        )
    return documents
