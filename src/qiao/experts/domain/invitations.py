"""Inviting people into the think tank: an organiser invites by e-mail, the person accepts by the link."""

from __future__ import annotations

import datetime as dt
import secrets
from typing import Any

from django.core.exceptions import ValidationError
from django.core.mail import send_mail
from django.core.validators import validate_email
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import formats, timezone, translation
from django.utils.translation import gettext as _

from qiao.accounts.enums import Role
from qiao.accounts.models import User
from qiao.accounts.rules import is_organiser
from qiao.core.domain import audit
from qiao.experts.models import Expert, Invitation
from qiao.notifications.domain.notify import absolute_url

VALID_FOR = dt.timedelta(days=14)
#: Roles an invitation may turn into "expert"; organisers and officers keep theirs.
CONVERTIBLE_ROLES = frozenset({Role.EXPERT, Role.VISITOR})


class InvitationError(Exception):
    """A refused invitation step; the message is translated and shown as it is."""

    def __init__(self, message: str, errors: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.errors = errors or {}


def invitation_language(expert: Expert) -> str:
    """The language the invitation is written in: German or Chinese if the expert reads it, else English."""
    for language in ("de", "zh-hans"):
        if language in (expert.languages or []):
            return language
    return "en"


def invite_expert(expert: Expert, email: str, by: Any, now: dt.datetime | None = None) -> Invitation:
    """Invite a person by e-mail to take the expert's profile, valid for 14 days.

    Refuses non-organisers, bad addresses and experts who already have an account.
    Side effects: one Invitation with a random token, one audit entry "experts.invite",
    after commit the e-mail with the link.
    """
    if not is_organiser(by):
        raise InvitationError(_("Only organisers may invite experts."))
    email = str(email or "").strip()
    try:
        validate_email(email)
    except ValidationError:
        raise InvitationError(
            _("Enter a valid e-mail address."), {"email": _("Enter a valid e-mail address.")}
        ) from None
    if expert.person_id is not None:
        raise InvitationError(_("%(expert)s already has an account.") % {"expert": expert})
    now = now or timezone.now()
    with transaction.atomic():
        invitation = Invitation.objects.create(
            expert=expert, email=email, token=secrets.token_urlsafe(32), invited_by=by, expires_at=now + VALID_FOR
        )
        audit.record(by, "experts.invite", invitation, expert=expert.key, email=email)
        transaction.on_commit(lambda: _enqueue(invitation.pk))
    return invitation


def _enqueue(invitation_pk: int) -> None:
    from qiao.experts.tasks import send_invitation

    send_invitation.enqueue(invitation_pk)


def send_invitation_email(invitation_pk: int) -> bool:
    """E-mail the invitation link in the expert's language; False when it is no longer open."""
    invitation = Invitation.objects.select_related("expert", "invited_by").filter(pk=invitation_pk).first()
    if invitation is None or invitation.accepted_at is not None:
        return False
    with translation.override(invitation_language(invitation.expert)):
        context = {
            "invitation": invitation,
            "url": absolute_url(reverse("experts:accept", args=[invitation.token])),
            "expires": formats.date_format(timezone.localtime(invitation.expires_at), "DATE_FORMAT"),
        }
        subject = " ".join(render_to_string("experts/email/invitation_subject.txt", context).split())
        body = render_to_string("experts/email/invitation_body.txt", context).strip()
    send_mail(subject, body, None, [invitation.email])
    return True


def find_invitation(token: str, now: dt.datetime | None = None) -> Invitation:
    """The open invitation for the token; InvitationError saying why a link no longer works."""
    invitation = Invitation.objects.select_related("expert").filter(token=str(token)[:64]).first()
    if invitation is None:
        raise InvitationError(_("This invitation link is not valid. Please check that you copied all of it."))
    if invitation.accepted_at is not None:
        raise InvitationError(_("This invitation was already accepted."))
    if invitation.expires_at <= (now or timezone.now()):
        raise InvitationError(
            _("This invitation expired on %(date)s. Please ask the organisers for a new one.")
            % {"date": formats.date_format(timezone.localtime(invitation.expires_at), "DATE_FORMAT")}
        )
    return invitation


def accept_invitation(token: str, user: Any, now: dt.datetime | None = None) -> Expert:
    """Link the signed-in person to the invited expert profile and give them the expert role.

    Refuses used, expired and unknown tokens, profiles taken meanwhile, people who already
    have another expert profile, and organisers or officers (their role stays as it is).
    Side effects: Expert.person set; the person's role "expert", approved; the invitation
    marked accepted; one audit entry "experts.accept_invitation".
    """
    if not getattr(user, "is_authenticated", False):
        raise InvitationError(_("Sign in or create an account to accept the invitation."))
    now = now or timezone.now()
    with transaction.atomic():
        invitation = find_invitation(token, now)
        invitation = Invitation.objects.select_for_update().get(pk=invitation.pk)
        if invitation.accepted_at is not None:
            raise InvitationError(_("This invitation was already accepted."))
        expert = Expert.objects.select_for_update().get(pk=invitation.expert_id)
        if expert.person_id is not None and expert.person_id != user.pk:
            raise InvitationError(_("This expert profile already belongs to another account."))
        if Expert.objects.filter(person=user).exclude(pk=expert.pk).exists():
            raise InvitationError(_("Your account already has another expert profile."))
        person = User.objects.select_for_update().get(pk=user.pk)
        if person.role not in CONVERTIBLE_ROLES:
            raise InvitationError(
                _("Your account is registered as %(role)s. Please accept with a separate account for your expert work.")
                % {"role": person.get_role_display()}
            )
        expert.person = person
        expert.save(update_fields=["person", "updated_at"])
        person.role, person.approved = Role.EXPERT, True
        person.save(update_fields=["role", "approved"])
        invitation.accepted_at, invitation.accepted_by = now, person
        invitation.save(update_fields=["accepted_at", "accepted_by"])
        audit.record(person, "experts.accept_invitation", invitation, expert=expert.key)
    user.role, user.approved = Role.EXPERT, True
    return expert
