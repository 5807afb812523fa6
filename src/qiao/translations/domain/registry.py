"""Which texts readers may ask to have translated, who may see them and who owns them."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django.db import models
from django.db.models import QuerySet
from django.urls import reverse

from qiao.deals.models import Agreement
from qiao.organisations.models import Organisation
from qiao.projects.access import offers_visible_to, projects_visible_to
from qiao.summits.access import events_visible_to
from qiao.summits.models import Session, Speaker, Talk


@dataclass(frozen=True)
class Translatable:
    """A model whose named text fields can be requested in another language."""

    fields: tuple[str, ...]
    visible_to: Callable[[Any], QuerySet[Any]]
    owner: Callable[[Any], Organisation | None]
    page: Callable[[Any], str] = lambda obj: ""  # where readers see the text, for the translator


def _own_organisation(obj: Any) -> Organisation | None:
    return obj.organisation  # type: ignore[no-any-return]


def _nobody(obj: Any) -> Organisation | None:
    return None


def _itself(obj: Any) -> Organisation | None:
    return obj  # type: ignore[no-any-return]


def _sessions_visible_to(user: Any) -> QuerySet[Session]:
    return Session.objects.filter(event__in=events_visible_to(user))


def _talks_visible_to(user: Any) -> QuerySet[Talk]:
    return Talk.objects.filter(session__event__in=events_visible_to(user))


def _all(model: type[models.Model]) -> Callable[[Any], QuerySet[Any]]:
    def visible(user: Any) -> QuerySet[Any]:
        return model._default_manager.all()

    return visible


def _project_page(obj: Any) -> str:
    return reverse("web:project", args=[obj.key])


def _event_page(event: Any) -> str:
    return reverse("web:event", args=[event.key]) if event is not None else ""


def _intents_page(obj: Any) -> str:
    return reverse("web:intents")


# Keyed by "app_label.model"; the programme's texts belong to the organisers (no owner).
REGISTRY: dict[str, Translatable] = {
    "projects.project": Translatable(("title", "summary"), projects_visible_to, _own_organisation, _project_page),
    "projects.offer": Translatable(("title", "summary"), offers_visible_to, _own_organisation),
    "summits.event": Translatable(("name", "theme", "description"), events_visible_to, _nobody, _event_page),
    "summits.session": Translatable(
        ("title", "description"), _sessions_visible_to, _nobody, lambda session: _event_page(session.event)
    ),
    "summits.talk": Translatable(("title",), _talks_visible_to, _nobody, lambda talk: _event_page(talk.session.event)),
    "summits.speaker": Translatable(("name", "position"), _all(Speaker), _own_organisation),
    "deals.agreement": Translatable(("title", "summary"), _all(Agreement), _nobody, _intents_page),
    "organisations.organisation": Translatable(("name", "description"), _all(Organisation), _itself),
}


def label_of(obj: models.Model) -> str:
    return obj._meta.label_lower


def translatable(obj: models.Model, field: str) -> bool:
    entry = REGISTRY.get(label_of(obj))
    return entry is not None and field in entry.fields


def page_of(obj: models.Model | None) -> str:
    """The public page showing `obj`'s texts, or "" when there is none."""
    if obj is None:
        return ""
    entry = REGISTRY.get(label_of(obj))
    return entry.page(obj) if entry is not None else ""
