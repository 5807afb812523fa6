"""Review pages and every role's access to them."""

from __future__ import annotations

import pytest
from django.urls import reverse
from django.utils import translation

from qiao.accounts.enums import Role
from qiao.reviews.domain.requests import assign, request_review
from qiao.reviews.domain.reviewing import submit_review
from qiao.reviews.enums import ConflictKind
from qiao.reviews.models import Assignment, ConflictOfInterest, Review, ReviewRequest
from tests.factories import ProjectFactory, UserFactory
from tests.reviews.test_domain import values

pytestmark = pytest.mark.django_db


@pytest.fixture
def reviewed(world):
    request = request_review(world["project"], world["organiser"], world["deadline"])
    assignment = assign(request, world["laser"], world["organiser"])
    submit_review(assignment, world["laser"].person, values(maturity=4))
    return world | {"request": request, "assignment": assignment}


def _url(name, *args):
    with translation.override("en"):
        return reverse(f"reviews:{name}", args=args)


def test_officer_asks_for_a_review_from_the_project(client, world, warm_engine):
    warm_engine()
    client.force_login(world["officer"])

    response = client.post(_url("new", world["project"].key), {"deadline": world["deadline"].isoformat()})

    request = ReviewRequest.objects.get()
    assert response.status_code == 302
    assert response["Location"] == _url("detail", request.pk)
    assert request.requested_by == world["officer"]


def test_bad_deadline_is_refused_on_the_page(client, world):
    client.force_login(world["officer"])

    response = client.post(_url("new", world["project"].key), {"deadline": "tomorrow-ish"})

    assert response.status_code == 200
    assert "Enter a date like 2026-05-31." in response.content.decode()
    assert ReviewRequest.objects.count() == 0


def test_company_cannot_ask_for_a_review(client, world):
    client.force_login(world["company"])

    response = client.get(_url("new", world["project"].key))

    assert response.status_code == 403


def test_organiser_sees_proposals_reviewers_and_result(client, reviewed, warm_engine):
    warm_engine()
    client.force_login(reviewed["organiser"])

    page = client.get(_url("detail", reviewed["request"].pk)).content.decode()

    assert "Prof. Laser" in page  # reviewer's name
    assert "Prof. Textile" in page  # proposed expert
    assert "Proven in series production." in page
    assert "4.0" in page


def test_officer_who_asked_sees_the_reviewers(client, reviewed, warm_engine):
    warm_engine()
    request = request_review(reviewed["project"], reviewed["officer"], reviewed["deadline"])
    assign(request, reviewed["textile"], reviewed["officer"])
    client.force_login(reviewed["officer"])

    response = client.get(_url("detail", request.pk))

    assert response.status_code == 200
    assert "Prof. Textile" in response.content.decode()


def test_other_officer_gets_404(client, reviewed):
    client.force_login(UserFactory(role=Role.OFFICER))

    response = client.get(_url("detail", reviewed["request"].pk))

    assert response.status_code == 404


def test_assigned_expert_sees_the_request_and_their_assignment(client, reviewed):
    client.force_login(reviewed["laser"].person)

    detail = client.get(_url("detail", reviewed["request"].pk))
    mine = client.get(_url("mine"))

    assert detail.status_code == 200
    assert _url("review", reviewed["assignment"].pk) in detail.content.decode()
    assert _url("review", reviewed["assignment"].pk) in mine.content.decode()


def test_other_expert_gets_404_on_request_and_assignment(client, reviewed):
    client.force_login(reviewed["textile"].person)

    assert client.get(_url("detail", reviewed["request"].pk)).status_code == 404
    assert client.get(_url("review", reviewed["assignment"].pk)).status_code == 404
    assert client.post(_url("review", reviewed["assignment"].pk), values()).status_code == 404
    assert Review.objects.count() == 1


def test_company_sees_the_aggregate_without_reviewer_names(client, reviewed):
    client.force_login(reviewed["company"])

    response = client.get(_url("detail", reviewed["request"].pk))

    page = response.content.decode()
    assert response.status_code == 200
    assert "4.0" in page
    assert "Prof. Laser" not in page
    assert "Proven in series production." not in page


def test_visitor_and_other_company_get_404(client, reviewed):
    for person in (UserFactory(role=Role.VISITOR), UserFactory(role=Role.COMPANY)):
        client.force_login(person)
        assert client.get(_url("detail", reviewed["request"].pk)).status_code == 404


def test_expert_submits_a_revision_on_the_form(client, reviewed):
    client.force_login(reviewed["laser"].person)

    response = client.post(_url("review", reviewed["assignment"].pk), values(maturity=2))

    assert response.status_code == 302
    assert list(Review.objects.order_by("version").values_list("version", "maturity_score")) == [(1, 4), (2, 2)]


def test_bad_review_on_the_form_shows_errors_and_writes_nothing(client, reviewed):
    client.force_login(reviewed["laser"].person)

    response = client.post(_url("review", reviewed["assignment"].pk), values() | {"market_score": "9"})

    assert response.status_code == 200
    assert "Give market a score from 1 to 5." in response.content.decode()
    assert Review.objects.count() == 1


def test_assign_button_refuses_conflicted_expert_with_message(client, world, warm_engine):
    warm_engine()
    ConflictOfInterest.objects.create(
        expert=world["laser"], organisation=world["project"].organisation, kind=ConflictKind.SAME_ORGANISATION
    )
    request = request_review(world["project"], world["organiser"], world["deadline"])
    client.force_login(world["organiser"])

    response = client.post(_url("assign", request.pk), {"expert": world["laser"].pk}, follow=True)

    assert "works for the same organisation" in response.content.decode()
    assert Assignment.objects.count() == 0


def test_assigned_expert_cannot_assign(client, reviewed):
    client.force_login(reviewed["laser"].person)

    response = client.post(_url("assign", reviewed["request"].pk), {"expert": reviewed["textile"].pk})

    assert response.status_code == 404
    assert Assignment.objects.count() == 1


def test_index_lists_only_visible_requests_with_constant_queries(client, world, django_assert_max_num_queries):
    own = request_review(world["project"], world["officer"], world["deadline"])
    other = request_review(ProjectFactory(), world["organiser"], world["deadline"])
    client.force_login(world["officer"])
    with django_assert_max_num_queries(12) as one:
        client.get(_url("index"))
    for _ in range(2):
        request_review(world["project"], world["officer"], world["deadline"])

    with django_assert_max_num_queries(len(one.captured_queries)):
        page = client.get(_url("index")).content.decode()

    assert _url("detail", own.pk) in page
    assert _url("detail", other.pk) not in page


def test_conflict_refusal_is_shown_in_german(client, world, warm_engine):
    warm_engine()
    ConflictOfInterest.objects.create(
        expert=world["laser"], organisation=world["project"].organisation, kind=ConflictKind.STAKE
    )
    request = request_review(world["project"], world["organiser"], world["deadline"])
    client.force_login(world["organiser"])
    with translation.override("de"):
        url = reverse("reviews:assign", args=[request.pk])

    response = client.post(url, {"expert": world["laser"].pk}, follow=True)

    page = response.content.decode()
    assert "Prof. Laser kann nicht zugewiesen werden." in page
    assert "hält eine Beteiligung" in page


def test_project_page_links_to_ask_for_a_review_for_officers_only(client, world):
    with translation.override("en"):
        url = reverse("web:project", args=[world["project"].key])
        link = reverse("reviews:new", args=[world["project"].key])

    client.force_login(world["officer"])
    officer_page = client.get(url).content.decode()
    client.force_login(world["company"])
    company_page = client.get(url).content.decode()

    assert link in officer_page
    assert link not in company_page


def test_assigned_expert_does_not_see_the_combined_result(client, reviewed):
    other = assign(reviewed["request"], reviewed["textile"], reviewed["organiser"])
    client.force_login(reviewed["textile"].person)

    page = client.get(_url("detail", reviewed["request"].pk)).content.decode()

    assert _url("review", other.pk) in page
    assert "4.0" not in page


def test_officer_sees_the_result_in_chinese(client, reviewed, warm_engine):
    warm_engine()
    request = request_review(reviewed["project"], reviewed["officer"], reviewed["deadline"])
    assignment = assign(request, reviewed["textile"], reviewed["officer"])
    submit_review(assignment, reviewed["textile"].person, values(maturity=3))
    client.force_login(reviewed["officer"])
    with translation.override("zh-hans"):
        url = reverse("reviews:detail", args=[request.pk])

    page = client.get(url).content.decode()

    assert "技术成熟度" in page
    assert "有条件推荐: 1" in page
    assert "3.0" in page
