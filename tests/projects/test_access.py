"""Who sees which project: the chokepoint every page uses."""

import pytest
from django.http import Http404

from qiao.projects.access import get_project_for_user, offers_visible_to, projects_visible_to
from tests.factories import MembershipFactory, OfferFactory, ProjectFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def projects():
    return {
        "public": ProjectFactory(visibility="public"),
        "matched": ProjectFactory(visibility="matched"),
        "private": ProjectFactory(visibility="private"),
        "draft": ProjectFactory(visibility="public", stage="draft"),
    }


def _visible(user, projects):
    keys = set(projects_visible_to(user).values_list("key", flat=True))
    return sorted(name for name, project in projects.items() if project.key in keys)


@pytest.mark.parametrize(
    ("role", "expected"),
    [
        ("visitor", ["public"]),
        ("company", ["public"]),
        ("officer", ["public"]),
        ("expert", ["public"]),
        ("organiser", ["draft", "matched", "private", "public"]),
    ],
)
def test_projects_visible_by_role(role, expected, projects):
    user = UserFactory(role=role)

    assert _visible(user, projects) == expected


def test_anonymous_sees_only_public_published(projects):
    from django.contrib.auth.models import AnonymousUser

    assert _visible(AnonymousUser(), projects) == ["public"]


def test_member_of_owning_company_sees_its_private_and_draft_projects(projects):
    member = UserFactory(role="company")
    for name in ("private", "draft"):
        MembershipFactory(person=member, organisation=projects[name].organisation)

    assert _visible(member, projects) == ["draft", "private", "public"]


def test_get_project_for_user_hides_existence_of_private_project(projects):
    with pytest.raises(Http404):
        get_project_for_user(UserFactory(role="officer"), projects["private"].key)


def test_unapproved_organiser_is_treated_as_visitor(projects):
    user = UserFactory(role="organiser", approved=False)

    assert _visible(user, projects) == ["public"]


def test_unpublished_offer_visible_only_to_members_and_organisers():
    offer = OfferFactory(published=False)
    member = UserFactory(role="officer")
    MembershipFactory(person=member, organisation=offer.organisation)

    seen = {
        name: offers_visible_to(user).filter(pk=offer.pk).exists()
        for name, user in {
            "member": member,
            "other officer": UserFactory(role="officer"),
            "organiser": UserFactory(role="organiser"),
        }.items()
    }

    assert seen == {"member": True, "other officer": False, "organiser": True}
