"""The demo holds the 2020 summit point by point as `../shared/summit-2020.md` reports it."""

from __future__ import annotations

import re
import zoneinfo
from decimal import Decimal

import pytest

from qiao.deals.models import Agreement
from qiao.demo.domain.loader import load_demo
from qiao.summits.models import Event, Talk

pytestmark = pytest.mark.django_db
CJK = re.compile(r"[\u4e00-\u9fff]")


@pytest.fixture
def report(shared_dir):
    return (shared_dir / "summit-2020.md").read_text(encoding="utf-8")


@pytest.fixture
def event():
    load_demo(None)
    return Event.objects.get(key="summit-2020")


def _table(report: str, heading: str) -> list[list[str]]:
    section = report.split(f"## {heading}", 1)[1].split("\n## ", 1)[0]
    rows = [line for line in section.splitlines() if line.startswith("|")]
    return [[cell.strip() for cell in row.strip("|").split("|")] for row in rows[2:]]


def _bullets(text: str) -> list[str]:
    """Markdown list items with their wrapped continuation lines joined."""
    items: list[str] = []
    for line in text.splitlines():
        if line.startswith("- "):
            items.append(line[2:].strip())
        elif line.startswith("  ") and items:
            items[-1] += " " + line.strip()
    return items


def _split_name(cell: str) -> tuple[str, str]:
    """'孔翰宁 Henning Kagermann' -> ('孔翰宁', 'Henning Kagermann'); no Chinese: both the same."""
    match = re.match(r"^([\u4e00-\u9fff]+)\s+(.+)$", cell)
    return (match.group(1), match.group(2)) if match else (cell, cell)


def _zh(value: dict) -> str:
    return value["zh-hans"]["text"]


def _en(value: dict) -> str:
    return value["en"]["text"]


def test_event_date_place_theme_edition_and_credit(report, event):
    local = event.starts_at.astimezone(zoneinfo.ZoneInfo("Asia/Shanghai"))

    assert "14 December\n  2020" in report or "14 December 2020" in report
    assert local.date().isoformat() == "2020-12-14"
    assert "浙江绍兴" in report
    assert _zh(event.city) == "浙江绍兴"
    assert f"Theme: {_zh(event.theme)}" in report
    assert "the third yearly edition" in report
    assert event.edition == 3
    assert event.hybrid is True
    assert "王刚 摄" in report
    assert "王刚 摄" in event.photo_credit


def test_programme_parts_each_a_session_of_the_right_kind(report, event):
    line = next(item for item in _bullets(report) if item.startswith("Programme parts:"))
    parts = re.findall(r"([\u4e00-\u9fff]+) ([a-zA-Z -]+)", line)
    kinds = {
        "high-level forum": "forum",
        "overseas online connection": "online",
        "German project exhibition": "exhibition",
        "project signing": "signing",
        "site visits": "site_visit",
    }

    found = {}
    for zh, en in parts:
        sessions = [s for s in event.sessions.all() if zh in _zh(s.title)]
        found[en.strip()] = sorted({s.kind for s in sessions})

    assert {en: kinds[en] for en in found} == kinds
    assert all(kinds[en] in found[en] for en in found)
    assert event.sessions.get(kind="online").online is True


def test_opening_addresses_in_order_with_names_and_roles(report, event):
    expected = [(*_split_name(name), role) for name, role in _table(report, "Addresses (opening)")]

    talks = Talk.objects.filter(session__event=event, kind="address").order_by("order").select_related("speaker")
    actual = [(_zh(t.speaker.name), _en(t.speaker.name), _en(t.speaker.position)) for t in talks]

    assert len(expected) == 7
    assert actual == expected


def test_five_keynotes_with_speakers_and_titles_in_zh_and_en(report, event):
    expected = [
        (*_split_name(speaker), affiliation, zh_title, en_title)
        for speaker, affiliation, zh_title, en_title in _table(report, "Keynotes")
    ]

    talks = Talk.objects.filter(session__event=event, kind="keynote").order_by("order").select_related("speaker")
    actual = [
        (_zh(t.speaker.name), _en(t.speaker.name), _en(t.speaker.position), _zh(t.title), _en(t.title)) for t in talks
    ]

    assert len(expected) == 5
    assert actual == expected


def _party_names(agreement: Agreement) -> set[str]:
    return {_en(link.organisation.name) for link in agreement.party_links.all()}


def test_institute_co_building_intent_and_think_tank(report, event):
    agreement = Agreement.objects.get(event=event, kind="co_building")

    assert "浙江国际创新设计与智造研究院" in report
    assert "浙江国际创新设计与智造研究院" in _zh(agreement.title)
    assert _party_names(agreement) == {
        "Yuecheng District People's Government",
        "Shaoxing Binhai New Area Administrative Committee",
        "School of Mechanical Engineering, Tianjin University",
    }
    assert all(name.split(" (")[0] in report for name in ("越城区人民政府", "天津大学机械工程学院"))
    assert "中德商贸合作专家智库" in report
    assert "中德商贸合作专家智库" in _zh(agreement.summary)


def test_wtsh_strategic_cooperation(report, event):
    agreement = Agreement.objects.get(event=event, kind="strategic")
    zh_parties = {_zh(link.organisation.name) for link in agreement.party_links.all()}

    assert "德国石荷州经济技术促进中心" in report
    assert zh_parties == {"德国石荷州经济技术促进中心", "越城区人民政府", "绍兴滨海新区管委会"}


def test_eight_online_letters_of_intent_in_the_three_reported_sectors(report, event):
    signing = report.split("## Signings", 1)[1].split("\n## ", 1)[0]
    count = int(re.search(r"(\d+) German companies", signing).group(1))
    sectors = re.findall(r"([\u4e00-\u9fff]+)\s+\(", signing.split("in:", 1)[1])

    letters = list(Agreement.objects.filter(event=event, kind="intent").prefetch_related("party_links__organisation"))

    assert count == 8
    assert len(letters) == count
    assert {letter.signing_mode for letter in letters} == {"online"}
    assert len(sectors) == 3
    covered = {sector for sector in sectors for letter in letters if sector in _zh(letter.title)}
    assert covered == set(sectors)
    assert all(any(sector in _zh(letter.title) for sector in sectors) for letter in letters)
    for letter in letters:
        countries = sorted(link.organisation.country for link in letter.party_links.all())
        assert countries == ["CN", "CN", "DE"]
        assert {"Yuecheng District People's Government", "Shaoxing Binhai New Area Administrative Committee"} <= (
            _party_names(letter)
        )


def test_organisers_by_role_in_reported_order(report, event):
    labels = {
        "Host": "host",
        "Supported by": "supporter",
        "Organised by": "organiser",
        "Co-organised by": "co_organiser",
    }
    section = report.split("## Organisers", 1)[1]
    for item in _bullets(section):
        label, _, rest = item.partition(": ")
        rest = re.sub(r"\s*\([^)]*\)", "", rest).rstrip(".")
        names = [re.match(r"^\S*[\u4e00-\u9fff]\S*(?: GmbH)?", item.strip()).group(0) for item in rest.split(",")]

        actual = [_zh(link.organisation.name) for link in event.organisers.filter(role=labels[label]).order_by("order")]

        assert actual == names, label


def test_figures_quoted(report, event):
    figures = {figure.key: figure.value for figure in event.figures.all()}
    total, exports = (Decimal(x) * 10**9 for x in re.findall(r"([\d.]+) bn USD", report)[:2])
    growth = Decimal(re.search(r"up ([\d.]+) % year on year", report).group(1))
    companies = Decimal(re.search(r"At least (\d+) German companies", report).group(1))

    assert figures == {
        "trade-total": total,
        "exports": exports,
        "exports-growth": growth,
        "german-companies": companies,
    }
