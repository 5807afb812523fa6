"""Background tasks shared by every app. Tasks take primary keys, never model instances."""

from __future__ import annotations

from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.utils import translation
from django_tasks import task


@task()
def send_email_to_user(user_pk: int, subject: str, body: str) -> bool:
    """Send one e-mail to a person; False when they have no address or no longer exist."""
    user = get_user_model().objects.filter(pk=user_pk, is_active=True).first()
    if user is None or not user.email:
        return False
    with translation.override(getattr(user, "language", None) or "en"):
        send_mail(subject, body, None, [user.email])
    return True
