"""Writing and publishing news items and galleries: one transaction and audit entry each."""

from __future__ import annotations

import secrets
from typing import Any, TypeVar

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _

from qiao.core import translated
from qiao.core.domain import audit
from qiao.news.enums import TRANSITIONS, PublicationStatus
from qiao.news.models import NewsItem, PhotoGallery, Published
from qiao.summits.models import Event

NEWS_TEXTS = ("title", "summary", "body")
GALLERY_TEXTS = ("title", "description")
# Path segments under /news/ that a news item's slug must not take.
RESERVED_SLUGS = frozenset({"feed", "galleries", "manage", "photos", "new"})

P = TypeVar("P", bound=Published)


def _editor_name(user: Any) -> str:
    return str(user.get_full_name() or user.get_username()) if user is not None else ""


def _unique_slug(model: type[Published], wanted: str, title: dict[str, str], pk: int | None) -> str:
    """The slug asked for (checked), or one made from the Latin title, else a random one."""
    others = model._default_manager.exclude(pk=pk) if pk else model._default_manager.all()
    if wanted:
        slug = slugify(wanted)[:80]
        if not slug:
            raise ValidationError({"slug": _("Use letters, digits and hyphens for the short name.")})
        if slug in RESERVED_SLUGS:
            raise ValidationError({"slug": _("This short name is reserved; please choose another one.")})
        if others.filter(slug=slug).exists():
            raise ValidationError({"slug": _("This short name is already used; please choose another one.")})
        return slug
    base = slugify(title.get("en") or title.get("de") or "")[:60].strip("-") or "item"
    if base in RESERVED_SLUGS:
        base = f"{base}-1"
    slug = base
    while others.filter(slug=slug).exists():
        slug = f"{base}-{secrets.token_hex(3)}"
    return slug


def _save(
    model: type[P],
    names: tuple[str, ...],
    *,
    by: Any,
    texts: dict[str, dict[str, str]],
    event: Event | None,
    slug: str,
    obj: P | None,
) -> tuple[P, list[str]]:
    if not any(text.strip() for text in texts.get("title", {}).values()):
        raise ValidationError({"title": _("Write the title in at least one language (Chinese, German or English).")})
    creating = obj is None
    obj = model(author=by) if obj is None else model._default_manager.select_for_update().get(pk=obj.pk)
    now, editor = timezone.now(), _editor_name(by)
    changed: list[str] = []
    for name in names:
        old = getattr(obj, name)
        new = translated.merge_edit(old, texts.get(name, {}), editor, now)
        if new != old:
            setattr(obj, name, new)
            changed.append(name)
    if creating or slug:
        new_slug = _unique_slug(model, slug, translated.texts_of(obj.title), obj.pk)
        if new_slug != obj.slug:
            obj.slug = new_slug
            changed.append("slug")
    if obj.event_id != (event.pk if event else None):
        obj.event = event
        changed.append("event")
    obj.full_clean()
    obj.save()
    return obj, changed


def save_news_item(
    *,
    by: Any,
    texts: dict[str, dict[str, str]],
    event: Event | None = None,
    slug: str = "",
    item: NewsItem | None = None,
) -> NewsItem:
    """Create a draft news item or change one; texts are by field, then by language.

    Side effects: the NewsItem row; audit ``news.created`` or ``news.changed``.
    Raises ValidationError and writes nothing when the data is invalid.
    """
    with transaction.atomic():
        saved, changed = _save(NewsItem, NEWS_TEXTS, by=by, texts=texts, event=event, slug=slug, obj=item)
        audit.record(by, "news.created" if item is None else "news.changed", saved, fields=changed)
    return saved


def save_gallery(
    *,
    by: Any,
    texts: dict[str, dict[str, str]],
    event: Event | None = None,
    slug: str = "",
    gallery: PhotoGallery | None = None,
) -> PhotoGallery:
    """Create a draft gallery or change one. Side effects: the row; audit ``gallery.created/changed``."""
    with transaction.atomic():
        saved, changed = _save(PhotoGallery, GALLERY_TEXTS, by=by, texts=texts, event=event, slug=slug, obj=gallery)
        audit.record(by, "gallery.created" if gallery is None else "gallery.changed", saved, fields=changed)
    return saved


class PublishingError(Exception):
    """A change of publication state the rules refuse; the message is for the organiser."""


def _set_status(obj: P, by: Any, target: str) -> P:
    model = type(obj)
    with transaction.atomic():
        locked = model._default_manager.select_for_update().get(pk=obj.pk)
        if target not in TRANSITIONS[locked.status]:
            raise PublishingError(_("This is already “%(status)s”.") % {"status": locked.get_status_display()})
        locked.status = target
        if target == PublicationStatus.PUBLISHED:
            locked.published_at = timezone.now()
        locked.save(update_fields=["status", "published_at", "updated_at"])
        audit.record(by, f"{model._meta.model_name}.{target}", locked)
    return locked


def publish(obj: P, by: Any) -> P:
    """Publish a news item or gallery now. Side effects: status, published_at; audit ``<model>.published``."""
    if isinstance(obj, PhotoGallery) and not obj.photos.exists():
        raise PublishingError(_("Add at least one photo before publishing the gallery."))
    return _set_status(obj, by, PublicationStatus.PUBLISHED)


def unpublish(obj: P, by: Any) -> P:
    """Take a news item or gallery back to draft. Side effects: status; audit ``<model>.draft``."""
    return _set_status(obj, by, PublicationStatus.DRAFT)
