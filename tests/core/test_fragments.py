"""Page parts shared by every reader: rendered once per language and values, never per person."""

from __future__ import annotations

import pytest
from django.test import override_settings
from django.utils import translation

from qiao.core import fragments
from tests.factories import UserFactory


@pytest.fixture
def renders(monkeypatch):
    """The names of the templates that `fragment` rendered (cache emptied before and after)."""
    fragments.forget()
    seen: list[str] = []
    real = fragments.render_to_string

    def counting(name, context):
        seen.append(name)
        return real(name, context)

    monkeypatch.setattr(fragments, "render_to_string", counting)
    yield seen
    fragments.forget()


def test_a_fragment_is_rendered_once_per_language_and_values(renders):
    with translation.override("de"):
        first = fragments.fragment("web/_site_footer.html", zone="Europe/Berlin")
        again = fragments.fragment("web/_site_footer.html", zone="Europe/Berlin")
        other_zone = fragments.fragment("web/_site_footer.html", zone="Asia/Shanghai")
    with translation.override("zh-hans"):
        chinese = fragments.fragment("web/_site_footer.html", zone="Europe/Berlin")

    assert again is first
    assert renders == ["web/_site_footer.html"] * 3
    assert "Europe/Berlin" in first
    assert "Asia/Shanghai" in other_zone
    assert first != chinese


def test_a_fragment_sees_only_the_values_it_is_given(renders):
    with translation.override("en"):
        signed_in = fragments.fragment("web/_site_nav.html", authenticated=True)
        visitor = fragments.fragment("web/_site_nav.html", authenticated=False)

    assert "Translations" in signed_in
    assert "Translations" not in visitor


def test_a_settings_change_renders_fragments_anew(renders):
    with translation.override("en"):
        fragments.fragment("web/_head.html")
        with override_settings(STATIC_URL="/elsewhere/"):
            moved = fragments.fragment("web/_head.html")

    assert renders == ["web/_head.html", "web/_head.html"]
    assert "/elsewhere/qiao/qiao.css" in moved


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("language", "nav"), [("en", "German projects"), ("de", "Deutsche Projekte"), ("zh-hans", "德国项目")]
)
def test_pages_keep_their_header_per_reader(client, language, nav):
    visitor = client.get(f"/{language}/projects/").content.decode()
    client.force_login(UserFactory(username="zed-reader"))
    member = client.get(f"/{language}/projects/").content.decode()
    searched = client.get(f"/{language}/search/?q=laser%3Cb%3E").content.decode()

    assert nav in visitor
    assert nav in member
    assert "/translations/" not in visitor
    assert "/translations/" in member
    assert "zed-reader" in member
    assert "zed-reader" not in visitor
    # The header's search box shows the reader's own query (escaped) on the results page only.
    assert 'value="laser&lt;b&gt;"' in searched
    assert 'name="q" value=""' in member
    # Each form carries the reader's own CSRF token.
    assert member.count('name="csrfmiddlewaretoken"') >= 2
