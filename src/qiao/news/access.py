"""Chokepoints: which news items, galleries and photos a person may see."""

from __future__ import annotations

from typing import Any

from django.db.models import Q, QuerySet
from django.http import Http404
from django.utils import timezone

from qiao.accounts.rules import is_organiser
from qiao.news.enums import PublicationStatus
from qiao.news.models import NewsItem, Photo, PhotoGallery
from qiao.summits.models import Event


def published_news() -> QuerySet[NewsItem]:
    """What everybody sees: published items, newest first."""
    return (
        NewsItem.objects.filter(status=PublicationStatus.PUBLISHED, published_at__lte=timezone.now())
        .select_related("event")
        .order_by("-published_at", "-id")
    )


def news_for_event(event: Event | None) -> QuerySet[NewsItem]:
    """Published news of one event, together with general news (no event)."""
    news = published_news()
    return news if event is None else news.filter(Q(event=event) | Q(event__isnull=True))


def news_visible_to(user: Any) -> QuerySet[NewsItem]:
    """Organisers also see drafts."""
    if is_organiser(user):
        return NewsItem.objects.select_related("event").order_by("-published_at", "-created_at")
    return published_news()


def get_news_for_user(user: Any, slug: str) -> NewsItem:
    try:
        return news_visible_to(user).get(slug=slug)
    except NewsItem.DoesNotExist as missing:
        raise Http404(slug) from missing


def galleries_visible_to(user: Any) -> QuerySet[PhotoGallery]:
    galleries = PhotoGallery.objects.select_related("event").order_by("-published_at", "-created_at")
    if is_organiser(user):
        return galleries
    return galleries.filter(status=PublicationStatus.PUBLISHED, published_at__lte=timezone.now())


def get_gallery_for_user(user: Any, slug: str) -> PhotoGallery:
    try:
        return galleries_visible_to(user).get(slug=slug)
    except PhotoGallery.DoesNotExist as missing:
        raise Http404(slug) from missing


def get_photo_for_user(user: Any, pk: int) -> Photo:
    try:
        return Photo.objects.select_related("gallery").get(pk=pk, gallery__in=galleries_visible_to(user))
    except Photo.DoesNotExist as missing:
        raise Http404(str(pk)) from missing
