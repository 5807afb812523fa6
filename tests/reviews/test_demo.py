"""The demo's reviews of 2020 summit projects: several projects reviewed, a German-speaking demo expert, idempotent."""

from __future__ import annotations

import pytest

from qiao.accounts.enums import Role
from qiao.accounts.models import User
from qiao.core import translated
from qiao.core.domain.upsert import Changes
from qiao.experts.models import Expert
from qiao.reviews.domain.demo import PLAN, reviews_for_summit_2020
from qiao.reviews.domain.reviewing import aggregate
from qiao.reviews.models import Review, ReviewRequest
from tests.factories import ProjectFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def summit(db):
    for username, role in (("organiser", Role.ORGANISER), ("officer", Role.OFFICER), ("expert", Role.EXPERT)):
        UserFactory(username=username, role=role)
    for company, _requester, _reviews in PLAN:
        ProjectFactory(key=f"{company}-shaoxing")
    english = Expert.objects.create(
        key="expert-000",
        name=translated.make("en", en="E"),
        country="GB",
        languages=["en"],
        bio=translated.make("en", en="e"),
        person=UserFactory(username="expert-en"),
    )
    for i in range(1, 5):
        Expert.objects.create(
            key=f"expert-{i:03d}",
            name=translated.make("de", de=f"Experte {i}"),
            country="DE",
            languages=["de", "en"],
            bio=translated.make("de", de="x"),
        )
    return english


def test_demo_reviews_several_projects_with_the_german_demo_expert(summit):
    changes = Changes()

    reviews_for_summit_2020(changes)

    demo_expert = Expert.objects.get(person__username="expert")
    assert "de" in demo_expert.languages
    assert ReviewRequest.objects.count() == len(PLAN)
    assert Review.objects.count() == sum(len(reviews) for _c, _r, reviews in PLAN)
    assert Review.objects.filter(assignment__expert=demo_expert).count() == len(PLAN)
    assert all(aggregate(r).count >= 2 for r in ReviewRequest.objects.all())
    assert changes.created["reviews.Review"] == Review.objects.count()


def test_demo_reviews_load_twice_changes_nothing(summit):
    reviews_for_summit_2020(Changes())
    rows = list(Review.objects.order_by("pk").values_list("pk", "assignment_id", "maturity_score"))
    again = Changes()

    reviews_for_summit_2020(again)

    assert again.total == 0
    assert list(Review.objects.order_by("pk").values_list("pk", "assignment_id", "maturity_score")) == rows


def test_demo_expert_with_an_english_only_profile_is_moved_to_a_german_one(summit):
    english = summit
    expert_user = User.objects.get(username="expert")
    english.person = expert_user
    english.save()

    reviews_for_summit_2020(Changes())

    english.refresh_from_db()
    assert english.person is None
    assert "de" in Expert.objects.get(person=expert_user).languages
