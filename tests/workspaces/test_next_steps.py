"""Next steps are computed from plain facts: no database needed."""

from django.utils import translation

from qiao.workspaces.domain.next_steps import Facts, ProfileFacts, next_steps

LINKS = {"requests": "#requests", "moderation": "/en/workspace/moderation/", "new_project": "/new/"}


def _texts(facts, language="en"):
    with translation.override(language):
        return [step.text for step in next_steps(facts, LINKS)]


def test_company_with_pending_requests_and_untranslated_project_gets_both_steps():
    project = ProfileFacts(title="Laser plant", languages=frozenset({"de", "en"}), moderation="published")
    facts = Facts(role="company", incoming_pending=3, projects=(project,))

    assert _texts(facts) == [
        "3 meeting requests wait for your answer.",
        "Your project “Laser plant” has no text in Chinese.",
    ]


def test_rejected_project_comes_first_with_its_reason():
    project = ProfileFacts(
        title="Laser plant",
        languages=frozenset({"zh-hans", "de", "en"}),
        edit_url="/edit/",
        moderation="rejected",
        rejection_reason="Please name the site size.",
    )

    steps = next_steps(Facts(role="company", outgoing_pending=1, projects=(project,)), LINKS)

    assert [(s.url, s.urgent) for s in steps] == [("/edit/", True), ("#requests", False)]
    assert "Please name the site size." in steps[0].text


def test_company_without_projects_is_asked_to_describe_one():
    steps = next_steps(Facts(role="company"), LINKS)

    assert [s.url for s in steps] == ["/new/"]


def test_organiser_sees_moderation_count_in_singular_and_plural():
    assert _texts(Facts(role="organiser", awaiting_moderation=1)) == ["1 project waits for moderation."]
    assert _texts(Facts(role="organiser", awaiting_moderation=2)) == ["2 projects wait for moderation."]


def test_visitor_not_registered_is_asked_to_register():
    assert _texts(Facts(role="visitor", registered=False)) == ["Register for the summit, onsite or online."]


def test_nothing_to_do_gives_an_empty_list():
    assert next_steps(Facts(role="expert"), LINKS) == []


def test_officer_without_organisation_is_told_to_ask_organisers():
    assert _texts(Facts(role="officer", has_organisation=False)) == [
        "Your account is not linked to an organisation yet; please ask the organisers."
    ]
