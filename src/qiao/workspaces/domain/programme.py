"""Organisers edit the programme: sessions, speakers and talks (each one audited write)."""

from __future__ import annotations

from typing import Any

from django.db import models, transaction
from django.utils import timezone

from qiao.core import translated
from qiao.core.domain import audit
from qiao.summits.models import Event, Session, Speaker, Talk

TRANSLATED_NAMES = {"title", "venue", "name", "position"}


def _editor(by: Any) -> str:
    return str(by.get_full_name() or by.get_username())


def _assign(obj: models.Model, values: dict[str, Any], by: Any) -> list[str]:
    """Set the values; translated texts keep their provenance (original vs. translated)."""
    changed: list[str] = []
    now = None
    for name, value in values.items():
        old = getattr(obj, name, None)  # an unset foreign key raises an AttributeError
        if name in TRANSLATED_NAMES:
            now = now or timezone.now()
            value = translated.merge_edit(old, translated.texts_of(value), _editor(by), now)
            if translated.texts_of(old) == translated.texts_of(value):
                continue
        if old != value:
            setattr(obj, name, value)
            changed.append(name)
    return changed


def _save(obj: models.Model, values: dict[str, Any], by: Any, label: str) -> list[str]:
    creating = obj.pk is None
    changed = _assign(obj, values, by)
    obj.full_clean()
    obj.save()
    audit.record(by, f"{label}.{'created' if creating else 'changed'}", obj, fields=changed)
    return changed


def save_session(*, event: Event, by: Any, values: dict[str, Any], session: Session | None = None) -> Session:
    """Create or change a session of `event`.

    Side effects: the session row; audit entry ``session.created``/``session.changed``.
    Raises ValidationError (nothing written) when the model refuses the values.
    """
    with transaction.atomic():
        target = Session(event=event, time_zone=event.time_zone) if session is None else session
        _save(target, values, by, "session")
    return target


def save_speaker(*, by: Any, values: dict[str, Any], speaker: Speaker | None = None) -> Speaker:
    """Create or change a speaker. Side effects: the row; audit ``speaker.created``/``.changed``."""
    with transaction.atomic():
        target = Speaker() if speaker is None else speaker
        _save(target, values, by, "speaker")
    return target


def save_talk(*, session: Session, by: Any, values: dict[str, Any], talk: Talk | None = None) -> Talk:
    """Create or change a talk in `session`. Side effects: the row; audit ``talk.created``/``.changed``."""
    with transaction.atomic():
        target = Talk(session=session) if talk is None else talk
        _save(target, values, by, "talk")
    return target
