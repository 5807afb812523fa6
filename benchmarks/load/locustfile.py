"""Locust users for Qiao's load test: each signs in with its own account, browses, asks for meetings.

FastHttpUser (geventhttpclient) costs the load generator a fraction of python-requests' CPU; it
shares the machine's two cores with the site under test, so that matters for the figures.

Run by benchmarks/bench_load.py (never imported by Django code: locust patches with gevent).
Environment:
  QIAO_LOAD_DATA    JSON written by grow.py (accounts, event, project/offer/organisation keys)
  QIAO_LOAD_WRITES  directory; every accepted meeting request is appended to <username>.jsonl
  QIAO_LOAD_LOG     file; one line per request: time, name, status, milliseconds, error page?
"""

from __future__ import annotations

import itertools
import json
import os
import random
import threading
import time
from pathlib import Path
from typing import Any

from locust import between, events, task
from locust.contrib.fasthttp import FastHttpUser

DATA: dict[str, Any] = json.loads(Path(os.environ["QIAO_LOAD_DATA"]).read_text())
WRITES = Path(os.environ["QIAO_LOAD_WRITES"])
WRITES.mkdir(parents=True, exist_ok=True)
_accounts = itertools.cycle(DATA["users"])
_accounts_lock = threading.Lock()
# Half of the meeting requests go to the load accounts' own organisations (whose members get a
# notification e-mail through the worker), half to any organisation.
MEMBER_ORGS = [u["organisation"] for u in DATA["users"]]
EVENT = DATA["event"]
LANG = "en"

_log_path = os.environ.get("QIAO_LOAD_LOG", "")
_log = open(_log_path, "a", buffering=1) if _log_path else None  # noqa: SIM115 - open for the whole run


def _kind_of_page(text: str) -> str:
    """What a failed answer looked like: the site's page, Django's plain error page, API JSON."""
    if not text:
        return ""
    if text.lstrip().startswith("{"):
        return "API error JSON"
    if "<h1>Server Error (500)</h1>" in text:
        return "Django's plain 500 page"
    if "Qiao" in text:
        return "the site's page"
    return "other"


@events.request.add_listener
def _record(
    request_type: str,
    name: str,
    response_time: float,
    response_length: int,
    response: Any = None,
    exception: Any = None,
    **_: Any,
) -> None:
    """One line per request, so the fault test can look at what happened during the outage."""
    if _log is None:
        return
    status = getattr(response, "status_code", 0) or 0
    text = ""
    if status >= 500 and response is not None:
        text = (response.text or "")[:2000]
    _log.write(
        json.dumps(
            {
                "t": time.time(),
                "name": name,
                "status": status,
                "ms": round(response_time, 1),
                "error": type(exception).__name__ if exception else "",
                "body": _kind_of_page(text),
            }
        )
        + "\n"
    )


class Participant(FastHttpUser):
    """A company representative at the summit: browses lists and matches, asks for meetings."""

    wait_time = between(1, 3)

    def on_start(self) -> None:
        with _accounts_lock:
            self.account = next(_accounts)
        self.org = self.account["organisation"]
        self.writes = WRITES / f"{self.account['username']}.jsonl"
        self.asked: set[str] = {self.org}
        if self.writes.exists():
            self.asked |= {json.loads(line)["to"] for line in self.writes.read_text().splitlines() if line}
        self.signed_in = False
        self._sign_in()

    # -- helpers -----------------------------------------------------------------------
    def _cookie(self, name: str) -> str:
        return next((c.value or "" for c in self.client.cookiejar if c.name == name), "")

    def _csrf(self) -> str:
        return self._cookie("csrftoken")

    def _sign_in(self) -> None:
        self.client.get(f"/{LANG}/accounts/login/", name="login form")
        with self.client.post(
            f"/{LANG}/accounts/login/",
            data={
                "login": self.account["username"],
                "password": self.account["password"],
                "csrfmiddlewaretoken": self._csrf(),
            },
            headers={"Referer": f"{self.host}/{LANG}/accounts/login/"},
            allow_redirects=False,
            name="login",
            catch_response=True,
        ) as response:
            if response.status_code == 302 and self._cookie("sessionid"):
                self.signed_in = True
                response.success()
            else:
                response.failure(f"sign-in refused ({response.status_code})")

    def _target(self) -> str | None:
        pool = MEMBER_ORGS if random.random() < 0.5 else DATA["organisations"]
        for _ in range(20):
            candidate = random.choice(pool)
            if candidate not in self.asked:
                return str(candidate)
        return None

    def _accepted(self, target: str, via: str, pk: int | None) -> None:
        self.asked.add(target)
        line = {"event": EVENT, "from": self.org, "to": target, "via": via, "id": pk, "t": time.time()}
        with self.writes.open("a") as out:
            out.write(json.dumps(line) + "\n")

    # -- pages ---------------------------------------------------------------------------
    @task(3)
    def home(self) -> None:
        self.client.get(f"/{LANG}/", name="home")

    @task(4)
    def summit(self) -> None:
        self.client.get(f"/{LANG}/summits/{EVENT}/", name="summit")

    @task(6)
    def exhibition(self) -> None:
        page = random.randint(1, 50)
        self.client.get(f"/{LANG}/projects/?page={page}", name="exhibition (projects list)")

    @task(3)
    def offers(self) -> None:
        page = random.randint(1, 50)
        self.client.get(f"/{LANG}/offers/?page={page}", name="offers list")

    @task(4)
    def project(self) -> None:
        self.client.get(f"/{LANG}/projects/{random.choice(DATA['projects'])}/", name="project page")

    @task(6)
    def project_matches(self) -> None:
        key = random.choice(DATA["projects"])
        self.client.get(f"/{LANG}/projects/{key}/matches/", name="project matches")

    @task(3)
    def offer_matches(self) -> None:
        key = random.choice(DATA["offers"])
        self.client.get(f"/{LANG}/offers/{key}/matches/", name="offer matches")

    @task(3)
    def api_projects(self) -> None:
        page = random.randint(1, 50)
        self.client.get(f"/api/v1/projects/?page={page}", name="api projects")

    @task(3)
    def api_matches(self) -> None:
        key = random.choice(DATA["projects"])
        self.client.get(f"/api/v1/projects/{key}/matches/", name="api project matches")

    @task(2)
    def baseline(self) -> None:
        self.client.get("/healthz", name="baseline /healthz")

    # -- writes --------------------------------------------------------------------------
    @task(2)
    def ask_on_page(self) -> None:
        """The meeting request form: open it for a counterpart, then send it."""
        if not self.signed_in:
            self._sign_in()
            return
        target = self._target()
        if target is None:
            return
        url = f"/{LANG}/meetings/requests/new/?to={target}"
        self.client.get(url, name="meeting form")
        with self.client.post(
            url,
            data={
                "event": EVENT,
                "from_organisation": self.org,
                "to_organisation": target,
                "priority": "2",
                "message": "Load test: we would like to meet.",
                "csrfmiddlewaretoken": self._csrf(),
            },
            headers={"Referer": f"{self.host}{url}"},
            allow_redirects=False,
            name="meeting request (page)",
            catch_response=True,
        ) as response:
            if response.status_code == 302:
                self._accepted(target, "page", None)
                response.success()
            else:
                response.failure(f"not accepted ({response.status_code})")

    @task(2)
    def ask_by_api(self) -> None:
        """The same through the API with the session cookie (CSRF header as a browser would send)."""
        if not self.signed_in:
            self._sign_in()
            return
        target = self._target()
        if target is None:
            return
        with self.client.post(
            "/api/v1/meeting-requests/",
            json={"event": EVENT, "from_organisation": self.org, "to_organisation": target, "priority": 1},
            headers={"X-CSRFToken": self._csrf(), "Referer": f"{self.host}/api/v1/"},
            name="meeting request (api)",
            catch_response=True,
        ) as response:
            if response.status_code == 201:
                self._accepted(target, "api", int(response.json()["id"]))
                response.success()
            else:
                response.failure(f"not accepted ({response.status_code})")
