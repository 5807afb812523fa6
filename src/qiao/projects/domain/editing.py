"""Creating and editing projects and offers from the workspaces, in any content language."""

from __future__ import annotations

import re
import secrets
from dataclasses import dataclass, field
from typing import Any

from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify

from qiao.accounts.rules import is_organiser
from qiao.core import translated
from qiao.core.domain import audit
from qiao.organisations.models import Organisation
from qiao.projects.enums import Moderation, ProjectStage
from qiao.projects.models import Offer, Project
from qiao.sectors.models import Sector

# The translated text fields the workspace forms edit, per model.
PROJECT_TEXTS = ("title", "summary")
OFFER_TEXTS = ("title", "summary")


@dataclass(frozen=True)
class ProfileInput:
    """Validated form data: texts by field and language, plain values, sectors."""

    texts: dict[str, dict[str, str]]
    values: dict[str, Any]
    sectors: list[Sector] = field(default_factory=list)
    original_language: str | None = None


def _editor_name(user: Any) -> str:
    return str(user.get_full_name() or user.get_username()) if user is not None else ""


def _merged_texts(old: dict[str, Any] | None, new: dict[str, str], original: str | None, editor: str) -> dict[str, Any]:
    """Apply `new`; on a first write, the chosen original language is marked original."""
    now = timezone.now()
    if not translated.texts_of(old) and original and new.get(original):
        old = translated.merge_edit({}, {original: new[original]}, editor, now)
    return translated.merge_edit(old, new, editor, now)


def _new_key(organisation: Organisation, title: dict[str, str], model: type[Project] | type[Offer]) -> str:
    """A readable unique key from the organisation and the Latin title, else a random suffix."""
    latin = slugify(title.get("en") or title.get("de") or "")[:40].strip("-")
    base = re.sub(r"-+", "-", f"{organisation.key}-{latin}".strip("-"))[:56] if latin else organisation.key[:48]
    key = base
    while model.objects.filter(key=key).exists():
        key = f"{base[:56]}-{secrets.token_hex(3)}"
    return key


def _apply(obj: Project | Offer, data: ProfileInput, names: tuple[str, ...], editor: str) -> list[str]:
    changed: list[str] = []
    for name in names:
        old = getattr(obj, name)
        new = _merged_texts(old, data.texts.get(name, {}), data.original_language, editor)
        if new != old:
            setattr(obj, name, new)
            changed.append(name)
    for name, value in data.values.items():
        if getattr(obj, name) != value:
            setattr(obj, name, value)
            changed.append(name)
    return changed


def save_project(*, by: Any, data: ProfileInput, organisation: Organisation, project: Project | None = None) -> Project:
    """Create a project for `organisation` or change `project`.

    A project created by a company is submitted for moderation; one created by an
    organiser is published at once. Side effects: the project row and its sectors;
    audit entry ``project.created`` or ``project.changed`` (with the changed fields).
    Raises ValidationError (from ``full_clean``) and writes nothing when the data is invalid.
    """
    with transaction.atomic():
        creating = project is None
        if project is None:
            project = Project(
                organisation=organisation,
                key=_new_key(organisation, data.texts.get("title", {}), Project),
                stage=ProjectStage.PUBLISHED,
                moderation=Moderation.PUBLISHED if is_organiser(by) else Moderation.SUBMITTED,
            )
        else:
            project = Project.objects.select_for_update().get(pk=project.pk)
        changed = _apply(project, data, PROJECT_TEXTS, _editor_name(by))
        if not creating and project.moderation == Moderation.REJECTED and not is_organiser(by):
            project.moderation = Moderation.SUBMITTED
            changed.append("moderation")
        project.full_clean()
        project.save()
        if set(project.sectors.all()) != set(data.sectors):
            project.sectors.set(data.sectors)
            changed.append("sectors")
        audit.record(by, "project.created" if creating else "project.changed", project, fields=changed)
    return project


def save_offer(*, by: Any, data: ProfileInput, organisation: Organisation, offer: Offer | None = None) -> Offer:
    """Create an offer for `organisation` or change `offer`.

    Side effects: the offer row and its sectors; audit entry ``offer.created`` or
    ``offer.changed``. Raises ValidationError and writes nothing when the data is invalid.
    """
    with transaction.atomic():
        creating = offer is None
        if offer is None:
            offer = Offer(organisation=organisation, key=_new_key(organisation, data.texts.get("title", {}), Offer))
        else:
            offer = Offer.objects.select_for_update().get(pk=offer.pk)
        changed = _apply(offer, data, OFFER_TEXTS, _editor_name(by))
        offer.full_clean()
        offer.save()
        if set(offer.sectors.all()) != set(data.sectors):
            offer.sectors.set(data.sectors)
            changed.append("sectors")
        audit.record(by, "offer.created" if creating else "offer.changed", offer, fields=changed)
    return offer
