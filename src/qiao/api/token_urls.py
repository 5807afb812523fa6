"""The account page for API tokens (under the language-prefixed site)."""

from django.urls import URLPattern, URLResolver, path

from qiao.api import token_views

app_name = "api_tokens"
urlpatterns: list[URLPattern | URLResolver] = [
    path("", token_views.tokens, name="list"),
    path("<int:pk>/revoke/", token_views.revoke, name="revoke"),
]
