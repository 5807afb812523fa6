"""`qiao loaddemo` is idempotent and loads enough data for the pages and matching to mean something."""

from __future__ import annotations

import io

import pytest
from django.apps import apps
from django.core import serializers
from django.core.management import call_command

from qiao.core.models import AuditEntry
from qiao.demo.domain.loader import DEMO_ACCOUNTS
from qiao.experts.models import Expert
from qiao.organisations.models import Organisation
from qiao.projects.models import Offer, Project
from qiao.summits.models import Event

pytestmark = pytest.mark.django_db


QIAO_APPS = {
    *("accounts", "core", "sectors", "organisations", "currencies"),
    *("projects", "summits", "deals", "experts", "trade"),
}


def _snapshot() -> str:
    """Every row of every Qiao model, serialised: equal snapshots mean nothing changed."""
    models = [m for m in apps.get_models() if m._meta.app_label in QIAO_APPS]
    return "".join(serializers.serialize("json", m._default_manager.order_by("pk")) for m in models)


@pytest.fixture(scope="module")
def loaded(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        out = io.StringIO()
        call_command("loaddemo", stdout=out)
        yield out.getvalue()
        call_command("flush", "--noinput", verbosity=0)


def test_second_load_changes_nothing(loaded):
    before = _snapshot()
    audit_count = AuditEntry.objects.count()
    out = io.StringIO()

    call_command("loaddemo", stdout=out)

    assert "0 rows created, 0 updated; 0 trade figures written" in out.getvalue()
    assert AuditEntry.objects.count() == audit_count
    assert _snapshot() == before


def test_load_over_edited_data_keeps_edits_and_duplicates_nothing(loaded):
    organisation = Organisation.objects.get(key="cn-yuecheng")
    organisation.website = "https://changed.example.cn"
    organisation.save()
    count = Organisation.objects.count()

    call_command("loaddemo", stdout=io.StringIO())

    assert Organisation.objects.count() == count
    assert Organisation.objects.get(key="cn-yuecheng").website == "https://changed.example.cn"


def test_demo_has_the_promised_volume(loaded):
    assert Organisation.objects.count() >= 200
    assert Project.objects.count() + Offer.objects.count() >= 300
    assert Expert.objects.count() >= 50
    assert Event.objects.filter(key="summit-2026", status="preparation").exists()


def test_demo_prints_one_account_per_role(loaded):
    roles = {account.role for account in DEMO_ACCOUNTS}

    assert roles == {"organiser", "officer", "company", "expert", "visitor"}
    for account in DEMO_ACCOUNTS:
        assert f"{account.username:<10} / {account.password}" in loaded


def test_demo_accounts_can_sign_in(loaded, client):
    for account in DEMO_ACCOUNTS:
        assert client.login(username=account.username, password=account.password), account.username
