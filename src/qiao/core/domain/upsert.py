"""Idempotent writes: create or update a row only when something differs."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, TypeVar

from django.db import models

M = TypeVar("M", bound=models.Model)


@dataclass
class Changes:
    """Counts of rows created and updated by a load, per model label."""

    created: dict[str, int] = field(default_factory=dict)
    updated: dict[str, int] = field(default_factory=dict)

    def count(self, kind: str, model: type[models.Model]) -> None:
        target = self.created if kind == "created" else self.updated
        target[model._meta.label] = target.get(model._meta.label, 0) + 1

    @property
    def total(self) -> int:
        return sum(self.created.values()) + sum(self.updated.values())


def upsert(model: type[M], changes: Changes, lookup: dict[str, Any], values: dict[str, Any]) -> M:
    """Fetch by `lookup`; create with `values`, or save only the fields that differ."""
    obj = model._default_manager.filter(**lookup).first()
    if obj is None:
        obj = model(**lookup, **values)
        obj.full_clean()
        obj.save()
        changes.count("created", model)
        return obj
    differing = [name for name, value in values.items() if _field_value(obj, name) != _normalise(obj, name, value)]
    if differing:
        for name in differing:
            setattr(obj, name, values[name])
        obj.full_clean()
        update = [_concrete(model, name).attname for name in differing]
        if any(f.name == "updated_at" for f in model._meta.fields):
            update.append("updated_at")
        obj.save(update_fields=update)
        changes.count("updated", model)
    return obj


def _concrete(model: type[models.Model], name: str) -> models.Field[Any, Any]:
    field_ = model._meta.get_field(name)
    if not isinstance(field_, models.Field):
        raise TypeError(f"{name} is a relation, not a field")
    return field_


def _field_value(obj: models.Model, name: str) -> Any:
    return getattr(obj, _concrete(type(obj), name).attname)


def _normalise(obj: models.Model, name: str, value: Any) -> Any:
    field_ = _concrete(type(obj), name)
    if isinstance(value, models.Model):
        return value.pk
    return field_.to_python(value) if value is not None and not isinstance(field_, models.JSONField) else value


def set_m2m(obj: models.Model, name: str, targets: list[Any], changes: Changes) -> None:
    """Set a many-to-many relation, counting it as an update only when it changes."""
    manager = getattr(obj, name)
    current = set(manager.values_list("pk", flat=True))
    wanted = {t.pk for t in targets}
    if current != wanted:
        manager.set(targets)
        changes.count("updated", type(obj))
