"""Video rooms for online meetings and sessions: a self-hosted Jitsi Meet with a signed JWT,
or a link the organiser typed (Tencent Meeting/VooV, Zoom, Teams). Never a hard-coded service."""

from __future__ import annotations

import datetime as dt
import re
from urllib.parse import quote

import jwt
from django.conf import settings
from django.utils import timezone


def _room_name(name: str) -> str:
    return re.sub(r"[^A-Za-z0-9-]+", "-", name).strip("-").lower()[:100]


def video_link(room: str) -> str:
    """A link to the meeting room `room`, or "" when no provider is configured."""
    provider = getattr(settings, "VIDEO_PROVIDER", "")
    if provider == "jitsi":
        base = settings.JITSI_BASE_URL.rstrip("/")
        name = _room_name(room)
        claims = {
            "aud": settings.JITSI_APP_ID,
            "iss": settings.JITSI_APP_ID,
            "sub": settings.JITSI_DOMAIN,
            "room": name,
            "exp": int((timezone.now() + dt.timedelta(days=settings.JITSI_TOKEN_DAYS)).timestamp()),
        }
        token = jwt.encode(claims, settings.JITSI_SECRET, algorithm="HS256")
        return f"{base}/{quote(name)}?jwt={token}"
    if provider == "link":
        return str(settings.VIDEO_LINK)
    return ""
