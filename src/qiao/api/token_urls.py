"""The account pages for API tokens and webhooks (under the language-prefixed site)."""

from django.urls import URLPattern, URLResolver, path

from qiao.api import token_views, webhook_views

app_name = "api_tokens"
urlpatterns: list[URLPattern | URLResolver] = [
    path("", token_views.tokens, name="list"),
    path("<int:pk>/revoke/", token_views.revoke, name="revoke"),
    path("verify/", token_views.verify, name="verify"),
    path("webhooks/", webhook_views.webhooks, name="webhooks"),
    path("webhooks/<int:pk>/delete/", webhook_views.delete, name="webhook_delete"),
]
