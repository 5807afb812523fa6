"""Grow a loaded demo database to load-test size with bulk inserts, and add the load-test accounts.

Usage (DATABASE_URL names the scratch database, which already holds `qiao loaddemo`):
    .venv/bin/python benchmarks/load/grow.py --orgs 10000 --profiles 50000 --users 200 --out users.json

Organisations, projects and offers are clones of the synthetic demo profiles with their own
keys ("load-…") and titles (a number appended in every language the original has), so the
matching engine sees distinct texts; projects are published and public, offers published.
Each load-test account ("load-user-001" …) is a company representative with a verified
e-mail address and its own organisation, so it can sign in and ask for meetings.
Rerunning with the same figures adds nothing (counts include what is already there).
"""

from __future__ import annotations

import argparse
import copy
import itertools
import json
import os
import sys
import time
from pathlib import Path
from typing import Any

PASSWORD = "Load-Test-Password-2026"  # noqa: S105 - throw-away accounts in a scratch database
USER_PREFIX = "load-user-"
ORG_PREFIX = "load-org-"


def _setup() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "qiao.settings")
    import django

    django.setup()


def _numbered(value: dict[str, Any], number: int) -> dict[str, Any]:
    """A translated text with ` #number` appended in each language it has."""
    out = copy.deepcopy(value)
    for entry in out.values():
        if isinstance(entry, dict) and entry.get("text"):
            entry["text"] = f"{entry['text']} #{number}"
    return out


def _clone(template: Any, key: str, number: int, **changes: Any) -> Any:
    clone = copy.copy(template)
    clone.pk = None
    clone.id = None
    clone._state = copy.copy(template._state)
    clone._state.adding = True
    clone._state.fields_cache = {}
    clone.key = key
    for name in ("name", "title"):
        if hasattr(clone, name) and isinstance(getattr(clone, name), dict):
            setattr(clone, name, _numbered(getattr(clone, name), number))
    for name, value in changes.items():
        setattr(clone, name, value)
    return clone


def _copy_m2m(model: Any, field: str, pairs: list[tuple[Any, Any]]) -> int:
    """Give each clone the template's rows of the many-to-many `field` (pairs: template, clone)."""
    through = getattr(model, field).through
    source_column = getattr(model, field).field.m2m_field_name() + "_id"
    target_column = getattr(model, field).field.m2m_reverse_field_name() + "_id"
    template_ids = {t.pk for t, _ in pairs}
    related: dict[int, list[int]] = {}
    for source, target in through.objects.filter(**{f"{source_column}__in": template_ids}).values_list(
        source_column, target_column
    ):
        related.setdefault(source, []).append(target)
    rows = [
        through(**{source_column: clone.pk, target_column: target})
        for template, clone in pairs
        for target in related.get(template.pk, [])
    ]
    through.objects.bulk_create(rows, batch_size=2000, ignore_conflicts=True)
    return len(rows)


def grow_organisations(total: int) -> int:
    """Add cloned organisations until there are `total`; returns how many were added."""
    from qiao.organisations.models import Organisation

    existing = Organisation.objects.count()
    templates = list(Organisation.objects.exclude(key__startswith=ORG_PREFIX).order_by("key"))
    start = Organisation.objects.filter(key__startswith=ORG_PREFIX).count()
    needed = max(0, total - existing)
    pairs = []
    for n, template in zip(range(start, start + needed), itertools.cycle(templates), strict=False):
        pairs.append((template, _clone(template, f"{ORG_PREFIX}{n:06d}", n, verified=True)))
    for begin in range(0, len(pairs), 2000):
        chunk = pairs[begin : begin + 2000]
        Organisation.objects.bulk_create([clone for _, clone in chunk])
        _copy_m2m(Organisation, "sectors", chunk)
        _copy_m2m(Organisation, "tags", chunk)
    return needed


def grow_profiles(total: int) -> tuple[int, int]:
    """Add cloned projects and offers (about half each) until there are `total` together."""
    from qiao.organisations.models import Organisation
    from qiao.projects.enums import Moderation, ProjectStage, Visibility
    from qiao.projects.models import Offer, Project

    projects_now, offers_now = Project.objects.count(), Offer.objects.count()
    missing = max(0, total - projects_now - offers_now)
    want_projects = max(0, (projects_now + offers_now + missing) // 2 - projects_now)
    want_projects = min(want_projects, missing)
    want_offers = missing - want_projects
    clones_by_country: dict[str, list[int]] = {}
    for pk, country in Organisation.objects.filter(key__startswith=ORG_PREFIX).values_list("id", "country"):
        clones_by_country.setdefault(country, []).append(pk)
    added = []
    for model, want, base in (
        (Project, want_projects, Project.objects.filter(moderation=Moderation.PUBLISHED)),
        (Offer, want_offers, Offer.objects.filter(published=True)),
    ):
        templates = list(base.exclude(key__startswith="load-").select_related("organisation").order_by("key"))
        start = model.objects.filter(key__startswith="load-").count()
        rotation = {country: itertools.cycle(pks) for country, pks in clones_by_country.items()}
        everyone = itertools.cycle([pk for pks in clones_by_country.values() for pk in pks])
        extra: dict[str, Any] = {}
        if model is Project:
            extra = {"visibility": Visibility.PUBLIC, "stage": ProjectStage.PUBLISHED}
        pairs = []
        prefix = "load-project-" if model is Project else "load-offer-"
        for n, template in zip(range(start, start + want), itertools.cycle(templates), strict=False):
            owner = next(rotation.get(template.organisation.country, everyone))
            pairs.append((template, _clone(template, f"{prefix}{n:06d}", n, organisation_id=owner, **extra)))
        for begin in range(0, len(pairs), 2000):
            chunk = pairs[begin : begin + 2000]
            model.objects.bulk_create([clone for _, clone in chunk])
            _copy_m2m(model, "sectors", chunk)
            _copy_m2m(model, "tags", chunk)
        added.append(want)
    return added[0], added[1]


def load_users(count: int) -> list[dict[str, str]]:
    """Create (or find) `count` load-test accounts, each a member of its own cloned organisation."""
    from allauth.account.models import EmailAddress
    from django.contrib.auth.hashers import make_password

    from qiao.accounts.enums import Role
    from qiao.accounts.models import Membership, User
    from qiao.organisations.models import Organisation

    orgs = list(Organisation.objects.filter(key__startswith=ORG_PREFIX).order_by("key")[:count])
    if len(orgs) < count:
        raise SystemExit(f"Only {len(orgs)} cloned organisations for {count} accounts: grow --orgs first.")
    names = [f"{USER_PREFIX}{n:03d}" for n in range(1, count + 1)]
    have = set(User.objects.filter(username__in=names).values_list("username", flat=True))
    hashed = make_password(PASSWORD)  # one hash for all: the same password, hashed once
    new = [
        User(
            username=name,
            email=f"{name}@load.qiao.example",
            role=Role.COMPANY,
            approved=True,
            password=hashed,
        )
        for name in names
        if name not in have
    ]
    User.objects.bulk_create(new)
    users = {u.username: u for u in User.objects.filter(username__in=names)}
    EmailAddress.objects.bulk_create(
        [EmailAddress(user=users[u.username], email=u.email, verified=True, primary=True) for u in new],
        ignore_conflicts=True,
    )
    Membership.objects.bulk_create(
        [
            Membership(person=users[name], organisation=org, job_title="Load test", is_admin=True)
            for name, org in zip(names, orgs, strict=True)
        ],
        ignore_conflicts=True,
    )
    return [
        {"username": name, "password": PASSWORD, "organisation": org.key} for name, org in zip(names, orgs, strict=True)
    ]


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--orgs", type=int, default=10_000, help="Organisations in total.")
    parser.add_argument("--profiles", type=int, default=50_000, help="Projects and offers in total.")
    parser.add_argument("--users", type=int, default=200, help="Load-test accounts.")
    parser.add_argument("--out", type=Path, required=True, help="JSON file for the accounts and keys.")
    args = parser.parse_args(argv)
    _setup()
    from django.db import transaction

    from qiao.organisations.models import Organisation
    from qiao.projects.models import Offer, Project
    from qiao.summits.models import Event

    started = time.perf_counter()
    with transaction.atomic():
        orgs = grow_organisations(args.orgs)
        projects, offers = grow_profiles(args.profiles)
        users = load_users(args.users)
    event = Event.objects.filter(status__in=["preparation", "published"]).order_by("starts_at").first()
    data = {
        "users": users,
        "event": event.key if event else "",
        "projects": list(
            Project.objects.filter(visibility="public", moderation="published").values_list("key", flat=True)
        ),
        "offers": list(Offer.objects.filter(published=True).values_list("key", flat=True)),
        "organisations": list(Organisation.objects.values_list("key", flat=True)),
    }
    args.out.write_text(json.dumps(data))
    print(
        f"grow: +{orgs} organisations, +{projects} projects, +{offers} offers, {len(users)} accounts "
        f"in {time.perf_counter() - started:.1f} s (now {len(data['organisations'])} organisations, "
        f"{Project.objects.count()} projects, {Offer.objects.count()} offers)",
        flush=True,
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
