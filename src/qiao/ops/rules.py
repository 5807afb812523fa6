"""Who may look after failed background tasks: organisers (in the admin, as staff)."""

from __future__ import annotations

from rules.permissions import add_perm

from qiao.accounts.rules import is_organiser

add_perm("ops.view_deadletter", is_organiser)
# Queueing again or dismissing a dead letter; the admin form itself stays read-only.
add_perm("ops.change_deadletter", is_organiser)
add_perm("ops.view_failedattempt", is_organiser)
