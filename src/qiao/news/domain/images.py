"""Checking an uploaded picture by its content: JPEG, PNG or WebP, at most 10 MB, decodable."""

from __future__ import annotations

import warnings
from dataclasses import dataclass
from typing import IO

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

MAX_BYTES = 10 * 1024 * 1024
MAX_PIXELS = 80_000_000

# Leading bytes of each accepted format → (content type, file extension).
_SIGNATURES: tuple[tuple[bytes, int, str, str], ...] = (
    (b"\xff\xd8\xff", 0, "image/jpeg", "jpg"),
    (b"\x89PNG\r\n\x1a\n", 0, "image/png", "png"),
)


@dataclass(frozen=True)
class CheckedImage:
    """What an accepted upload turned out to be."""

    content_type: str
    extension: str
    width: int
    height: int
    size: int


def sniff(head: bytes) -> tuple[str, str] | None:
    """The (content type, extension) the first bytes announce, or None for anything else."""
    for signature, offset, content_type, extension in _SIGNATURES:
        if head[offset : offset + len(signature)] == signature:
            return content_type, extension
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "image/webp", "webp"
    return None


def check_image(upload: IO[bytes], size: int) -> CheckedImage:
    """Accept a JPEG, PNG or WebP of at most 10 MB that really decodes; else ValidationError."""
    if size <= 0:
        raise ValidationError(_("The file is empty."), code="empty")
    if size > MAX_BYTES:
        raise ValidationError(
            _("The picture is larger than %(max)d MB; please make it smaller."),
            code="too_large",
            params={"max": MAX_BYTES // (1024 * 1024)},
        )
    upload.seek(0)
    kind = sniff(upload.read(16))
    upload.seek(0)
    if kind is None:
        raise ValidationError(_("Only JPEG, PNG or WebP pictures can be uploaded."), code="not_an_image")
    width, height = _decode(upload, kind[0])
    upload.seek(0)
    return CheckedImage(content_type=kind[0], extension=kind[1], width=width, height=height, size=size)


def _decode(upload: IO[bytes], content_type: str) -> tuple[int, int]:
    """Decode the whole picture with Pillow, refusing broken files and pixel bombs."""
    from PIL import Image

    broken = ValidationError(_("This picture is damaged or incomplete and cannot be shown."), code="damaged")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(upload) as picture:
                if picture.get_format_mimetype() != content_type:
                    raise broken
                width, height = picture.size
                if width * height > MAX_PIXELS:
                    raise ValidationError(
                        _("The picture has too many pixels; please make it smaller."), code="too_many_pixels"
                    )
                picture.load()
    except ValidationError:
        raise
    except (OSError, ValueError, SyntaxError, Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise broken from None
    return width, height
