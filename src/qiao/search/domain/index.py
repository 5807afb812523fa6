"""Keeping the index current: (re)index one thing, forget one thing, rebuild everything."""

from __future__ import annotations

from django.db import models, transaction

from qiao.search.domain.backends import backend
from qiao.search.domain.sources import MODELS, documents_of, kind_of
from qiao.search.domain.tokens import tokenize
from qiao.search.models import SearchDocument

MAX_STORED_BODY = 4_000


def index_object(obj: models.Model) -> int:
    """Replace the thing's documents with fresh ones; returns how many it has now.

    Side effects: deletes and recreates its SearchDocument rows (and their tokens).
    """
    kind = kind_of(type(obj))
    if kind is None or obj.pk is None:
        return 0
    engine = backend()
    with transaction.atomic():
        SearchDocument.objects.filter(kind=kind, object_id=obj.pk).delete()
        documents = documents_of(obj)
        for data in documents:
            title_tokens = tokenize(data.title_text)
            body_tokens = tokenize(data.body)
            document = SearchDocument.objects.create(
                kind=data.kind,
                object_id=data.object_id,
                language=data.language,
                title=data.title,
                body=data.body[:MAX_STORED_BODY],
                title_tokens=" ".join(title_tokens),
                body_tokens=" ".join(body_tokens),
                url=data.url,
            )
            engine.store_tokens(document, title_tokens, body_tokens)
    return len(documents)


def remove_object(model: type[models.Model], pk: int | None) -> None:
    """Forget a deleted thing. Side effects: deletes its SearchDocument rows."""
    kind = kind_of(model)
    if kind is not None and pk is not None:
        SearchDocument.objects.filter(kind=kind, object_id=pk).delete()


def rebuild() -> int:
    """Index every searchable thing afresh in one transaction; returns the document count."""
    count = 0
    with transaction.atomic():
        SearchDocument.objects.all().delete()
        for model in MODELS.values():
            queryset = model._default_manager.all()
            if model.__name__ == "Session":
                queryset = queryset.select_related("event")
            for obj in queryset.iterator(chunk_size=500):
                count += index_object(obj)
    return count
