"""URL configuration: every page under a language prefix (/zh-hans/, /de/, /en/)."""

from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import URLPattern, URLResolver, include, path

from qiao.web import views as web_views

urlpatterns: list[URLPattern | URLResolver] = [
    path("i18n/setlang/", web_views.set_language, name="set_language"),
    path("i18n/", include("django.conf.urls.i18n")),
    # Machine endpoints: no language prefix.
    path("api/v1/", include("qiao.api.urls")),
    path("", include("qiao.ops.urls")),
]
urlpatterns += i18n_patterns(
    path("admin/", admin.site.urls),
    path("accounts/", include("qiao.accounts.urls")),
    path("account/api-tokens/", include("qiao.api.token_urls")),
    path("privacy/", include("qiao.privacy.urls")),
    path("accounts/", include("allauth.urls")),
    path("trade/", include("qiao.trade.urls")),
    path("tickets/", include("qiao.tickets.urls")),
    path("workspace/", include("qiao.workspaces.urls")),
    path("news/", include("qiao.news.urls")),
    path("inbox/", include("qiao.notifications.urls")),
    path("search/", include("qiao.search.urls")),
    path("bulk/", include("qiao.bulk.urls")),
    path("pipeline/", include("qiao.pipeline.urls")),
    path("reviews/", include("qiao.reviews.urls")),
    path("experts/", include("qiao.experts.urls")),
    path("translations/", include("qiao.translations.urls")),
    path("agreements/", include("qiao.deals.urls")),
    path("", include("qiao.matchmaking.urls")),
    path("", include("qiao.meetings.urls")),
    path("", include("qiao.web.urls")),
    prefix_default_language=True,
)

# Error pages that never touch the database; 503 while it is unreachable.
handler500 = "qiao.ops.views.server_error"
