"""The browser-test harness: pages that record what went wrong and photograph what they show,
and the checks the journeys use (no English left, axe-core, CSP). Fixtures: conftest.py."""

from __future__ import annotations

import functools
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from babel.messages.pofile import read_po
from django.conf import settings
from django.test import Client
from django.urls import NoReverseMatch, reverse
from django.utils import translation

BROWSER_DIR = Path(__file__).resolve().parent
ROOT = BROWSER_DIR.parents[1]
ARTIFACTS = ROOT / "test-artifacts" / "browser"
AXE_SCRIPT = BROWSER_DIR / "node_modules" / "axe-core" / "axe.min.js"
CHROMIUM = Path(os.environ.get("QIAO_CHROMIUM", "/usr/bin/chromium"))
LAUNCH_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
VIEWPORT = {"width": 1280, "height": 900}
LANGUAGES = ("en", "de", "zh-hans")
CATALOGUE_LANGUAGE = {"de": "de", "zh-hans": "zh_Hans"}
# Chromium reports an aborted navigation (a download, a page left before it finished) as a
# failed request; that is the browser's bookkeeping, not the site failing.
HARMLESS_FAILURES = ("net::ERR_ABORTED",)


# ---------------------------------------------------------------------------------------
# Pages that record what went wrong and photograph what they show


@dataclass
class PageLog:
    actor: str
    problems: list[str] = field(default_factory=list)
    allowed: list[re.Pattern[str]] = field(default_factory=list)

    def unexpected(self) -> list[str]:
        return [p for p in self.problems if not any(pattern.search(p) for pattern in self.allowed)]


@dataclass
class Session:
    """What one test opened: its pages (one browser context per actor) and its screenshots."""

    directory: Path
    browser: Any
    base_url: str
    logs: dict[Any, PageLog] = field(default_factory=dict)
    contexts: list[Any] = field(default_factory=list)
    shots: int = 0

    def open(self, actor: str) -> Any:
        context = self.browser.new_context(viewport=VIEWPORT, base_url=self.base_url, accept_downloads=True)
        self.contexts.append(context)
        page = context.new_page()
        log = PageLog(actor)
        self.logs[page] = log

        def on_console(message: Any) -> None:
            if message.type == "error":
                log.problems.append(f"console error on {page.url}: {message.text}")

        def on_response(response: Any) -> None:
            if response.status >= 500:
                log.problems.append(f"HTTP {response.status} for {response.request.method} {response.url}")

        def on_failed(request: Any) -> None:
            if request.failure not in HARMLESS_FAILURES:
                log.problems.append(f"request failed: {request.method} {request.url}: {request.failure}")

        page.on("console", on_console)
        page.on("pageerror", lambda error: log.problems.append(f"uncaught exception on {page.url}: {error}"))
        page.on("response", on_response)
        page.on("requestfailed", on_failed)
        return page

    def snap(self, page: Any, label: str = "") -> Path:
        self.shots += 1
        actor = self.logs[page].actor
        name = slug(f"{actor}-{label or page.url.removeprefix(self.base_url)}")
        path = self.directory / f"{self.shots:02d}-{name}.png"
        page.screenshot(path=str(path), full_page=True)
        return path

    def close(self) -> None:
        for context in self.contexts:
            context.close()


def slug(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9]+", "-", text).strip("-")[:80] or "page"


SESSIONS: dict[Any, Session] = {}


def _session_of(page: Any) -> Session:
    for session in SESSIONS.values():
        if page in session.logs:
            return session
    raise LookupError("this page was not opened by the browser-test harness")


# ---------------------------------------------------------------------------------------
# Helpers the journeys use


def check_clean(page: Any) -> None:
    """Fails at once if this page's actor has met a console error or a failed request so far."""
    problems = problems_of(page)
    if problems:
        pytest.fail("the browser reported problems:\n  " + "\n  ".join(problems), pytrace=False)


def problems_of(page: Any) -> list[str]:
    """What this page's actor has met so far that would fail the test."""
    return _session_of(page).logs[page].unexpected()


def allow_problem(page: Any, pattern: str) -> None:
    """Lets an expected problem (e.g. a deliberately refused request) pass the checks."""
    _session_of(page).logs[page].allowed.append(re.compile(pattern))


def snap(page: Any, label: str = "") -> Path:
    return _session_of(page).snap(page, label)


def visit(page: Any, url: str, *, status: int = 200) -> Any:
    """Opens `url` (absolute or relative to the live server), checks the status, photographs it."""
    response = page.goto(url, wait_until="load")
    assert response is not None, f"no response for {url}"
    assert response.status == status, f"{url} answered {response.status}, expected {status}"
    snap(page)
    check_clean(page)
    return response


def settle(page: Any, label: str = "") -> None:
    """After a click that navigates or swaps content: wait, photograph, check the console."""
    page.wait_for_load_state("load")
    snap(page, label)
    check_clean(page)


def sign_in(page: Any, username: str, language: str) -> None:
    """Signs a demo account in through the sign-in form, in `language`."""
    from qiao.demo.domain.loader import DEMO_ACCOUNTS

    (account,) = [a for a in DEMO_ACCOUNTS if a.username == username]
    visit(page, reverse_in("account_login", language=language))
    form = page.locator("main form:has(input[name=password])")
    form.locator("input[name=login]").fill(account.username)
    form.locator("input[name=password]").fill(account.password)
    form.locator("button[type=submit]").click()
    settle(page, "signed-in")
    assert page.locator("main form:has(input[name=password])").count() == 0, "the sign-in was refused"


def reverse_in(name: str, *args: Any, language: str) -> str:
    """The path of a named page in a language; skips the test if the page is not built yet."""
    try:
        with translation.override(language):
            return reverse(name, args=args)
    except NoReverseMatch:
        pytest.skip(f"the page {name!r} is not built yet")


def log_in(page: Any, username: str) -> None:
    """Signs `username` in for this page's context through a real server-side session."""
    from qiao.accounts.models import User

    client = Client()
    client.force_login(User.objects.get(username=username))
    cookie = client.cookies[settings.SESSION_COOKIE_NAME]
    page.context.add_cookies(
        [{"name": settings.SESSION_COOKIE_NAME, "value": cookie.value, "url": _session_of(page).base_url}]
    )


# The UI chrome's visible text, plus the attributes that carry UI text. Text under an element
# marked with another language (a fallback to the original, a language's own name) is skipped.
_VISIBLE_TEXT_JS = """
(language) => {
  const out = [];
  const own = (node) => {
    const holder = node.closest ? node.closest('[lang]') : null;
    return !holder || holder.getAttribute('lang').toLowerCase() === language;
  };
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || !own(parent) || ['SCRIPT', 'STYLE', 'NOSCRIPT'].includes(parent.tagName)) continue;
    if (!parent.checkVisibility() && parent.tagName !== 'OPTION') continue;
    if (node.data.trim()) out.push(node.data);
  }
  for (const el of document.body.querySelectorAll('[aria-label],[placeholder],[title],[alt]')) {
    if (!own(el)) continue;
    for (const name of ['aria-label', 'placeholder', 'title', 'alt']) {
      if (el.getAttribute(name)) out.push(el.getAttribute(name));
    }
  }
  out.push(document.title);
  return out;
}
"""


@functools.cache
def ui_msgids(language: str) -> tuple[str, ...]:
    """English UI strings (two words or more) that the language's catalogues translate differently."""
    found: set[str] = set()
    catalogue = CATALOGUE_LANGUAGE[language]
    for po in sorted((ROOT / "src" / "qiao").glob(f"**/locale/{catalogue}/LC_MESSAGES/django.po")):
        with po.open("rb") as handle:
            for message in read_po(handle):
                if not message.id or message.fuzzy:
                    continue
                msgid = message.id if isinstance(message.id, str) else message.id[0]
                translation = message.string if isinstance(message.string, str) else message.string[0]
                if re.search(r"%\(|%[sd]|\{|<", msgid) or not translation:
                    continue
                text = " ".join(msgid.split())
                if len(text.split()) >= 2 and " ".join(translation.split()) != text:
                    found.add(text)
    return tuple(sorted(found))


def untranslated_on(page: Any, language: str) -> list[str]:
    texts = page.evaluate(_VISIBLE_TEXT_JS, language)
    shown = "\n".join(" ".join(text.split()) for text in texts)
    return [msgid for msgid in ui_msgids(language) if re.search(rf"(?<![\w-]){re.escape(msgid)}(?![\w-])", shown)]


def assert_no_english(page: Any) -> None:
    """Fails if a de/zh-hans page shows an English UI string that its catalogue translates."""
    language = page.evaluate("document.documentElement.lang").lower()
    assert language in CATALOGUE_LANGUAGE, f"{page.url} is in {language!r}, not a translated language"
    left = untranslated_on(page, language)
    assert not left, f"English UI text on the {language} page {page.url}:\n  " + "\n  ".join(left)


def _axe_run(checked: Any, axe: str) -> list[dict[str, Any]]:
    checked.add_script_tag(content=axe)
    result = checked.evaluate("() => axe.run(document, {resultTypes: ['violations']})")
    return [v for v in result["violations"] if v["impact"] in ("serious", "critical")]


def axe_violations(page: Any, axe: str) -> list[dict[str, Any]]:
    """Serious and critical axe-core violations of the page at `page.url` (as `page`'s actor sees it).

    The site's CSP refuses inline scripts, so axe runs in a sibling context that bypasses CSP
    (and only there): same cookies, same URL, loaded afresh."""
    context = page.context.browser.new_context(
        viewport=VIEWPORT, bypass_csp=True, storage_state=page.context.storage_state()
    )
    try:
        checked = context.new_page()
        checked.goto(page.url, wait_until="load")
        return _axe_run(checked, axe)
    finally:
        context.close()


def axe_violations_of_content(browser: Any, html: str, axe: str) -> list[dict[str, Any]]:
    """The same check on a given HTML document (to test the check itself)."""
    context = browser.new_context(viewport=VIEWPORT, bypass_csp=True)
    try:
        checked = context.new_page()
        checked.set_content(html)
        return _axe_run(checked, axe)
    finally:
        context.close()


def run_axe(page: Any, axe: str) -> None:
    violations = axe_violations(page, axe)
    if violations:
        lines = []
        for violation in violations:
            lines.append(f"[{violation['impact']}] {violation['id']}: {violation['help']} ({violation['helpUrl']})")
            for node in violation["nodes"][:5]:
                lines.append(f"    {' '.join(map(str, node['target']))}: {node['failureSummary']}")
        pytest.fail(f"axe-core on {page.url}:\n" + "\n".join(lines), pytrace=False)
