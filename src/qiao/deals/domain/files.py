"""Checking uploaded files by their content: signed scans (PDF, JPEG, PNG) and PDFs to verify."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from pathlib import PurePosixPath, PureWindowsPath

from django.utils.translation import gettext as _

from qiao.deals.domain.errors import DealsError

MAX_BYTES = 10 * 1024 * 1024
PDF = "application/pdf"
JPEG = "image/jpeg"
PNG = "image/png"
EXTENSIONS = {PDF: "pdf", JPEG: "jpg", PNG: "png"}


@dataclass(frozen=True)
class CheckedFile:
    """An accepted upload: its bytes, what it is and a name that is safe to show and serve."""

    content: bytes
    content_type: str
    filename: str


def sniff(content: bytes) -> str | None:
    """The type the leading bytes announce (PDF, JPEG or PNG), or None."""
    if content.startswith(b"%PDF-"):
        return PDF
    if content.startswith(b"\xff\xd8\xff"):
        return JPEG
    if content.startswith(b"\x89PNG\r\n\x1a\n"):
        return PNG
    return None


def check_upload(content: bytes, name: str, allowed: tuple[str, ...]) -> CheckedFile:
    """Accept a non-empty file of at most 10 MB whose content is one of `allowed`; else DealsError."""
    if not content:
        raise DealsError("empty", _("The file is empty."), "file")
    if len(content) > MAX_BYTES:
        raise DealsError(
            "too_large",
            _("The file is larger than %(max)d MB; please make it smaller.") % {"max": MAX_BYTES // (1024 * 1024)},
            "file",
        )
    kind = sniff(content)
    if kind is None or kind not in allowed:
        if allowed == (PDF,):
            raise DealsError("not_pdf", _("This file is not a PDF."), "file")
        raise DealsError("wrong_type", _("Only PDF, JPEG or PNG files can be uploaded."), "file")
    if kind == PDF and b"%%EOF" not in content[-2048:]:
        raise DealsError("damaged", _("This PDF is incomplete or damaged."), "file")
    if kind in (JPEG, PNG):
        _check_picture(content, kind)
    return CheckedFile(content=content, content_type=kind, filename=safe_name(name, EXTENSIONS[kind]))


def safe_name(name: str, extension: str) -> str:
    """The file's base name reduced to letters, digits, dots, dashes and underscores, with the true extension."""
    base = PureWindowsPath(PurePosixPath(name or "").name).name
    stem = base.rsplit(".", 1)[0] if "." in base else base
    ascii_stem = unicodedata.normalize("NFKD", stem).encode("ascii", "ignore").decode("ascii")
    cleaned = re.sub(r"[^A-Za-z0-9_-]+", "-", ascii_stem).strip("-._")[:80]
    return f"{cleaned or 'signed'}.{extension}"


def _check_picture(content: bytes, content_type: str) -> None:
    import io
    import warnings

    from PIL import Image

    damaged = DealsError("damaged", _("This picture is damaged or incomplete."), "file")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(content)) as picture:
                if picture.get_format_mimetype() != content_type:
                    raise damaged
                picture.verify()
    except DealsError:
        raise
    except (OSError, ValueError, SyntaxError, Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise damaged from None
