"""Adding and removing gallery photos; a picture is stored only once it passed every check."""

from __future__ import annotations

import secrets
from typing import Any

from django.core.exceptions import ValidationError
from django.core.files.base import File
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from qiao.core import translated
from qiao.core.domain import audit
from qiao.news.domain.images import check_image
from qiao.news.models import Photo, PhotoGallery

MAX_CREDIT = 120


def add_photo(
    *,
    gallery: PhotoGallery,
    by: Any,
    upload: File,  # type: ignore[type-arg]
    caption: dict[str, str],
    photographer: str,
) -> Photo:
    """Check the upload by content, store it and add it to the gallery with caption and credit.

    Side effects: a file under MEDIA_ROOT/news/photos/; the Photo row; audit ``photo.added``.
    Raises ValidationError and stores nothing (neither file nor row) when anything is wrong.
    """
    credit = " ".join(photographer.split())
    if not credit:
        raise ValidationError({"photographer": _("Name the photographer (required for every photo).")})
    if len(credit) > MAX_CREDIT:
        raise ValidationError({"photographer": _("The photographer's name is too long.")})
    try:
        checked = check_image(upload, upload.size or 0)
    except ValidationError as error:
        raise ValidationError({"image": error.messages}) from None
    name = f"{secrets.token_hex(8)}.{checked.extension}"
    photo = Photo(
        gallery=gallery,
        content_type=checked.content_type,
        width=checked.width,
        height=checked.height,
        size=checked.size,
        caption=translated.merge_edit({}, caption, str(getattr(by, "username", "")), timezone.now()),
        photographer=credit,
    )
    stored = ""
    try:
        with transaction.atomic():
            photo.order = (gallery.photos.order_by("-order").values_list("order", flat=True).first() or 0) + 1
            photo.image.save(name, upload, save=False)
            stored = photo.image.name or ""
            photo.full_clean()
            photo.save()
            audit.record(by, "photo.added", photo, gallery=gallery.pk, size=checked.size)
    except BaseException:
        if stored:
            photo.image.storage.delete(stored)
        raise
    return photo


def remove_photo(photo: Photo, by: Any) -> None:
    """Delete a photo and, after commit, its file. Side effects: audit ``photo.removed``."""
    name, storage = photo.image.name, photo.image.storage
    with transaction.atomic():
        audit.record(by, "photo.removed", photo, gallery=photo.gallery_id)
        photo.delete()
        if name:
            transaction.on_commit(lambda: storage.delete(name))
