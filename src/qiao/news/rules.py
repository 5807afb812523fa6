"""Who may write and publish news and galleries: organisers."""

from __future__ import annotations

from rules.permissions import add_perm

from qiao.accounts.rules import is_organiser

add_perm("news.manage", is_organiser)
