"""The search page: one box over organisations, projects, offers, experts and sessions."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import get_language

from qiao.search.domain.query import MAX_QUERY_LENGTH, QueryError, search


def results(request: HttpRequest) -> HttpResponse:
    query = request.GET.get("q")
    context: dict[str, object] = {"search_query": (query or "")[:MAX_QUERY_LENGTH]}
    if query is not None:
        try:
            context["results"] = search(request.user, query, get_language() or "en")
        except QueryError as refused:
            context["error"] = str(refused)
    return render(request, "search/results.html", context, status=400 if "error" in context else 200)
