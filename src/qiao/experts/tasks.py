"""Background tasks of the experts app (they take primary keys, never instances)."""

from __future__ import annotations

from django_tasks import task


@task()
def send_invitation(invitation_pk: int) -> bool:
    """E-mail one invitation's link; False when it was accepted meanwhile or is gone."""
    from qiao.experts.domain.invitations import send_invitation_email

    return send_invitation_email(invitation_pk)
