"""Webhooks: audit actions raise events, deliveries are signed with HMAC and logged; loopback only."""

from __future__ import annotations

import http.server
import json
import socket
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field

import pytest
from django.db import transaction

from qiao.api.domain.webhooks import EVENT_HEADER, SIGNATURE_HEADER, verify
from qiao.api.enums import DeliveryStatus
from qiao.api.models import Webhook, WebhookDelivery
from qiao.core.domain import audit
from qiao.deals.models import Agreement
from qiao.meetings.domain.requests import accept_request, request_meeting
from qiao.pipeline.domain.cases import move_case

pytestmark = pytest.mark.django_db
SECRET = "s3cret-for-tests"


@dataclass
class Receiver:
    url: str
    status: int = 204
    received: list[tuple[dict[str, str], bytes]] = field(default_factory=list)


@pytest.fixture
def receiver(settings) -> Iterator[Receiver]:
    """A real HTTP server on 127.0.0.1 that records what it receives (a loopback address, which the
    address rule allows only with DEBUG on: a development machine)."""
    settings.DEBUG = True
    state = Receiver(url="")

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers["Content-Length"]))
            state.received.append((dict(self.headers), body))
            self.send_response(state.status)
            self.end_headers()

        def log_message(self, *args: object) -> None:
            return None

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    state.url = f"http://127.0.0.1:{server.server_address[1]}/hook"
    yield state
    server.shutdown()
    server.server_close()


@pytest.fixture
def immediate_tasks(settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}


def hook(receiver, events, organisation=None):
    return Webhook.objects.create(url=receiver.url, secret=SECRET, events=events, organisation=organisation)


def test_case_move_is_delivered_signed(world, receiver, immediate_tasks, django_capture_on_commit_callbacks):
    hook(receiver, ["case.stage_changed"])

    with django_capture_on_commit_callbacks(execute=True):
        move_case(world.case_a, "contacted", world.officer_a, expected_version=1)

    ((headers, body),) = receiver.received
    assert verify(SECRET, body, headers[SIGNATURE_HEADER])
    assert headers[EVENT_HEADER] == "case.stage_changed"
    payload = json.loads(body)
    assert payload["data"]["case"] == world.case_a.pk
    assert (payload["data"]["from_stage"], payload["data"]["to_stage"]) == ("lead", "contacted")
    delivery = WebhookDelivery.objects.get()
    assert (delivery.status, delivery.attempts, delivery.response_status) == (DeliveryStatus.DELIVERED, 1, 204)


def test_signature_does_not_verify_with_another_secret(
    world, receiver, immediate_tasks, django_capture_on_commit_callbacks
):
    hook(receiver, ["case.stage_changed"])

    with django_capture_on_commit_callbacks(execute=True):
        move_case(world.case_a, "contacted", world.officer_a, expected_version=1)

    ((headers, body),) = receiver.received
    assert not verify("another-secret", body, headers[SIGNATURE_HEADER])
    assert not verify(SECRET, body + b" ", headers[SIGNATURE_HEADER])


def test_accepted_meeting_request_is_meeting_confirmed(
    world, receiver, immediate_tasks, django_capture_on_commit_callbacks
):
    hook(receiver, ["meeting.confirmed"])
    request = request_meeting(
        requester=world.company_rep,
        event=world.event,
        from_organisation=world.company,
        to_organisation=world.district_a,
    )

    with django_capture_on_commit_callbacks(execute=True):
        accept_request(request, world.officer_a)

    ((headers, body),) = receiver.received
    assert headers[EVENT_HEADER] == "meeting.confirmed"
    assert json.loads(body)["data"]["recipient_organisation"] == "district-a"


def test_agreement_signed_action_is_agreement_signed(
    world, receiver, immediate_tasks, django_capture_on_commit_callbacks
):
    hook(receiver, ["agreement.signed"])

    with django_capture_on_commit_callbacks(execute=True), transaction.atomic():
        agreement = Agreement.objects.get(key="draft-contract")
        audit.record(world.officer_a, "deals.agreement_signed", agreement)

    ((headers, body),) = receiver.received
    assert headers[EVENT_HEADER] == "agreement.signed"
    assert json.loads(body)["data"]["parties"] == ["company", "district-a"]


def test_organisation_webhook_gets_only_events_about_it(
    world, receiver, immediate_tasks, django_capture_on_commit_callbacks
):
    hook(receiver, ["case.stage_changed"], organisation=world.district_b)

    with django_capture_on_commit_callbacks(execute=True):
        move_case(world.case_a, "contacted", world.officer_a, expected_version=1)
        move_case(world.case_b, "contacted", world.officer_b, expected_version=1)

    assert [json.loads(body)["data"]["case"] for _h, body in receiver.received] == [world.case_b.pk]


def test_unsubscribed_and_inactive_webhooks_receive_nothing(
    world, receiver, immediate_tasks, django_capture_on_commit_callbacks
):
    hook(receiver, ["meeting.confirmed"])
    inactive = hook(receiver, ["case.stage_changed"])
    inactive.active = False
    inactive.save()

    with django_capture_on_commit_callbacks(execute=True):
        move_case(world.case_a, "contacted", world.officer_a, expected_version=1)

    assert receiver.received == []
    assert WebhookDelivery.objects.count() == 0


def test_refused_delivery_is_logged_with_its_error(
    world, receiver, immediate_tasks, django_capture_on_commit_callbacks
):
    receiver.status = 500
    hook(receiver, ["case.stage_changed"])

    with django_capture_on_commit_callbacks(execute=True):
        move_case(world.case_a, "contacted", world.officer_a, expected_version=1)

    delivery = WebhookDelivery.objects.get()
    assert delivery.status == DeliveryStatus.PENDING
    assert (delivery.attempts, delivery.response_status, delivery.last_error) == (1, 500, "HTTP 500")


def test_deliveries_wait_for_the_commit(world, receiver, django_capture_on_commit_callbacks):
    hook(receiver, ["case.stage_changed"])

    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        move_case(world.case_a, "contacted", world.officer_a, expected_version=1)

    assert len(callbacks) == 1
    assert receiver.received == []
    assert WebhookDelivery.objects.get().status == DeliveryStatus.PENDING


def _resolving(monkeypatch, answers: dict[str, list[list[str]]]) -> list[str]:
    """Host names resolve to these answers (lists of addresses), one answer per lookup in turn (the
    last one repeats); returns the names looked up. Other names and IP literals resolve as usual."""
    real = socket.getaddrinfo
    asked: list[str] = []

    def fake(host, port, *args, **kwargs):
        if host not in answers:
            return real(host, port, *args, **kwargs)
        asked.append(host)
        turn = answers[host][min(asked.count(host), len(answers[host])) - 1]
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (address, port)) for address in turn]

    monkeypatch.setattr(socket, "getaddrinfo", fake)
    return asked


def _deliver_one(world, url, django_capture_on_commit_callbacks) -> WebhookDelivery:
    Webhook.objects.create(url=url, secret=SECRET, events=["case.stage_changed"])
    with django_capture_on_commit_callbacks(execute=True):
        move_case(world.case_a, "contacted", world.officer_a, expected_version=1)
    return WebhookDelivery.objects.get()


@pytest.mark.parametrize(
    "addresses",
    [["10.0.0.7"], ["93.184.215.14", "169.254.169.254"], ["127.0.0.1"]],
    ids=["private", "one-of-several-is-link-local", "loopback-by-name"],
)
def test_a_name_that_resolves_inside_is_refused_at_sending_time(
    world, immediate_tasks, django_capture_on_commit_callbacks, monkeypatch, addresses
):
    """Saved when its name pointed outside; by sending time its DNS answer points inside (rebinding)."""
    _resolving(monkeypatch, {"hooks.partner.example": [addresses]})
    connected: list[object] = []
    monkeypatch.setattr(socket, "create_connection", lambda *a, **k: connected.append(a) or pytest.fail("connected"))

    delivery = _deliver_one(world, "https://hooks.partner.example/qiao", django_capture_on_commit_callbacks)

    assert connected == []
    assert (delivery.status, delivery.attempts, delivery.response_status) == (DeliveryStatus.PENDING, 1, None)
    assert delivery.last_error == "Webhooks cannot be sent to local or private network addresses."


def test_a_delivery_connects_to_the_address_it_checked(
    world, receiver, immediate_tasks, django_capture_on_commit_callbacks, monkeypatch
):
    """The name is resolved once, checked, and that address is used: a second, different DNS
    answer (10.255.255.1, where nothing listens) never matters."""
    port = receiver.url.split(":")[2].split("/")[0]
    asked = _resolving(monkeypatch, {"localhost": [["127.0.0.1"], ["10.255.255.1"]]})

    delivery = _deliver_one(world, f"http://localhost:{port}/hook?via=test", django_capture_on_commit_callbacks)

    assert (delivery.status, delivery.response_status) == (DeliveryStatus.DELIVERED, 204)
    assert asked == ["localhost"]
    ((headers, _body),) = receiver.received
    assert headers["Host"] == f"localhost:{port}"


def test_a_redirect_is_not_followed(world, receiver, immediate_tasks, django_capture_on_commit_callbacks):
    receiver.status = 307  # a redirect could lead to an internal address

    delivery = _deliver_one(world, receiver.url, django_capture_on_commit_callbacks)

    assert (delivery.attempts, delivery.response_status, delivery.last_error) == (1, 307, "HTTP 307")
    assert len(receiver.received) == 1
