"""Browser tests: Playwright drives Debian's chromium against a live server holding the demo.

Fixtures and hooks here; the helpers the journeys call live in harness.py.

* `browser` (package): headless /usr/bin/chromium; every test here skips, saying why, where
  there is none (`apt-get install chromium fonts-noto-cjk`, as `.ci/run` does).
* `demo`: pytest-django's `live_server` (a transactional database, flushed after each test)
  holding the demo: `qiao loaddemo` runs once per run, and on SQLite its result is copied
  back before each test; it returns the server's base URL.
* `page` / `open_page(actor)`: a fresh browser context per actor with the site's CSP enforced;
  console errors, uncaught exceptions, failed requests and 5xx answers are recorded and fail
  the test; `visit` and `snap` save screenshots to test-artifacts/browser/<test>/NN-<slug>.png,
  and every open page is photographed when a test fails.
* `axe`: axe-core's source (tests/browser/node_modules, from `npm ci --prefix tests/browser`).

harness.py: `visit`, `settle` (after a click), `sign_in` (through the form), `log_in` (a
session cookie), `reverse_in` (skips a journey whose page is not built yet),
`assert_no_english(page)` (no translated English UI string left on a de/zh-hans page) and
`run_axe(page, axe)` (no serious or critical violation).
"""

from __future__ import annotations

import io
import os
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from django.core.management import call_command

from tests.browser.harness import (
    ARTIFACTS,
    AXE_SCRIPT,
    BROWSER_DIR,
    CHROMIUM,
    LAUNCH_ARGS,
    SESSIONS,
    Session,
    slug,
)

_REPORTS = pytest.StashKey[dict[str, pytest.TestReport]]()


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "browser: drives headless chromium against a live server (tests/browser)")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        if BROWSER_DIR in Path(item.path).parents:
            item.add_marker(pytest.mark.browser)


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Iterator[None]:
    report = yield
    item.stash.setdefault(_REPORTS, {})[report.when] = report
    return report


# ---------------------------------------------------------------------------------------
# Browser and live server


@pytest.fixture(scope="package")
def browser() -> Iterator[Any]:
    """Package-scoped: Playwright (and the permission below) end with the last browser test."""
    if not CHROMIUM.exists():
        pytest.skip(f"no chromium at {CHROMIUM}: `apt-get install chromium fonts-noto-cjk` (CI's .ci/run does)")
    from playwright.sync_api import sync_playwright

    # Playwright's sync API keeps an asyncio loop on the main thread, where the tests also
    # use the ORM (demo data, sessions, assertions); Django would refuse that without this.
    previous = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    try:
        with sync_playwright() as playwright:
            chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=LAUNCH_ARGS, headless=True)
            yield chromium
            chromium.close()
    finally:
        if previous is None:
            os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
        else:
            os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = previous


@pytest.fixture(scope="package")
def demo_snapshot() -> Iterator[dict[str, sqlite3.Connection]]:
    """Holds the loaded demo database (SQLite only) for the whole browser package."""
    held: dict[str, sqlite3.Connection] = {}
    yield held
    for snapshot in held.values():
        snapshot.close()


@pytest.fixture
def demo(browser: Any, live_server: Any, demo_snapshot: dict[str, sqlite3.Connection]) -> str:
    """The live server's base URL, with the demo data loaded.

    The live server's database is transactional and flushed after every test. On SQLite's
    in-memory test database `qiao loaddemo` runs once and its result is copied back before
    each test with SQLite's backup API (milliseconds instead of a ~10 s load); elsewhere
    the demo is loaded for each test."""
    from django.contrib.contenttypes.models import ContentType
    from django.db import connection

    if connection.vendor != "sqlite" or not connection.is_in_memory_db():
        call_command("loaddemo", stdout=io.StringIO())
        return str(live_server.url)
    connection.ensure_connection()
    snapshot = demo_snapshot.get("default")
    if snapshot is None:
        call_command("loaddemo", stdout=io.StringIO())
        snapshot = sqlite3.connect(":memory:", check_same_thread=False)
        connection.connection.backup(snapshot)
        demo_snapshot["default"] = snapshot
    else:
        snapshot.backup(connection.connection)
        ContentType.objects.clear_cache()
    return str(live_server.url)


@pytest.fixture
def axe() -> str:
    """axe-core's source; the tests needing it skip where `npm ci --prefix tests/browser` was not run."""
    if not AXE_SCRIPT.exists():
        pytest.skip(f"axe-core is not installed: run `npm ci --prefix tests/browser` ({AXE_SCRIPT} is missing)")
    return AXE_SCRIPT.read_text(encoding="utf-8")


@pytest.fixture
def browsing(request: pytest.FixtureRequest, browser: Any, demo: str) -> Iterator[Session]:
    directory = ARTIFACTS / slug(request.node.name)
    directory.mkdir(parents=True, exist_ok=True)
    for old in [*directory.glob("*.png"), *directory.glob("*.txt")]:
        old.unlink()
    session = Session(directory, browser, demo)
    SESSIONS[request.node.nodeid] = session
    yield session
    try:
        call = request.node.stash.get(_REPORTS, {}).get("call")
        if call is None or call.failed:
            for page in list(session.logs):
                if not page.is_closed():
                    session.snap(page, "failure")
        reported = [f"{log.actor}: {problem}\n" for log in session.logs.values() for problem in log.problems]
        if reported:
            (directory / "problems.txt").write_text("".join(reported), encoding="utf-8")
        problems = [p for log in session.logs.values() for p in log.unexpected()]
        if problems and call is not None and call.passed:
            pytest.fail("the browser reported problems:\n  " + "\n  ".join(problems), pytrace=False)
    finally:
        session.close()
        del SESSIONS[request.node.nodeid]


@pytest.fixture
def open_page(browsing: Session) -> Callable[[str], Any]:
    """Opens a page for one actor (a company representative, an officer…) in its own context."""
    return browsing.open


@pytest.fixture
def page(open_page: Callable[[str], Any]) -> Any:
    return open_page("guest")
