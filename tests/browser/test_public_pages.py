"""J0: the public pages in each language — no console error, no English UI left untranslated,
no serious accessibility violation, and the strict CSP holds (and is really enforced)."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import pytest

from qiao.demo.summit2020 import EVENT_KEY as SUMMIT_2020
from tests.browser.harness import (
    LANGUAGES,
    allow_problem,
    assert_no_english,
    axe_violations_of_content,
    check_clean,
    problems_of,
    reverse_in,
    run_axe,
    settle,
    ui_msgids,
    untranslated_on,
    visit,
)


def _first_link(page: Any, pattern: str) -> str:
    """The first link in the page's main part whose path matches `pattern` (a regular expression)."""
    hrefs = page.eval_on_selector_all("main a[href]", "links => links.map(a => a.getAttribute('href'))")
    found = [href for href in hrefs if re.fullmatch(pattern, href) and not href.endswith(("/new/", "/create/"))]
    assert found, f"no link matching {pattern} on {page.url}"
    return str(found[0])


def _walk_public_pages(page: Any, language: str, check: Callable[[Any], None]) -> None:
    """Walks the public pages as a visitor would, calling `check` on each."""
    visit(page, f"/{language}/")
    check(page)
    visit(page, f"/{language}/summits/{SUMMIT_2020}/")
    assert page.locator("h1").first.inner_text().strip()
    check(page)
    visit(page, f"/{language}/projects/")
    check(page)
    visit(page, _first_link(page, rf"/{language}/projects/[\w-]+/"))
    check(page)
    visit(page, f"/{language}/offers/")
    check(page)
    visit(page, f"/{language}/experts/")
    check(page)
    visit(page, f"/{language}/trade/")
    check(page)
    visit(page, _first_link(page, rf"/{language}/trade/\w+/\w+/"))
    assert page.locator("main table, main svg").count() > 0, "the trade dashboard shows no table or chart"
    check(page)


@pytest.mark.parametrize("language", LANGUAGES)
def test_public_pages_are_clean_translated_and_accessible(page, axe, language):
    checked = []

    def check(page: Any) -> None:
        assert page.evaluate("document.documentElement.lang") == language
        if language != "en":
            assert_no_english(page)
        run_axe(page, axe)
        checked.append(page.url)

    _walk_public_pages(page, language, check)

    assert len(set(checked)) == 8


def test_public_pages_send_a_csp_that_they_do_not_violate(page):
    response = visit(page, "/en/")
    header = response.header_value("content-security-policy") or ""
    parts = (part.strip().partition(" ") for part in header.split(";"))
    directives = {name: value.strip() for name, _, value in parts if name}

    assert directives["script-src"] == "'self'"
    assert directives["style-src"] == "'self'"
    for language in LANGUAGES:
        _walk_public_pages(page, language, check=lambda page: None)
    check_clean(page)


def test_csp_is_enforced_so_an_inline_script_is_refused(page):
    visit(page, "/de/")
    allow_problem(page, "Content Security Policy")

    page.evaluate(
        "() => { const s = document.createElement('script'); s.textContent = 'window.injected = 1';"
        " document.body.appendChild(s); }"
    )
    settle(page, "inline-script-refused")

    assert page.evaluate("window.injected") is None


def test_untranslated_ui_text_is_caught(page):
    """The no-English check itself: an English UI string put into a German page is found."""
    visit(page, "/de/")
    probe = ui_msgids("de")[0]
    before = untranslated_on(page, "de")

    page.evaluate("(text) => { document.querySelector('main').prepend(text); }", probe)

    assert probe not in before
    assert probe in untranslated_on(page, "de")


def test_axe_reports_serious_violations(browser, axe):
    """The accessibility check itself: an image without alt text and an unnamed button are caught."""
    html = '<html lang="en"><title>t</title><body><main><img src="x.png"><button></button></main></body></html>'

    found = axe_violations_of_content(browser, html, axe)

    assert sorted(v["id"] for v in found) == ["button-name", "image-alt"]


def test_language_switch_keeps_the_page(page):
    visit(page, "/de/projects/")

    page.locator("#pref-language").select_option("zh-hans")
    page.locator("form:has(#pref-language) button[type=submit]").click()
    settle(page, "switched-to-chinese")

    assert page.url.removeprefix(_base(page)) == "/zh-hans/projects/"
    assert page.evaluate("document.documentElement.lang") == "zh-hans"


def test_time_zone_switch_keeps_the_page(page):
    visit(page, "/zh-hans/projects/")

    page.locator("#pref-tz").select_option("Europe/Berlin")
    page.locator("form:has(#pref-tz) button[type=submit]").click()
    settle(page, "switched-to-berlin")

    assert page.url.removeprefix(_base(page)) == "/zh-hans/projects/"
    assert page.locator("#pref-tz").input_value() == "Europe/Berlin"
    assert "Europe/Berlin" in page.locator("footer").inner_text()


def _base(page: Any) -> str:
    return re.match(r"https?://[^/]+", page.url).group(0)  # type: ignore[union-attr]


def test_console_errors_and_failed_requests_are_recorded(page):
    """The harness itself: what would fail a journey is recorded against the page."""
    visit(page, "/en/")

    with page.expect_console_message(lambda message: "qiao-harness-check" in message.text):
        page.evaluate("() => console.error('qiao-harness-check')")
    with page.expect_console_message(lambda message: "404" in message.text):
        page.evaluate("() => fetch('/en/no-such-page/').catch(() => null)")
    problems = problems_of(page)
    allow_problem(page, "qiao-harness-check|status of 404")

    assert any("qiao-harness-check" in p for p in problems), problems
    assert any("404" in p for p in problems), problems


def test_skip_link_is_the_first_tab_stop_and_leads_to_the_content(page):
    visit(page, "/zh-hans/")

    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.getAttribute('href')")
    page.keyboard.press("Enter")

    assert focused == "#main"
    assert page.url.endswith("/zh-hans/#main")
    assert page.locator("#main").is_visible()


@pytest.mark.parametrize("language", ["de", "zh-hans"])
def test_news_and_search_are_translated_and_accessible(page, axe, language):
    visit(page, reverse_in("news:list", language=language))
    assert_no_english(page)
    run_axe(page, axe)
    visit(page, reverse_in("news:galleries", language=language))
    assert_no_english(page)
    run_axe(page, axe)

    search = page.locator("header form[role=search], header form:has(input[type=search])").first
    search.locator("input").first.fill("Laser")
    search.locator("button[type=submit], input[type=submit]").first.click()
    settle(page, "search-laser")

    assert page.url.split("?")[0].endswith(reverse_in("search:results", language=language))
    assert page.locator(".search-result").count() > 0, "searching the demo for “Laser” found nothing"
    assert_no_english(page)
    run_axe(page, axe)
