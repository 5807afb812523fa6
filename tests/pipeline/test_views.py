"""The board and timeline pages: who sees and moves which cases, in every language."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation

from qiao.accounts.enums import Role
from qiao.core import translated
from qiao.pipeline.domain.cases import open_case
from qiao.pipeline.enums import Stage
from qiao.pipeline.models import Case, CaseEvent
from tests.factories import ProjectFactory, UserFactory
from tests.pipeline.conftest import build_world

pytestmark = pytest.mark.django_db


def _title(project) -> str:
    return translated.resolve(project.title, "de").text


def _url(name: str, *args: object, language: str = "en") -> str:
    with translation.override(language):
        return reverse(name, args=args)


def test_officer_moves_own_district_case_from_the_board(client, world) -> None:
    client.force_login(world.officer)

    response = client.post(_url("pipeline:move", world.case.pk), {"to_stage": "contacted", "version": "1"}, follow=True)

    assert response.status_code == 200
    assert Case.objects.get(pk=world.case.pk).stage == Stage.CONTACTED
    page = response.content.decode()
    assert "The case is now at “Contacted”." in page
    assert 'name="to_stage" value="met"' in page


def test_stale_post_shows_the_reload_message(client, world) -> None:
    client.force_login(world.officer)
    client.post(_url("pipeline:move", world.case.pk), {"to_stage": "contacted", "version": "1"})

    response = client.post(_url("pipeline:move", world.case.pk), {"to_stage": "met", "version": "1"}, follow=True)

    assert "Someone else moved this case meanwhile; reload." in response.content.decode()
    assert Case.objects.get(pk=world.case.pk).stage == Stage.CONTACTED


def test_officer_of_another_district_neither_sees_nor_reaches_the_case(client, world) -> None:
    other = build_world("Keqiao")
    client.force_login(other.officer)

    board = client.get(_url("pipeline:board")).content.decode()
    detail = client.get(_url("pipeline:case", world.case.pk))
    move = client.post(_url("pipeline:move", world.case.pk), {"to_stage": "contacted", "version": "1"})

    assert _title(world.project) not in board
    assert _title(other.project) in board
    assert (detail.status_code, move.status_code) == (404, 404)
    assert Case.objects.get(pk=world.case.pk).stage == Stage.LEAD


def test_organiser_sees_every_district(client, world) -> None:
    other = build_world("Keqiao")
    client.force_login(UserFactory(role=Role.ORGANISER))

    board = client.get(_url("pipeline:board")).content.decode()

    assert _title(world.project) in board
    assert _title(other.project) in board
    assert board.count('name="to_stage" value="contacted"') == 2


def test_company_sees_its_case_read_only(client, world) -> None:
    client.force_login(world.company_rep)

    board = client.get(_url("pipeline:board")).content.decode()
    detail = client.get(_url("pipeline:case", world.case.pk)).content.decode()
    move = client.post(_url("pipeline:move", world.case.pk), {"to_stage": "contacted", "version": "1"})

    assert _title(world.project) in board
    assert 'name="to_stage"' not in board
    assert 'name="to_stage"' not in detail
    assert move.status_code == 403
    assert CaseEvent.objects.filter(case=world.case).count() == 1


def test_visitor_without_membership_sees_an_empty_board(client, world) -> None:
    client.force_login(UserFactory(role=Role.VISITOR))

    board = client.get(_url("pipeline:board")).content.decode()

    assert _title(world.project) not in board


def test_timeline_lists_every_move(client, world) -> None:
    client.force_login(world.officer)
    client.post(_url("pipeline:move", world.case.pk), {"to_stage": "contacted", "version": "1"})
    client.post(_url("pipeline:move", world.case.pk), {"to_stage": "dropped", "note": "No budget", "version": "2"})

    page = client.get(_url("pipeline:case", world.case.pk)).content.decode()

    assert page.count('class="pipeline-timeline__item"') == 3
    assert "No budget" in page
    assert "Reopen at “Contacted”" in page


def test_drop_without_reason_from_the_board_is_refused(client, world) -> None:
    client.force_login(world.officer)

    response = client.post(
        _url("pipeline:move", world.case.pk), {"to_stage": "dropped", "note": "", "version": "1"}, follow=True
    )

    assert "Please give a reason for dropping the case." in response.content.decode()
    assert Case.objects.get(pk=world.case.pk).stage == Stage.LEAD


def test_board_filters_by_owner(client, world) -> None:
    other_owner = UserFactory(role=Role.OFFICER)
    client.force_login(UserFactory(role=Role.ORGANISER))

    board = client.get(_url("pipeline:board"), {"owner": other_owner.pk}).content.decode()
    own = client.get(_url("pipeline:board"), {"owner": world.officer.pk}).content.decode()

    assert _title(world.project) not in board
    assert _title(world.project) in own


@pytest.mark.parametrize(
    ("language", "expected", "english"),
    [
        ("de", "Absichtserklärung unterzeichnet", "Letter of intent signed"),
        ("zh-hans", "已签署投资意向书", "Letter of intent signed"),
    ],
)
def test_board_renders_translated(client, world, language, expected, english) -> None:
    client.force_login(world.officer)

    page = client.get(_url("pipeline:board", language=language)).content.decode()

    assert expected in page
    assert english not in page
    assert "Investment pipeline" not in page


def test_board_queries_do_not_grow_with_cases(client, world) -> None:
    organiser = UserFactory(role=Role.ORGANISER)
    client.force_login(organiser)
    with CaptureQueriesContext(connection) as one:
        client.get(_url("pipeline:board"))
    for _ in range(3):
        open_case(ProjectFactory(), world.district, world.officer, owner=world.officer)

    with CaptureQueriesContext(connection) as four:
        page = client.get(_url("pipeline:board")).content.decode()

    assert page.count('pipeline-card"') == 4
    assert len(four) == len(one)


def test_unreadable_filter_shows_a_message_and_no_cases(client, world) -> None:
    client.force_login(world.officer)

    response = client.get(_url("pipeline:board"), {"owner": "not-a-person"})

    assert response.status_code == 200
    assert "Some filters could not be read and show nothing." in response.content.decode()
    assert _title(world.project) not in response.content.decode()


def test_unreadable_move_is_refused_with_a_message(client, world) -> None:
    client.force_login(world.officer)

    response = client.post(_url("pipeline:move", world.case.pk), {"to_stage": "nowhere", "version": "x"}, follow=True)

    assert response.status_code == 200
    assert "This move could not be read; please try again." in response.content.decode()
    assert CaseEvent.objects.filter(case=world.case).count() == 1


def test_admin_lists_cases_read_only(client, world) -> None:
    client.force_login(UserFactory(role=Role.ORGANISER, is_staff=True, is_superuser=True))

    listing = client.get(_url("admin:pipeline_case_changelist"))
    detail = client.get(_url("admin:pipeline_case_change", world.case.pk))
    add = client.get(_url("admin:pipeline_case_add"))

    assert (listing.status_code, detail.status_code, add.status_code) == (200, 200, 403)
    assert 'name="_save"' not in detail.content.decode()
