"""Template context every page needs: the active time zone and the choices offered."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from django.utils import timezone

from qiao.core.timezones import HOME_ZONES


def preferences(request: HttpRequest) -> dict[str, Any]:
    return {"active_time_zone": timezone.get_current_timezone_name(), "home_zones": HOME_ZONES}
