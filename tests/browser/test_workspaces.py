"""Every role's workspace, in German and in Chinese: no English UI text left, axe clean."""

from __future__ import annotations

import pytest

from tests.browser.harness import assert_no_english, log_in, reverse_in, run_axe, visit


@pytest.mark.parametrize("username", ["organiser", "officer", "company", "expert", "visitor"])
def test_workspace_is_translated_and_accessible_for_each_role(open_page, axe, username):
    page = open_page(username)
    log_in(page, username)

    for language in ("de", "zh-hans"):
        visit(page, reverse_in("workspaces:home", language=language))
        assert_no_english(page)
        run_axe(page, axe)


@pytest.mark.parametrize("language", ["de", "zh-hans"])
def test_organiser_pages_are_translated_and_accessible(open_page, axe, language):
    page = open_page("organiser")
    log_in(page, "organiser")
    pages = [
        ("workspaces:moderation", ()),
        ("workspaces:event_setup", ("summit-2026",)),
        ("accounts:applications", ()),
        ("meetings:scheduler", ("summit-2026",)),
        ("tickets:checkin", ("summit-2026",)),
        ("trade:import", ()),
    ]

    for name, args in pages:
        visit(page, reverse_in(name, *args, language=language))
        assert_no_english(page)
        run_axe(page, axe)
