"""The demo turns the 2020 summit's letters of intent into cases, once."""

from __future__ import annotations

import pytest

from qiao.core.models import AuditEntry
from qiao.deals.models import Agreement
from qiao.demo import summit2020
from qiao.demo.domain.loader import load_demo
from qiao.pipeline.enums import Stage
from qiao.pipeline.models import Case

pytestmark = pytest.mark.django_db


def test_demo_opens_one_case_per_intent_and_district_and_reloads_without_change() -> None:
    load_demo(None)
    intents = Agreement.objects.filter(event__key=summit2020.EVENT_KEY, kind="intent", project__isnull=False)
    cases = Case.objects.filter(event__key=summit2020.EVENT_KEY)
    audit_count = AuditEntry.objects.count()

    changes = load_demo(None)

    assert intents.count() > 0
    assert cases.count() == 2 * intents.count()  # Yuecheng and Binhai signed every one
    assert set(cases.values_list("stage", flat=True)) == {Stage.INTENT_SIGNED}
    assert set(cases.filter(district__key="cn-yuecheng").values_list("owner__username", flat=True)) == {"officer"}
    assert changes.created.get("pipeline.Case", 0) == 0
    assert AuditEntry.objects.count() == audit_count
