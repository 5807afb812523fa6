"""A file uploaded for preview, kept until the person confirms or previews another one.

Imports of trade tables and of organisations/participants both show a preview before they
write; the previewed bytes wait in storage under a random token held in the session.
"""

from __future__ import annotations

import secrets
from typing import Any

from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.http import Http404, HttpRequest, HttpResponse
from django.utils.translation import gettext as _

from qiao.accounts.rules import is_organiser


def refuse_unless_organiser(request: HttpRequest) -> HttpResponse | None:
    """A redirect to sign in for anonymous visitors, 403 for other roles, None for organisers."""
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    if not is_organiser(request.user):
        raise PermissionDenied
    return None


class PendingUpload:
    """One pending file per session and purpose (``key``), stored under ``directory``."""

    def __init__(self, key: str, directory: str) -> None:
        self.key = key
        self.directory = directory

    def _path(self, token: str) -> str:
        return f"{self.directory}/{token}.bin"

    def stash(self, request: HttpRequest, content: bytes, **meta: Any) -> str:
        """Keep the content for a later confirm (replacing an earlier one); returns its token."""
        self.forget(request)
        token = secrets.token_urlsafe(16)
        default_storage.save(self._path(token), ContentFile(content))
        request.session[self.key] = {"token": token, **meta}
        return token

    def take(self, request: HttpRequest) -> tuple[dict[str, Any], bytes]:
        """The stashed metadata and bytes for the token the form posted back, removed from storage.

        Raises Http404 with a message when there is nothing (or something else) pending.
        """
        pending = request.session.get(self.key)
        if not pending or pending.get("token") != request.POST.get("token"):
            raise Http404(_("No previewed file to import; please upload it again."))
        path = self._path(pending["token"])
        try:
            with default_storage.open(path, "rb") as handle:
                content = handle.read()
        except FileNotFoundError as lost:
            raise Http404(_("No previewed file to import; please upload it again.")) from lost
        finally:
            default_storage.delete(path)
            request.session.pop(self.key, None)
        return dict(pending), content

    def forget(self, request: HttpRequest) -> None:
        """Delete the session's previewed file, if any."""
        pending = request.session.pop(self.key, None)
        if pending:
            default_storage.delete(self._path(pending["token"]))
