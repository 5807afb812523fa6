"""Issue 7's journey: a district officer, working in Chinese, asks for a review of a German
project and assigns the German-speaking expert Qiao proposes; the expert reviews it in German;
the officer reads the combined result in Chinese."""

from __future__ import annotations

from typing import Any

from qiao.accounts.enums import Role
from qiao.accounts.models import User
from qiao.experts.models import Expert
from qiao.matchmaking.domain import experts as expert_matching
from qiao.projects.models import Project
from qiao.reviews.models import Assignment, Review, ReviewRequest
from tests.browser.harness import assert_no_english, log_in, run_axe, settle, sign_in, visit
from tests.browser.harness import reverse_in as url

# A 2020 summit project the demo has not reviewed yet: laser powder-bed machines, in German.
PROJECT_KEY = "de-2020-pulverbett-shaoxing"
REASONS = {
    "maturity": "Die Anlagen laufen seit Jahren in deutschen Werkstätten.",
    "market": "Chinesische Werkzeugbauer fragen Pulverbettanlagen stark nach.",
    "strategy": "Passt zum Cluster für additive Fertigung im Bezirk.",
    "risks": "Exportkontrolle für Hochleistungslaser ist zu prüfen.",
}


def _reviewer_for(expert: Expert) -> User:
    """The proposed expert's account: the demo "expert" where it is them, else one made for them."""
    if expert.person is not None:
        return expert.person
    person = User.objects.create_user(
        username=f"reviewer-{expert.key}", role=Role.EXPERT, approved=True, language="de", email="r@qiao.example"
    )
    expert.person = person
    expert.save(update_fields=["person"])
    return person


def _ask_and_assign(page: Any, project: Project, axe: str) -> tuple[ReviewRequest, Expert]:
    visit(page, url("web:project", project.key, language="zh-hans"))
    page.locator(f"a[href$='/reviews/new/{project.key}/']").first.click()
    settle(page, "request-form")
    assert_no_english(page)
    page.locator("input[name=deadline]").fill("2030-06-30")
    page.locator("main form button[type=submit]").click()
    settle(page, "request-created")
    assert_no_english(page)
    run_axe(page, axe)
    request = ReviewRequest.objects.get(project=project)

    rows = page.locator("table.reviews-proposals tbody tr:has(input[name=expert])")
    assert rows.count() > 0, "Qiao proposed no assignable expert"
    proposed = [int(rows.nth(i).locator("input[name=expert]").get_attribute("value") or 0) for i in range(rows.count())]
    experts = {e.pk: e for e in Expert.objects.filter(pk__in=proposed)}
    german = [experts[pk] for pk in proposed if "de" in experts[pk].languages]
    assert german, "no German-speaking expert among the proposals"
    demo_expert = Expert.objects.filter(person__username="expert").first()
    chosen = demo_expert if demo_expert in german else german[0]
    page.locator(f"table.reviews-proposals tr:has(input[name=expert][value='{chosen.pk}']) button").click()
    settle(page, "expert-assigned")
    assert_no_english(page)
    assert Assignment.objects.filter(request=request, expert=chosen, status="assigned").exists()
    return request, chosen


def _review_in_german(page: Any, request: ReviewRequest, expert: Expert, axe: str) -> None:
    visit(page, url("reviews:mine", language="de"))
    assert_no_english(page)
    run_axe(page, axe)
    page.locator(f"a[href$='/reviews/assignments/{Assignment.objects.get(request=request).pk}/']").click()
    settle(page, "review-form")
    assert_no_english(page)
    form = page.locator("main form:has(select[name=maturity_score])")
    for (name, reason), score in zip(REASONS.items(), ("4", "5", "5", "3"), strict=True):
        form.locator(f"select[name={name}_score]").select_option(score)
        form.locator(f"textarea[name={name}_reason]").fill(reason)
    form.locator("select[name=recommendation]").select_option("conditions")
    form.locator("textarea[name=recommendation_reason]").fill("Empfohlen, sobald die Exportgenehmigung vorliegt.")
    form.locator("button[type=submit]").click()
    settle(page, "review-submitted")
    assert_no_english(page)
    assert page.locator(".messages__item--success").count() == 1
    (review,) = Review.objects.filter(assignment__request=request, assignment__expert=expert)
    assert (review.version, review.maturity_score, review.recommendation) == (1, 4, "conditions")


def test_district_asks_expert_reviews_district_reads_result_in_chinese(open_page, axe):
    project = Project.objects.get(key=PROJECT_KEY)
    assert project.title["de"]["status"] == "original"
    assert not ReviewRequest.objects.filter(project=project).exists()
    expert_matching.current_engine(wait=True)  # the proposals need the built expert engine
    officer_page, expert_page = open_page("officer-zh"), open_page("expert-de")

    sign_in(officer_page, "officer", language="zh-hans")
    request, expert = _ask_and_assign(officer_page, project, axe)

    log_in(expert_page, _reviewer_for(expert).username)
    _review_in_german(expert_page, request, expert, axe)

    visit(officer_page, url("reviews:detail", request.pk, language="zh-hans"))
    assert_no_english(officer_page)
    run_axe(officer_page, axe)
    result = officer_page.locator("table.reviews-result").inner_text()
    assert "技术成熟度" in result
    assert "市场" in result
    assert "4.0" in result
    assert "有条件推荐: 1" in officer_page.locator("main").inner_text()
    assert "Exportkontrolle für Hochleistungslaser ist zu prüfen." in officer_page.locator("main").inner_text()
