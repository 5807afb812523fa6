"""Companies describe projects in any language; organisers moderate the exhibition."""

import pytest
from django.utils import translation

from qiao.core import translated
from qiao.core.models import AuditEntry
from qiao.projects.access import public_projects
from qiao.projects.models import Project
from qiao.sectors.models import Sector
from tests.factories import MembershipFactory, ProjectFactory
from tests.workspaces.conftest import organisation_of

pytestmark = pytest.mark.django_db


def _form(**overrides):
    data = {
        "original_language": "de",
        "title_de": "Neues Werk für Laserschneidanlagen",
        "title_zh_hans": "",
        "title_en": "",
        "summary_de": "Wir suchen 50 mu Industrieland.",
        "kind": "invest",
        "currency": "EUR",
        "investment": "12000000",
        "jobs": "80",
        "visibility": "public",
    }
    data.update(overrides)
    return data


def test_company_creates_project_in_german_and_it_is_submitted(client, company):
    client.force_login(company)

    response = client.post("/de/workspace/projects/new/", _form(organisation=organisation_of(company).pk))

    assert response.status_code == 302
    project = Project.objects.get()
    assert (project.moderation, project.organisation, translated.original_language(project.title)) == (
        "submitted",
        organisation_of(company),
        "de",
    )
    assert project.title["de"]["text"] == "Neues Werk für Laserschneidanlagen"
    assert list(public_projects()) == []
    assert AuditEntry.objects.get().action == "project.created"


def test_organiser_publishes_submitted_project_and_it_joins_the_public_exhibition(client, company, organiser):
    project = ProjectFactory(organisation=organisation_of(company), moderation="submitted")
    client.force_login(organiser)

    response = client.post(f"/en/workspace/moderation/{project.key}/publish/")

    assert response.status_code == 302
    assert list(public_projects()) == [project]
    assert AuditEntry.objects.get().action == "project.moderation.published"


def test_organiser_rejects_with_reason_and_company_sees_it(client, company, organiser):
    project = ProjectFactory(organisation=organisation_of(company), moderation="submitted")
    client.force_login(organiser)

    client.post(f"/en/workspace/moderation/{project.key}/reject/", {"reason": "Please name the site size."})

    project.refresh_from_db()
    assert (project.moderation, project.moderation_reason) == ("rejected", "Please name the site size.")
    client.force_login(company)
    assert "Please name the site size." in client.get("/en/workspace/").content.decode()


def test_reject_without_reason_changes_nothing(client, organiser):
    project = ProjectFactory(moderation="submitted")
    client.force_login(organiser)

    client.post(f"/en/workspace/moderation/{project.key}/reject/", {"reason": "  "})

    project.refresh_from_db()
    assert project.moderation == "submitted"
    assert AuditEntry.objects.count() == 0


def test_company_cannot_moderate(client, company):
    project = ProjectFactory(organisation=organisation_of(company), moderation="submitted")
    client.force_login(company)

    response = client.post(f"/en/workspace/moderation/{project.key}/publish/")

    assert response.status_code == 403
    project.refresh_from_db()
    assert project.moderation == "submitted"


def test_company_cannot_edit_another_organisations_project(client, company):
    other = ProjectFactory(key="not-mine")
    client.force_login(company)

    get = client.get("/en/workspace/projects/not-mine/edit/")
    post = client.post("/en/workspace/projects/not-mine/edit/", _form(title_de="Gekapert"))

    assert (get.status_code, post.status_code) == (404, 404)
    other.refresh_from_db()
    assert "Gekapert" not in str(other.title)


def test_member_edits_own_project_adding_chinese_as_translation(client, company):
    project = ProjectFactory(
        key="mine", organisation=organisation_of(company), title=translated.make("de", de="Laserwerk")
    )
    client.force_login(company)

    response = client.post(
        "/en/workspace/projects/mine/edit/", _form(title_de="Laserwerk", title_zh_hans="激光工厂", original_language="")
    )

    assert response.status_code == 302
    project.refresh_from_db()
    assert (project.title["de"]["status"], project.title["zh-hans"]["status"]) == ("original", "translated")
    assert project.moderation == "published"


def test_editing_a_rejected_project_submits_it_again(client, company):
    ProjectFactory(key="mine", organisation=organisation_of(company), moderation="rejected", moderation_reason="x")
    client.force_login(company)

    client.post("/en/workspace/projects/mine/edit/", _form())

    assert Project.objects.get().moderation == "submitted"


@pytest.mark.parametrize(
    ("language", "overrides", "field", "message"),
    [
        ("en", {"title_de": ""}, "title", "Write the title in at least one language (Chinese, German or English)."),
        ("de", {"title_de": ""}, "title", "Titel in mindestens einer Sprache"),
        ("en", {"investment": "-5"}, "investment", "Ensure this value is greater than or equal to 0."),
        ("de", {"investment": "-5"}, "investment", "Dieser Wert muss größer oder gleich 0 sein."),
        ("en", {"jobs": "many"}, "jobs", "Enter a whole number."),
        ("en", {"land_mu": "15", "land_m2": "500"}, "land_m2", "15 mu are 10000.00 m², not 500 m²."),
        ("en", {"original_language": "zh-hans"}, "original_language", "There is no title in the language you chose"),
    ],
)
def test_invalid_project_input_is_answered_with_translated_errors_and_nothing_saved(
    client, company, language, overrides, field, message
):
    client.force_login(company)

    response = client.post(
        f"/{language}/workspace/projects/new/", _form(organisation=organisation_of(company).pk, **overrides)
    )

    assert response.status_code == 200
    errors = " ".join(str(e) for e in response.context["form"].errors[field])
    assert message in errors
    assert Project.objects.count() == 0
    assert AuditEntry.objects.count() == 0


def test_more_than_five_sectors_are_refused(client, company):
    sectors = [Sector.objects.create(code=f"S{i}", name=translated.make("en", en=f"Sector {i}")) for i in range(6)]
    client.force_login(company)

    response = client.post(
        "/en/workspace/projects/new/",
        _form(organisation=organisation_of(company).pk, sectors=[s.pk for s in sectors]),
    )

    assert response.context["form"].errors["sectors"] == ["Choose at most 5 sectors."]
    assert Project.objects.count() == 0


def test_company_cannot_create_a_project_for_an_organisation_it_does_not_belong_to(client, company):
    stranger = MembershipFactory().organisation
    client.force_login(company)

    response = client.post("/en/workspace/projects/new/", _form(organisation=stranger.pk))

    assert response.status_code == 200
    assert "organisation" in response.context["form"].errors
    assert Project.objects.count() == 0


def test_submitted_project_is_hidden_from_other_readers_but_not_from_its_company(client, company):
    project = ProjectFactory(key="fresh", organisation=organisation_of(company), moderation="submitted")

    assert client.get("/en/projects/fresh/").status_code == 404
    client.force_login(company)
    assert client.get("/en/projects/fresh/").status_code == 200
    with translation.override("en"):
        assert project not in list(public_projects())


def test_all_errors_show_at_once(client, company):
    client.force_login(company)

    response = client.post(
        "/en/workspace/projects/new/",
        _form(organisation=organisation_of(company).pk, kind="", investment="-4", land_mu="-1"),
    )

    errors = response.context["form"].errors
    assert (errors["kind"], errors["investment"], errors["land_mu"]) == (
        ["This field is required."],
        ["Ensure this value is greater than or equal to 0."],
        ["This cannot be negative."],
    )
    assert 'min="0"' in response.content.decode()
    assert Project.objects.count() == 0
