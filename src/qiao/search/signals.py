"""Keep the search index current when searchable things are saved or deleted."""

from __future__ import annotations

from typing import Any

from django.db.models.signals import post_delete, post_save

from qiao.search.domain.index import index_object, remove_object
from qiao.search.domain.sources import INDEXED_FIELDS, MODELS, kind_of


def _saved(sender: Any, instance: Any, raw: bool = False, update_fields: Any = None, **kwargs: Any) -> None:
    if raw:  # fixtures load raw rows; `qiao search rebuild` indexes them
        return
    kind = kind_of(sender)
    if update_fields is not None and kind is not None and not INDEXED_FIELDS[kind] & set(update_fields):
        return  # e.g. a moderation decision: visibility is checked when searching
    index_object(instance)


def _deleted(sender: Any, instance: Any, **kwargs: Any) -> None:
    remove_object(sender, instance.pk)


def connect() -> None:
    for model in MODELS.values():
        post_save.connect(_saved, sender=model, dispatch_uid=f"search-index-{model.__name__}")
        post_delete.connect(_deleted, sender=model, dispatch_uid=f"search-forget-{model.__name__}")
