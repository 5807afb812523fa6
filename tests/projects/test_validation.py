from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation

from qiao.projects.areas import areas_agree, mu_to_m2
from tests.factories import ProjectFactory

pytestmark = pytest.mark.django_db


def test_one_mu_is_two_thirds_of_a_thousand_square_metres():
    assert mu_to_m2(Decimal("15")) == Decimal("10000.00")
    assert areas_agree(Decimal("50"), Decimal("33333.33"))
    assert not areas_agree(Decimal("50"), Decimal("50000"))


def test_project_with_disagreeing_mu_and_m2_is_refused_in_german():
    project = ProjectFactory.build(land_mu=Decimal("50"), land_m2=Decimal("50000"))

    with translation.override("de"):
        with pytest.raises(ValidationError) as error:
            project.full_clean(exclude=["organisation"])

        assert "33333.33" in str(error.value.message_dict["land_m2"])
        assert "nicht" in str(error.value.message_dict["land_m2"])


def test_project_with_negative_area_is_refused():
    project = ProjectFactory.build(factory_m2=Decimal("-5"))

    with pytest.raises(ValidationError) as error:
        project.full_clean(exclude=["organisation"])

    assert list(error.value.message_dict) == ["factory_m2"]


def test_project_with_negative_investment_is_refused():
    project = ProjectFactory.build(investment=Decimal("-1"))

    with pytest.raises(ValidationError) as error:
        project.full_clean(exclude=["organisation"])

    assert list(error.value.message_dict) == ["investment"]


def test_project_without_title_in_any_language_is_refused_in_chinese():
    project = ProjectFactory.build(title={"de": {"text": "  "}})

    with translation.override("zh-hans"):
        with pytest.raises(ValidationError) as error:
            project.full_clean(exclude=["organisation"])

        assert "至少" in " ".join(error.value.messages)


def test_project_with_unknown_currency_is_refused():
    project = ProjectFactory.build(investment=Decimal("10"), currency="GBP")

    with pytest.raises(ValidationError) as error:
        project.full_clean(exclude=["organisation"])

    assert list(error.value.message_dict) == ["currency"]
